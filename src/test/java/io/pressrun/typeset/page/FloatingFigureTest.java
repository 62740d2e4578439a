package io.pressrun.typeset.page;

import io.pressrun.typeset.inline.StructTag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A floating figure that does not fit waits while the lines after it fill the page, then opens
 * the next page with the space after a figure at a page top below it; a heading, another figure or the end of
 * the flow end the wait; a picture that does not float moves with the text as before.
 */
class FloatingFigureTest {
    private static final PageFrame FRAME = FillingPaginatorTest.FRAME; // 100 points high, 10 lines

    private static FlowElement figure(float height, float space, boolean floats) {
        return new FlowElement.Picture(null, 0, 100, height, space, false, StructTag.of("Figure"), floats, space);
    }

    private static FlowElement figure(float height, float spaceBefore, float spaceAfter) {
        return new FlowElement.Picture(null, 0, 100, height, spaceBefore, false, StructTag.of("Figure"), true,
                spaceAfter);
    }

    private static FlowElement line() {
        return FillingPaginatorTest.line(0, false);
    }


    private static List<FlowElement> elements(List<Paginator.Placement> page) {
        return page.stream().map(Paginator.Placement::element).toList();
    }

    @Test
    void theTextAfterAFigureFillsThePageTheFigureOpensTheNext() {
        List<FlowElement> flow = FillingPaginatorTest.lines(6);
        FlowElement fig = figure(50, 8, 5);
        flow.add(fig);
        List<FlowElement> after = FillingPaginatorTest.lines(8);
        flow.addAll(after);
        var pages = FillingPaginatorTest.paginate(flow);
        assertEquals(2, pages.size());
        List<FlowElement> expectedFirst = new ArrayList<>(flow.subList(0, 6));
        expectedFirst.addAll(after.subList(0, 4));
        assertEquals(expectedFirst, elements(pages.get(0)), "six lines, then four of those after the figure");
        assertSame(fig, pages.get(1).get(0).element());
        assertEquals(FRAME.top(), pages.get(1).get(0).top(), 0.001f, "at the top of the page");
        assertEquals(FRAME.top() + 50 + 5, pages.get(1).get(1).top(), 0.001f,
                "below it the space after a figure at a page top, not the space it asked for before it");
        assertEquals(after.subList(4, 8), elements(pages.get(1)).subList(1, 5));
    }

    @Test
    void aPictureThatDoesNotFloatTakesTheTextAfterItAlong() {
        List<FlowElement> flow = FillingPaginatorTest.lines(6);
        FlowElement fig = figure(50, 8, false);
        flow.add(fig);
        flow.addAll(FillingPaginatorTest.lines(8));
        var pages = FillingPaginatorTest.paginate(flow);
        assertEquals(6, pages.get(0).size());
        assertSame(fig, pages.get(1).get(0).element());
    }

    @Test
    void aHeadingEndsTheWait() {
        List<FlowElement> flow = FillingPaginatorTest.lines(6);
        FlowElement fig = figure(50, 8, true);
        flow.add(fig);
        flow.add(line());
        FlowElement heading = new FlowElement.TextLine(FillingPaginatorTest.EMPTY, 0, 10, 0, true, StructTag.of("H2"));
        flow.add(heading);
        flow.addAll(FillingPaginatorTest.lines(3));
        var pages = FillingPaginatorTest.paginate(flow);
        assertEquals(7, pages.get(0).size(), "the line after the figure fills the page, the heading does not");
        assertSame(fig, pages.get(1).get(0).element());
        assertSame(heading, pages.get(1).get(1).element());
    }

    @Test
    void figuresKeepTheirOrderAndNeverWaitPastTheEnd() {
        List<FlowElement> flow = FillingPaginatorTest.lines(6);
        FlowElement first = figure(50, 8, true);
        FlowElement second = figure(20, 8, true);
        flow.add(first);
        flow.add(line());
        flow.add(second);
        flow.add(line());
        var pages = FillingPaginatorTest.paginate(flow);
        assertEquals(7, pages.get(0).size());
        assertEquals(List.of(first, second, flow.get(9)), elements(pages.get(1)));
        for (var page : pages) {
            for (var p : page) {
                assertTrue(p.top() + p.element().height() <= FRAME.bottom() + 0.001f);
            }
        }
        List<FlowElement> last = FillingPaginatorTest.lines(9);
        FlowElement end = figure(50, 8, true);
        last.add(end);
        last.add(line());
        var endPages = FillingPaginatorTest.paginate(last);
        assertEquals(2, endPages.size());
        assertEquals(List.of(end), elements(endPages.get(1)), "the text fills page 1, the figure follows");
    }
}
