package io.pressrun.typeset.page;

import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FillingPaginatorTest {
    /** A 100-point-high text block from 50 to 150. */
    static final PageFrame FRAME = new PageFrame(200, 200, 20, 160, 50, 150);
    static final Line EMPTY = new Line(List.of(), 0);

    static FlowElement line(float space, boolean keep) {
        return new FlowElement.TextLine(EMPTY, 0, 10, space, keep, StructTag.of("P"));
    }

    static FlowElement picture(float height, boolean keep) {
        return new FlowElement.Picture(null, 0, 100, height, 0, keep, StructTag.of("Figure"));
    }

    static List<List<Paginator.Placement>> paginate(List<FlowElement> flow) {
        return new FillingPaginator().paginate(flow, FRAME);
    }

    @Test
    void fillsPagesInOrderAndNothingCrossesTheBottom() {
        List<FlowElement> flow = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            flow.add(line(0, false));
        }
        var pages = paginate(flow);
        assertEquals(List.of(10, 10, 5), pages.stream().map(List::size).toList());
        for (var page : pages) {
            for (var p : page) {
                assertTrue(p.top() >= FRAME.top() && p.top() + p.element().height() <= FRAME.bottom() + 0.001f);
            }
        }
    }

    @Test
    void aHeadingMovesToTheNextPageWithItsText() {
        List<FlowElement> flow = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            flow.add(line(0, false));
        }
        FlowElement heading = line(0, true);
        flow.add(heading);
        flow.add(line(0, true)); // first line of a paragraph, kept with the second
        flow.add(line(0, false));
        var pages = paginate(flow);
        assertEquals(8, pages.get(0).size());
        assertSame(heading, pages.get(1).get(0).element());
    }

    @Test
    void aPictureThatDoesNotFitMovesToTheNextPage() {
        FlowElement pic = picture(60, false);
        var pages = paginate(List.of(line(0, false), line(0, false), line(0, false), line(0, false), line(0, false),
                pic, line(0, false)));
        assertEquals(5, pages.get(0).size());
        assertSame(pic, pages.get(1).get(0).element());
        assertEquals(FRAME.top(), pages.get(1).get(0).top());
    }

    @Test
    void spaceBeforeIsDroppedAtTheTopOfAPage() {
        List<FlowElement> flow = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flow.add(line(0, false));
        }
        flow.add(line(30, false));
        var pages = paginate(flow);
        assertEquals(FRAME.top(), pages.get(1).get(0).top());
    }

    @Test
    void aChainTallerThanAPageIsBrokenRatherThanLooping() {
        List<FlowElement> flow = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            flow.add(line(0, true));
        }
        flow.add(line(0, false));
        var pages = paginate(flow);
        assertEquals(31, pages.stream().mapToInt(List::size).sum());
        assertEquals(4, pages.size());
    }
}
