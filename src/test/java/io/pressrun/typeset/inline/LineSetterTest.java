package io.pressrun.typeset.inline;

import io.pressrun.model.TextDirection;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Breaks;
import io.pressrun.typeset.linebreak.Expansion;
import io.pressrun.typeset.linebreak.FirstFitLineBreaker;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines set from items of round widths: spans are made with the width they are to have, so
 * every position below is computed by hand. Spaces are 10 wide, stretch by 5 and shrink by 2.
 */
class LineSetterTest {
    private static final FontFace FACE = TestFonts.fontSet().face(
            new TextStyle("serif", false, false, 10, new Colour(0, 0, 0)));
    private static final Item.Glue SPACE = new Item.Glue(10, 5, 2);
    private static final Item.Glue FILL = new Item.Glue(0, Item.FILL, 0);

    /** A span {@code width} points wide at 10 points (1000 units per em). */
    static Span span(String text, float width) {
        var glyphs = new FontFace.Glyphs(new int[0], new int[]{0}, new int[0], new boolean[0],
                Math.round(width * 100), 1000);
        return new Span(text, FACE, 10, new Colour(0, 0, 0), null, false, glyphs, 0, false);
    }

    private static Item.Box box(String text, float width) {
        return new Item.Box(List.of(span(text, width)), width);
    }

    private static List<Line> set(List<Item> items, Alignment align, float width, Integer... breaks) {
        return LineSetter.set(items, new Breaks(List.of(breaks), Breaks.Pass.TOLERANCE_200),
                LineWidths.constant(width), align);
    }

    private static List<Float> xs(Line line) {
        return line.spans().stream().map(Line.PlacedSpan::x).toList();
    }

    private static void assertXs(List<Float> expected, List<Float> actual, String... message) {
        assertEquals(expected.size(), actual.size(), actual.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), 1e-3f, actual + " " + String.join(" ", message));
        }
    }

    /** Words of the given widths with spaces between, ending the paragraph. */
    private static List<Item> words(float... widths) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                items.add(SPACE);
            }
            items.add(box("w" + i, widths[i]));
        }
        items.add(FILL);
        items.add(Item.Penalty.forcedBreak());
        return items;
    }

    @Test
    void justifiedLinesStretchTheirSpacesToTheMeasureAndTheLastIsSetLeft() {
        // three words of 30 and a fourth: the first line is 110 wide in 120, its two spaces stretch by 5 each
        List<Line> lines = set(words(30, 30, 30, 30), Alignment.JUSTIFIED, 120, 5, 8);
        assertEquals(2, lines.size());
        assertXs(List.of(0f, 45f, 90f), xs(lines.get(0)));
        assertEquals(1f, lines.get(0).ratio());
        assertEquals(120f, lines.get(0).width());
        assertXs(List.of(0f), xs(lines.get(1)));
        assertEquals(30f, lines.get(1).width(), "the last line is as wide as its words");
        assertEquals(0f, lines.get(1).ratio());
        assertEquals(Breaks.Pass.TOLERANCE_200, lines.get(0).pass());
        assertFalse(lines.get(0).hyphenated());
    }

    @Test
    void aSpaceThatCannotStretchKeepsItsWidthOnAJustifiedLine() {
        // words of 30, a stiff space of 6 (inline code's) and a space of 10 stretching by 5: all 14 go to the latter
        List<Item> items = new ArrayList<>(List.of(box("a", 30), new Item.Glue(6, 0, 0), box("b", 30), SPACE,
                box("c", 30), SPACE, box("d", 30), FILL, Item.Penalty.forcedBreak()));
        List<Line> lines = set(items, Alignment.JUSTIFIED, 120, 5, 8);
        assertXs(List.of(0f, 36f, 90f), xs(lines.get(0)), "the stiff space stays 6 wide");
    }

    @Test
    void spacesStretchAtMostFourTimesTheirStretchability() {
        // 30 + 10 + 10 = 50 in 120: 70 over a stretch of 5 is a ratio of 14, held at 4: the space is 10 + 4 * 5
        Line line = set(words(30, 10, 5), Alignment.JUSTIFIED, 120, 3, 6).get(0);
        assertEquals(4f, line.ratio());
        assertXs(List.of(0f, 60f), xs(line));
    }

    @Test
    void anOverfullJustifiedLineShrinksItsSpacesAtMostByTheirShrinkability() {
        // 60 + 10 + 60 = 130 in 120 wants a ratio of -5, held at -1: the space is 8
        Line over = set(words(60, 60, 5), Alignment.JUSTIFIED, 120, 3, 6).get(0);
        assertEquals(-1f, over.ratio());
        assertXs(List.of(0f, 68f), xs(over));
        // 56 + 10 + 55 = 121 in 120: a ratio of -0.5, the space is 9
        Line tight = set(words(56, 55, 5), Alignment.JUSTIFIED, 120, 3, 6).get(0);
        assertEquals(-0.5f, tight.ratio());
        assertXs(List.of(0f, 65f), xs(tight));
        assertEquals(120f, tight.width(), 1e-3f, "a shrunk line ends where its last word ends");
    }

    @Test
    void aLineThatFitsExactlyIsNeitherStretchedNorShrunk() {
        Line line = set(words(55, 55, 5), Alignment.JUSTIFIED, 120, 3, 6).get(0);
        assertEquals(0f, line.ratio());
        assertXs(List.of(0f, 65f), xs(line));
        assertEquals(120f, line.width());
    }

    @Test
    void aJustifiedLineWithoutStretchableSpaceIsNotStretched() {
        // "a" (50) ends at a free break in 100: nothing can stretch, the line stays 50 wide
        List<Item> items = List.of(box("a", 50), new Item.Penalty(0, 0, false), box("b", 50), FILL,
                Item.Penalty.forcedBreak());
        Line line = set(items, Alignment.JUSTIFIED, 100, 1, 4).get(0);
        assertEquals(0f, line.ratio());
        assertEquals(50f, line.width());
    }

    @Test
    void anOverfullLineWithoutShrinkableSpaceIsNotShrunk() {
        // 60 + a stiff 6 + 60 = 126 in 120: the stiff space cannot shrink, the line overruns by 6
        Item.Glue stiff = new Item.Glue(6, 0, 0);
        Line inside = set(List.of(box("a", 60), stiff, box("b", 60), SPACE, box("c", 5), FILL,
                Item.Penalty.forcedBreak()), Alignment.JUSTIFIED, 120, 3, 6).get(0);
        assertEquals(0f, inside.ratio());
        assertXs(List.of(0f, 66f), xs(inside));
        assertEquals(126f, inside.width());
        Line last = set(List.of(box("a", 60), stiff, box("b", 60), FILL, Item.Penalty.forcedBreak()),
                Alignment.JUSTIFIED, 120, 4).get(0);
        assertEquals(0f, last.ratio(), "nor the last line");
        assertEquals(126f, last.width());
    }

    @Test
    void aSpaceBeforeTheBreakIsNotPartOfTheLine() {
        // "a " then a free break (a zero-width space after the space): set flush right, "a" ends at the measure
        List<Item> items = List.of(box("a", 10), SPACE, new Item.Penalty(0, 0, false), box("b", 10), FILL,
                Item.Penalty.forcedBreak());
        List<Line> lines = set(items, Alignment.RIGHT, 100, 2, 5);
        assertXs(List.of(90f), xs(lines.get(0)));
        assertEquals(100f, lines.get(0).width());
        assertEquals(10f, set(items, Alignment.LEFT, 100, 2, 5).get(0).width(), "a ragged line is as wide as its word");
    }

    @Test
    void aParagraphThatStartsWithALineBreakStartsWithAnEmptyLine() {
        List<Item> items = List.of(FILL, Item.Penalty.forcedBreak(), box("a", 10), FILL, Item.Penalty.forcedBreak());
        assertEquals(List.of("", "a"), set(items, Alignment.LEFT, 100, 1, 4).stream().map(Line::text).toList());
    }

    @Test
    void theLastLineOfAJustifiedParagraphShrinksWhenItMustButRaggedLinesDoNot() {
        // 60 + 10 + 55 = 125 in 120: -5 over a shrink of 2 is -2.5, held at -1
        Line last = set(words(60, 55), Alignment.JUSTIFIED, 120, 4).get(0);
        assertEquals(-1f, last.ratio());
        assertXs(List.of(0f, 68f), xs(last));
        Line ragged = set(words(60, 55), Alignment.LEFT, 120, 4).get(0);
        assertEquals(0f, ragged.ratio());
        assertXs(List.of(0f, 70f), xs(ragged));
        assertEquals(125f, ragged.width());
        Line fits = set(words(60, 50), Alignment.JUSTIFIED, 120, 4).get(0);
        assertEquals(0f, fits.ratio(), "a last line that fits keeps its spaces");
        assertEquals(120f, fits.width());
    }

    @Test
    void centredAndRightAlignedLinesStartWhereTheirSpaceIsShared() {
        assertXs(List.of(35f, 75f), xs(set(words(30, 10), Alignment.CENTRED, 120, 4).get(0)));
        assertXs(List.of(70f, 110f), xs(set(words(30, 10), Alignment.RIGHT, 120, 4).get(0)));
        assertXs(List.of(0f, 70f), xs(set(words(60, 70), Alignment.CENTRED, 120, 4).get(0)), "never left of 0");
        assertXs(List.of(0f, 70f), xs(set(words(60, 70), Alignment.RIGHT, 120, 4).get(0)));
        assertEquals(140f, set(words(60, 70), Alignment.RIGHT, 120, 4).get(0).width());
    }

    @Test
    void aHyphenatedLineEndsWithTheHyphenStandingForTheRestOfTheWord() {
        Span hyphen = span("-", 4);
        List<Item> items = new ArrayList<>(List.of(box("a", 30), SPACE, box("hy", 20), Item.Penalty.hyphen(hyphen, 50),
                box("phen", 40), Item.Penalty.hyphen(hyphen, 50), box("ation", 50), SPACE, box("z", 10), FILL,
                Item.Penalty.forcedBreak()));
        List<Line> lines = set(items, Alignment.LEFT, 200, 3, 5, 10);
        assertEquals(3, lines.size());
        Line first = lines.get(0);
        assertTrue(first.hyphenated());
        assertEquals(List.of("a", "hy", "-"), first.spans().stream().map(s -> s.span().text()).toList());
        assertXs(List.of(0f, 40f, 60f), xs(first));
        assertEquals(64f, first.width());
        assertEquals("phenation", first.spans().get(2).actualText(), "the rest of the word, on both lines after");
        assertNull(first.spans().get(0).actualText());

        Line second = lines.get(1);
        assertEquals(List.of("phen", "-"), second.spans().stream().map(s -> s.span().text()).toList());
        assertEquals(Arrays.asList("", ""), second.spans().stream().map(Line.PlacedSpan::actualText).toList(),
                "a line that is all one word's middle stands for nothing");

        Line third = lines.get(2);
        assertFalse(third.hyphenated());
        assertEquals(Arrays.asList("", null), third.spans().stream().map(Line.PlacedSpan::actualText).toList(),
                "the word's end was read before it; the next word is read here");
        assertXs(List.of(0f, 60f), xs(third));
    }

    @Test
    void aHyphenatedJustifiedLineCountsItsHyphen() {
        Span hyphen = span("-", 4);
        List<Item> items = List.of(box("a", 30), SPACE, box("b", 30), SPACE, box("hy", 20),
                Item.Penalty.hyphen(hyphen, 50), box("phen", 40), FILL, Item.Penalty.forcedBreak());
        Line line = set(items, Alignment.JUSTIFIED, 128, 5, 8).get(0);
        // 30 + 10 + 30 + 10 + 20 + 4 = 104 in 128: 24 over a stretch of 10 is a ratio of 2.4, each space 22
        assertEquals(2.4f, line.ratio(), 1e-5f);
        assertXs(List.of(0f, 52f, 104f, 124f), xs(line));
    }

    @Test
    void aParagraphWithoutADirectionTakesThatOfItsFirstStrongCharacterPastLeadingNumbers() {
        // "2021 عام": digits have no strong direction; the Arabic word after them makes the paragraph right to left
        List<Item> items = List.of(box("2021", 30), SPACE, box("عام", 20), FILL, Item.Penalty.forcedBreak());
        Line line = set(items, Alignment.LEFT, 120, 4).get(0);
        assertEquals(120f, line.width(), 1e-3f, "a ragged right-to-left line is set flush right");
        assertEquals(60f, line.spans().stream().map(Line.PlacedSpan::x).min(Float::compare).orElseThrow(), 1e-3f);
    }

    @Test
    void theHyphenOfLatinInARightToLeftParagraphFollowsItsPieceOnTheRight() {
        // "encyc-lopedia" alone in a right-to-left paragraph: left-to-right text at level 2, broken at its soft hyphen
        var fonts = TestFonts.fontSet();
        var style = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));
        float width = fonts.face(style).width("encyc-", 10) + 1;
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of("encyc\u00ADlopedia", style)), width,
                Hyphenation.NONE, TextDirection.RTL);
        LineWidths widths = LineWidths.constant(width);
        Line first = LineSetter.set(items, new FirstFitLineBreaker().breaks(items, widths), widths, Alignment.LEFT,
                false, Expansion.NONE, TextDirection.RTL).get(0);
        assertEquals(List.of("encyc", "-"), first.spans().stream().map(p -> p.span().text()).toList());
        Line.PlacedSpan piece = first.spans().get(0);
        assertEquals(piece.x() + piece.span().width(), first.spans().get(1).x(), 1e-3f, "touching, to its right");
        assertEquals(width, first.spans().get(1).x() + first.spans().get(1).span().width(), 1e-3f, "flush right");
    }

    @Test
    void anEmptyLastLineIsDroppedAndAnEmptyLineInsideIsKept() {
        List<Item> items = List.of(box("a", 10), FILL, Item.Penalty.forcedBreak(), FILL, Item.Penalty.forcedBreak(),
                box("b", 10), FILL, Item.Penalty.forcedBreak(), FILL, Item.Penalty.forcedBreak());
        List<Line> lines = set(items, Alignment.LEFT, 100, 2, 4, 7, 9);
        assertEquals(List.of("a", "", "b"), lines.stream().map(Line::text).toList());
    }
}
