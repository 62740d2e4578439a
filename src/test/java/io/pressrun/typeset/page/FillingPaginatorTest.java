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
        return new FlowElement.Picture(null, 0, 100, height, 0, keep, StructTag.of("Figure"), false, 0);
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

    private static List<Float> tops(List<Paginator.Placement> page) {
        return page.stream().map(Paginator.Placement::top).toList();
    }

    /** {@code n} lines of 10 points with no space before them, in a list that may grow. */
    static List<FlowElement> lines(int n) {
        List<FlowElement> flow = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            flow.add(line(0, false));
        }
        return flow;
    }

    @Test
    void nothingGivesOneEmptyPage() {
        assertEquals(List.of(List.of()), paginate(List.of()));
    }

    @Test
    void eachElementIsPlacedBelowTheLastAfterItsSpace() {
        var pages = paginate(List.of(line(30, false), line(0, false), line(5, false), picture(20, false),
                line(2.5f, false)));
        assertEquals(1, pages.size());
        // the first element's space is dropped at the top of the page
        assertEquals(List.of(50f, 60f, 75f, 85f, 107.5f), tops(pages.get(0)));
    }

    @Test
    void anElementThatEndsOnTheBottomEdgeStaysAndOneThatCrossesItMoves() {
        List<FlowElement> flow = lines(9);
        flow.add(picture(10, false)); // from 140 to 150: on the edge
        flow.add(line(0, false));
        assertEquals(List.of(10, 1), paginate(flow).stream().map(List::size).toList());

        List<FlowElement> spaced = lines(9);
        spaced.add(line(0.5f, false)); // from 140.5 to 150.5
        var pages = paginate(spaced);
        assertEquals(List.of(9, 1), pages.stream().map(List::size).toList());
        assertEquals(List.of(50f), tops(pages.get(1)), "its space is dropped at the top");
    }

    @Test
    void aChainThatEndsOnTheBottomEdgeStays() {
        List<FlowElement> flow = lines(7);
        flow.add(line(0, true));
        flow.add(line(0, true));
        flow.add(line(0, false)); // the chain ends at 150
        flow.add(line(0, false));
        assertEquals(List.of(10, 1), paginate(flow).stream().map(List::size).toList());

        List<FlowElement> over = lines(7);
        over.add(line(0, true));
        over.add(line(1, true));
        over.add(line(0, false)); // the chain would end at 151
        var pages = paginate(over);
        assertEquals(List.of(7, 3), pages.stream().map(List::size).toList());
        assertEquals(List.of(50f, 61f, 71f), tops(pages.get(1)), "the chain moves whole, keeping its inner space");
    }

    @Test
    void aChainAsTallAsAPageMovesWhatEverSpaceIsBeforeIt() {
        List<FlowElement> flow = lines(2);
        flow.add(line(20, true));
        for (int i = 0; i < 8; i++) {
            flow.add(line(0, true));
        }
        flow.add(line(0, false)); // a chain of ten lines: 100 points, a page's height, after 20 of space
        var pages = paginate(flow);
        assertEquals(List.of(2, 10), pages.stream().map(List::size).toList());
        assertEquals(50f, pages.get(1).get(0).top());
        assertEquals(140f, pages.get(1).get(9).top());
    }

    @Test
    void aChainTallerThanAPageStartsWhereTheTextIs() {
        List<FlowElement> flow = lines(2);
        for (int i = 0; i < 10; i++) {
            flow.add(line(0, true));
        }
        flow.add(line(0, false)); // eleven lines kept together cannot fit on any page
        var pages = paginate(flow);
        assertEquals(List.of(10, 3), pages.stream().map(List::size).toList());
        assertEquals(List.of(50f, 60f, 70f), tops(pages.get(1)));
    }

    @Test
    void aChainTallerThanAPageKeepsEachLinesSpaceWhenItBreaks() {
        List<FlowElement> flow = lines(2); // to 70
        for (int i = 0; i < 9; i++) {
            flow.add(line(5, true));
        }
        flow.add(line(5, false)); // ten lines of 15 points each with their space: taller than a page
        var pages = paginate(flow);
        // 75-85, 90-100, 105-115, 120-130, 135-145; the sixth would end at 160
        assertEquals(List.of(50f, 60f, 75f, 90f, 105f, 120f, 135f), tops(pages.get(0)));
        assertEquals(List.of(50f, 65f, 80f, 95f, 110f), tops(pages.get(1)), "its space is dropped at the top");
    }

    @Test
    void anElementKeptWithANextThatDoesNotExistIsPlaced() {
        List<FlowElement> flow = lines(2);
        flow.add(line(5, true)); // the last element of the flow, as a heading with nothing after it
        var pages = paginate(flow);
        assertEquals(List.of(List.of(50f, 60f, 75f)), pages.stream().map(FillingPaginatorTest::tops).toList());
    }

    @Test
    void aRepeatedHeaderRowPushesTheRowThatStartsThePageDown() {
        FlowElement.Row header = new FlowElement.Row(List.of(), 8, 0, false, StructTag.of("TR"), null);
        FlowElement.Row row = new FlowElement.Row(List.of(), 12, 3, false, StructTag.of("TR"), header);
        List<FlowElement> flow = lines(10);
        flow.add(row);
        flow.add(line(0, false));
        var pages = paginate(flow);
        assertEquals(2, pages.size());
        assertEquals(List.of(header, row, flow.get(11)), pages.get(1).stream().map(Paginator.Placement::element).toList());
        assertEquals(List.of(50f, 58f, 70f), tops(pages.get(1)), "the header, the row below it, then the line");
    }

    @Test
    void linesKeptTogetherThatDoNotFitBelowAFigureThatOpenedThePageMoveOnTogether() {
        FlowElement figure = new FlowElement.Picture(null, 0, 100, 85, 0, false, StructTag.of("Figure"), true, 0);
        List<FlowElement> flow = lines(6); // to 110: the figure (85) does not fit, it waits
        flow.add(figure);
        flow.addAll(lines(4)); // fill the page to 150
        FlowElement first = line(0, true);
        FlowElement second = line(0, false);
        flow.add(first);
        flow.add(second);
        var pages = paginate(flow);
        assertEquals(3, pages.size());
        assertEquals(List.of(figure), pages.get(1).stream().map(Paginator.Placement::element).toList(),
                "below the figure (50 to 135) the two lines would end at 155");
        assertEquals(List.of(first, second), pages.get(2).stream().map(Paginator.Placement::element).toList());
        assertEquals(List.of(50f, 60f), tops(pages.get(2)));
    }
}
