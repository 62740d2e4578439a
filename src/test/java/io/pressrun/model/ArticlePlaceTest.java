package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Places in an article, the pages that begin at them, and the orientation of pictures. */
class ArticlePlaceTest {
    @Test
    void placesStartAtTheirBeginningAndMoveInsideABlock() {
        assertEquals(new ArticlePlace(ArticlePlace.Part.CREDITS, List.of(), 0), ArticlePlace.of(ArticlePlace.Part.CREDITS));
        ArticlePlace block = ArticlePlace.body(List.of(2, 1));
        assertEquals(new ArticlePlace(ArticlePlace.Part.BODY, List.of(2, 1), 0), block);
        assertEquals(new ArticlePlace(ArticlePlace.Part.BODY, List.of(2, 1), 5), block.at(5));
        assertThrows(IllegalArgumentException.class, () -> block.at(-1));
    }

    @Test
    void pagesAreNumberedFromOne() {
        ArticlePlace title = ArticlePlace.of(ArticlePlace.Part.TITLE);
        assertEquals(1, new PageStart(1, title).page());
        assertThrows(IllegalArgumentException.class, () -> new PageStart(0, title));
    }

    @Test
    void theOrientationMapIsACopy() {
        assertArrayEquals(new int[] {1, 0, 0, 0, 1, 0}, Orientation.NORMAL.map());
        int[] turned = Orientation.ROTATE_90_CW.map();
        assertArrayEquals(new int[] {0, -1, 1, 1, 0, 0}, turned);
        turned[0] = 7;
        assertArrayEquals(new int[] {0, -1, 1, 1, 0, 0}, Orientation.ROTATE_90_CW.map());
    }
}
