package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;
import io.pressrun.typeset.inline.StructTag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages begin at the place of their first element from the article, a repeated table header not counted. */
class PageStartsRepeatedHeaderTest {

    private static FlowElement.Row row(FlowElement.Row repeat, float height) {
        return new FlowElement.Row(List.of(), height, 0, false, StructTag.of("TR"), repeat);
    }

    @Test
    void aHeaderRowSetAgainAtAPageTopIsNotAnElementOfTheFlow() {
        FlowElement.Row header = row(null, 20);
        FlowElement.Row repeat = row(null, 20);
        List<FlowElement> flow = new ArrayList<>();
        List<ArticlePlace> places = new ArrayList<>();
        flow.add(header);
        places.add(ArticlePlace.body(List.of(0, 0)));
        for (int i = 1; i <= 30; i++) {
            flow.add(row(i == 1 ? null : repeat, 20));
            places.add(ArticlePlace.body(List.of(0, i))); // a place of its own, so that a miscount shows
        }
        for (int i = 0; i < 60; i++) {
            flow.add(row(null, 20)); // stands for the lines of the next block
            places.add(ArticlePlace.body(List.of(1, i)));
        }
        PageFrame frame = new PageFrame(400, 400, 50, 300, 50, 350);
        List<List<Paginator.Placement>> pages = new FillingPaginator().paginate(flow, frame);
        assertEquals(repeat, pages.get(1).get(0).element(), "the header is set again on page 2");
        int seen = 0;
        List<ArticlePlace> expected = new ArrayList<>();
        for (List<Paginator.Placement> page : pages) {
            int first = page.get(0).element() == repeat ? 1 : 0;
            expected.add(places.get(seen));
            seen += page.size() - first;
        }
        assertEquals(flow.size(), seen);
        List<ArticlePlace> actual = PageStarts.of(pages, flow, places).stream().map(PageStart::place).toList();
        assertEquals(expected, actual);
        assertEquals(1, actual.get(actual.size() - 1).block().get(0));
    }
}
