package io.pressrun.epub;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the page markers go, for pages that begin at places written out by hand. */
class PageMarksTest {
    private static PageStart body(int page, int offset, Integer... block) {
        return new PageStart(page, new ArticlePlace(ArticlePlace.Part.BODY, List.of(block), offset));
    }

    private static PageStart part(int page, ArticlePlace.Part part) {
        return new PageStart(page, ArticlePlace.of(part));
    }

    /** Out of page order on purpose: the marks sort themselves. */
    private static final PageMarks MARKS = new PageMarks(List.of(
            part(1, ArticlePlace.Part.TITLE),
            body(5, 12, 0),
            body(3, 5, 0),
            body(2, 5, 0),
            body(4, 0, 1, 0),
            part(6, ArticlePlace.Part.LEAD_IMAGE),
            body(8, 0, 2),
            new PageStart(9, new ArticlePlace(ArticlePlace.Part.CREDITS, List.of(2), 0)),
            body(10, 1, 3)));

    private static Map<String, Object> marker(int page) {
        return Map.of("kind", "pagebreak", "id", "page-" + page, "label", String.valueOf(page));
    }

    private static Map<String, Object> text(String s) {
        return Map.of("text", s);
    }

    @Test
    void aMarkerNamesItsPage() {
        assertEquals(marker(12), PageMarks.marker(12));
    }

    @Test
    void partsOutsideTheBodyHaveTheirPagesMarkers() {
        assertEquals(List.of(marker(1)), MARKS.in(ArticlePlace.Part.TITLE));
        assertEquals(List.of(marker(6)), MARKS.in(ArticlePlace.Part.LEAD_IMAGE));
        assertEquals(List.of(marker(9)), MARKS.in(ArticlePlace.Part.CREDITS));
    }

    /** An empty text (an empty code block, say) gives no piece, not an empty one, and moves nothing. */
    @Test
    void anEmptyTextGivesNoPiece() {
        PageMarks.Cursor c = MARKS.cursor(List.of(0));
        assertEquals(List.of(), c.text("", PageMarksTest::text));
        assertEquals(List.of(text("Hello")), c.text("Hello", PageMarksTest::text));
    }

    @Test
    void eachMarkerGoesBeforeTheCharacterWhereItsPageBegins() {
        PageMarks.Cursor c = MARKS.cursor(List.of(0));
        assertEquals(List.of(text("Hello")), c.text("Hello", PageMarksTest::text),
                "a page that begins right after the text is not marked in it");
        assertEquals(List.of(marker(2), marker(3), text(" world,"), marker(5), text(" and more")),
                c.text(" world, and more", PageMarksTest::text));
        assertEquals(List.of(), c.rest());
    }

    @Test
    void pagesThatBeginAtTheEndOfTheTextAreTheRest() {
        PageMarks.Cursor c = MARKS.cursor(List.of(0));
        assertEquals(List.of(text("Hello"), marker(2), marker(3), text(" world")),
                c.text("Hello world", PageMarksTest::text));
        assertEquals(List.of(marker(5)), c.rest());
    }

    @Test
    void skippingALineBreakPlacesTheMarkersBeforeIt() {
        PageMarks.Cursor c = MARKS.cursor(List.of(1, 0));
        assertEquals(List.of(marker(4)), c.skip(1));
        assertEquals(List.of(), c.skip(1));
        assertEquals(List.of(), c.rest());
        PageMarks.Cursor d = MARKS.cursor(List.of(3));
        assertEquals(List.of(), d.skip(1), "page 10 begins after the skipped character");
        assertEquals(List.of(marker(10)), d.skip(1));
    }

    @Test
    void aBlockWithoutWordsHasAllItsPagesMarkedTogether() {
        assertEquals(List.of(marker(8)), MARKS.inBlock(List.of(2)), "not the credits' page with the same path");
        assertEquals(List.of(marker(2), marker(3), marker(5)), MARKS.inBlock(List.of(0)));
        assertEquals(List.of(), MARKS.inBlock(List.of(7)));
    }
}
