package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageStartsTest {
    private static final ArticlePlace A = ArticlePlace.body(List.of(0));
    private static final ArticlePlace B = ArticlePlace.body(List.of(3)).at(7);

    /** Pages holding {@code sizes} elements each (the elements themselves do not matter here). */
    private static List<List<Paginator.Placement>> pages(int... sizes) {
        FlowElement e = FillingPaginatorTest.line(0, false);
        return Arrays.stream(sizes).mapToObj(n -> java.util.Collections.nCopies(n, new Paginator.Placement(e, 0)))
                .toList();
    }

    @Test
    void aPageBeginsAtItsFirstElementFromTheArticleElseWhereTheNextPageDoes() {
        // page 1: decoration, A; page 2: decoration only; page 3: decoration, B
        List<PageStart> starts = PageStarts.of(pages(2, 1, 2), Arrays.asList(null, A, null, null, B));
        assertEquals(List.of(new PageStart(1, A), new PageStart(2, B), new PageStart(3, B)), starts);
    }

    @Test
    void pagesOfDecorationAtTheEndBeginNowhere() {
        assertEquals(List.of(new PageStart(1, A)), PageStarts.of(pages(1, 2), Arrays.asList(A, null, null)));
        assertEquals(List.of(new PageStart(1, B), new PageStart(2, A)), PageStarts.of(pages(1, 1),
                Arrays.asList(B, A)));
        assertEquals(List.of(), PageStarts.of(pages(1), Arrays.asList((ArticlePlace) null)));
    }
}
