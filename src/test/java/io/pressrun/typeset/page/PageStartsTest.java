package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageStartsTest {
    private static final ArticlePlace A = ArticlePlace.body(List.of(0));
    private static final ArticlePlace B = ArticlePlace.body(List.of(3)).at(7);

    /** Pages holding {@code sizes} elements each, in flow order. */
    private static List<List<Paginator.Placement>> pages(int... sizes) {
        List<List<Paginator.Placement>> pages = new ArrayList<>();
        for (int n : sizes) {
            List<Paginator.Placement> page = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                page.add(new Paginator.Placement(FillingPaginatorTest.line(0, false), 0));
            }
            pages.add(page);
        }
        return pages;
    }

    private static List<PageStart> starts(List<List<Paginator.Placement>> pages, List<ArticlePlace> places) {
        return PageStarts.of(pages, flow(pages), places);
    }

    private static List<FlowElement> flow(List<List<Paginator.Placement>> pages) {
        return pages.stream().flatMap(List::stream).map(Paginator.Placement::element).toList();
    }

    @Test
    void aPageBeginsAtItsFirstElementFromTheArticleElseWhereTheNextPageDoes() {
        // page 1: decoration, A; page 2: decoration only; page 3: decoration, B
        List<PageStart> starts = starts(pages(2, 1, 2), Arrays.asList(null, A, null, null, B));
        assertEquals(List.of(new PageStart(1, A), new PageStart(2, B), new PageStart(3, B)), starts);
    }

    @Test
    void pagesOfDecorationAtTheEndBeginNowhere() {
        assertEquals(List.of(new PageStart(1, A)), starts(pages(1, 2), Arrays.asList(A, null, null)));
        assertEquals(List.of(new PageStart(1, B), new PageStart(2, A)), starts(pages(1, 1),
                Arrays.asList(B, A)));
        assertEquals(List.of(), starts(pages(1), Arrays.asList((ArticlePlace) null)));
    }

    /** A figure that waited for the top of page 2 does not begin it: the text that goes on there does. */
    @Test
    void aFigureThatWaitedForThePageDoesNotBeginIt() {
        List<List<Paginator.Placement>> pages = pages(3, 3);
        List<FlowElement> flow = new ArrayList<>(flow(pages));
        // flow order: A, A, the figure, text, B, B; page 1 holds A, A and the text; page 2 the figure, B, B
        FlowElement figure = pages.get(1).get(0).element();
        FlowElement onPageOne = pages.get(0).get(2).element();
        flow.set(2, figure);
        flow.set(3, onPageOne);
        ArticlePlace fig = ArticlePlace.body(List.of(1));
        ArticlePlace text = ArticlePlace.body(List.of(2));
        assertEquals(List.of(new PageStart(1, A), new PageStart(2, B)),
                PageStarts.of(pages, flow, Arrays.asList(A, A, fig, text, B, B)));
    }

    /** A page that holds only a figure that waited for it begins where the text goes on, on the page after. */
    @Test
    void aPageOfAFigureThatWaitedBeginsWhereTheNextDoes() {
        List<List<Paginator.Placement>> pages = pages(3, 1, 2);
        List<FlowElement> flow = new ArrayList<>(flow(pages));
        // flow order: A, the figure, A, A, B, B; page 1 holds A, A, A; page 2 the figure; page 3 B, B
        FlowElement figure = pages.get(1).get(0).element();
        flow.set(1, figure);
        flow.set(2, pages.get(0).get(1).element());
        flow.set(3, pages.get(0).get(2).element());
        ArticlePlace fig = ArticlePlace.body(List.of(1));
        assertEquals(List.of(new PageStart(1, A), new PageStart(2, B), new PageStart(3, B)),
                PageStarts.of(pages, flow, Arrays.asList(A, fig, A, A, B, B)));
    }
}
