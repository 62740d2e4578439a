package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;
import io.pressrun.typeset.inline.StructTag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The floating figures that waited: those the text after them comes before, on an earlier page. */
class WaitingFiguresTest {

    private static FlowElement figure(float height, boolean keep) {
        return new FlowElement.Picture(null, 0, 100, height, 0, keep, StructTag.of("Figure"), true, 0);
    }

    /** Each element's own place in the article, the n-th block for the n-th element. */
    private static Set<ArticlePlace> waited(List<FlowElement> flow) {
        List<ArticlePlace> places = new ArrayList<>();
        for (int i = 0; i < flow.size(); i++) {
            places.add(ArticlePlace.body(List.of(i)));
        }
        return WaitingFigures.of(FillingPaginatorTest.paginate(flow), flow, places);
    }


    @Test
    void aFigureTheTextAfterItCameBeforeWaited() {
        List<FlowElement> flow = FillingPaginatorTest.lines(6); // to 110 of 150: the figure does not fit
        flow.add(figure(60, true));
        flow.add(FillingPaginatorTest.line(0, false)); // its caption
        flow.addAll(FillingPaginatorTest.lines(5));
        assertEquals(Set.of(ArticlePlace.body(List.of(6))), waited(flow));
    }

    @Test
    void aFigureThatEndsTheFlowHasNoTextToWaitFor() {
        List<FlowElement> alone = FillingPaginatorTest.lines(9);
        alone.add(figure(60, false));
        assertEquals(Set.of(), waited(alone));

        List<FlowElement> kept = FillingPaginatorTest.lines(9);
        kept.add(figure(60, true));
        kept.add(FillingPaginatorTest.line(0, true)); // its caption, kept with a next there is not
        assertEquals(Set.of(), waited(kept));
    }
}
