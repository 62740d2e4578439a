package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.LineSetter;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.inline.StyledRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static io.pressrun.typeset.linebreak.Paragraphs.box;
import static io.pressrun.typeset.linebreak.Paragraphs.filled;
import static io.pressrun.typeset.linebreak.Paragraphs.glue;
import static io.pressrun.typeset.linebreak.Paragraphs.penalty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstFitLineBreakerTest {
    static FontSet fonts;
    static final TextStyle BODY = new TextStyle("serif", false, false, 10.5f, new Colour(0, 0, 0));
    static final String TEXT = "For forty-two years the crossing had been the town’s one reliable thing: twice a day "
            + "in winter, five times in summer, whatever the weather and whatever the council said about the budget. "
            + "Its loss, announced in a two-line statement on a Friday evening, has forced a small community to ask "
            + "questions it had long avoided.";

    @BeforeAll
    static void loadFonts() {
        fonts = TestFonts.fontSet();
    }

    static List<Line> set(List<StyledRun> runs, float width, Alignment align) {
        List<Item> items = ParagraphItems.build(fonts, runs, width);
        LineWidths w = LineWidths.constant(width);
        return LineSetter.set(items, new FirstFitLineBreaker().breaks(items, w), w, align);
    }

    static float rightEdge(Line line) {
        float r = 0;
        for (Line.PlacedSpan s : line.spans()) {
            r = Math.max(r, s.x() + s.span().width());
        }
        return r;
    }

    static List<String> words(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            out.addAll(Arrays.asList(l.text().split(" ")));
        }
        return out;
    }

    @Test
    void noLineIsWiderThanTheMeasureAndEveryWordIsKeptInOrder() {
        Random random = new Random(42);
        for (int n = 0; n < 50; n++) {
            float width = 60 + random.nextInt(400);
            List<Line> lines = set(List.of(StyledRun.of(TEXT, BODY)), width, Alignment.JUSTIFIED);
            for (Line l : lines) {
                assertTrue(rightEdge(l) <= width + 0.01f, "line wider than " + width + ": " + l.text());
            }
            // breaks after hyphens and dashes split "forty-two" over lines: compare with the hyphens' breaks removed
            String joined = String.join(" ", words(lines)).replace("- ", "-");
            assertEquals(TEXT, joined, "at width " + width);
        }
    }

    @Test
    void justifiedLinesFillTheMeasureExceptTheLast() {
        float width = 250;
        List<Line> lines = set(List.of(StyledRun.of(TEXT, BODY)), width, Alignment.JUSTIFIED);
        assertTrue(lines.size() > 3);
        for (int i = 0; i < lines.size() - 1; i++) {
            assertEquals(width, rightEdge(lines.get(i)), 0.05f, lines.get(i).text());
        }
        assertTrue(rightEdge(lines.get(lines.size() - 1)) < width - 1);
    }

    @Test
    void eachLineTakesAsManyWordsAsFit() {
        float width = 200;
        List<Line> lines = set(List.of(StyledRun.of(TEXT, BODY)), width, Alignment.LEFT);
        FontFace face = fonts.face(BODY);
        for (int i = 0; i < lines.size() - 1; i++) {
            String next = lines.get(i + 1).text().split(" ")[0];
            float withNext = face.width(lines.get(i).text() + " " + next, BODY.size());
            assertTrue(withNext > width, "'" + next + "' would have fit on: " + lines.get(i).text());
        }
    }

    @Test
    void aWordWiderThanTheMeasureIsCut() {
        String url = "https://example.org/a/very/long/path/that/cannot/possibly/fit/on/one/narrow/line/at/all";
        List<Line> lines = set(List.of(StyledRun.of("see " + url + " now", BODY)), 80, Alignment.LEFT);
        for (Line l : lines) {
            assertTrue(rightEdge(l) <= 80.01f, l.text());
        }
        var all = new StringBuilder();
        lines.forEach(l -> l.spans().forEach(s -> all.append(s.span().text())));
        assertEquals(("see " + url + " now").replace(" ", ""), all.toString(), "all characters kept, in order");
        assertTrue(lines.size() >= 5);
    }

    @Test
    void forcedBreaksEndLines() {
        List<Line> lines = set(List.of(StyledRun.of("one two", BODY), StyledRun.lineBreak(BODY),
                StyledRun.of("three", BODY)), 300, Alignment.JUSTIFIED);
        assertEquals(List.of("one two", "three"), lines.stream().map(Line::text).toList());
        assertTrue(rightEdge(lines.get(0)) < 100, "a line before a forced break is not stretched");
    }

    @Test
    void mixedStylesStayInOneWord() {
        List<Line> lines = set(List.of(StyledRun.of("un", BODY), StyledRun.of("believ", BODY.withItalic()),
                StyledRun.of("able end", BODY)), 300, Alignment.LEFT);
        assertEquals("unbelievable end", lines.get(0).text());
        assertEquals(4, lines.get(0).spans().size());
    }

    // Item by item, widths in whole points so that a fit can be exact.

    private static final Item.Glue SPACE = glue(10, 5, 10 / 3f);

    @Test
    void aWordThatEndsExactlyAtTheMeasureStaysOnTheLine() {
        List<Item> items = filled(box(30), SPACE, box(30), SPACE, box(30));
        assertEquals(List.of(3, 6), FirstFitLineBreaker.positions(items, LineWidths.constant(70)));
        assertEquals(List.of(1, 3, 6), FirstFitLineBreaker.positions(items, LineWidths.constant(69.9f)));
    }

    @Test
    void aHyphenThatEndsExactlyAtTheMeasureIsABreak() {
        // "ex-" (30 and a hyphen of 10) then "ample": the hyphen fits at 40; at 39.9 the word overruns whole
        List<Item> items = filled(box(30), new Item.Penalty(10, 50, true), box(30));
        assertEquals(List.of(1, 4), FirstFitLineBreaker.positions(items, LineWidths.constant(40)));
        assertEquals(List.of(4), FirstFitLineBreaker.positions(items, LineWidths.constant(39.9f)));
    }

    @Test
    void theHyphensWidthCountsAgainstTheMeasure() {
        // 30 and a hyphen of 15 overrun 40: no break there
        List<Item> items = filled(box(30), new Item.Penalty(15, 0, true), box(30));
        assertEquals(List.of(4), FirstFitLineBreaker.positions(items, LineWidths.constant(40)));
        assertEquals(List.of(1, 4), FirstFitLineBreaker.positions(items, LineWidths.constant(45)));
    }

    @Test
    void nothingBeforeTheParagraphsFirstWordIsABreak() {
        // a space or a zero-width space before the first word: a break there would make an empty first line
        List<Item> space = filled(SPACE, box(30), SPACE, box(30));
        assertEquals(List.of(2, 5), FirstFitLineBreaker.positions(space, LineWidths.constant(50)));
        List<Item> free = filled(penalty(0), box(50), SPACE, box(10));
        assertEquals(List.of(2, 5), FirstFitLineBreaker.positions(free, LineWidths.constant(40)));
    }

    @Test
    void firstFitCountsOnNoFontExpansion() {
        assertEquals(Expansion.NONE, new FirstFitLineBreaker().expansion());
    }

    @Test
    void glueAfterAPenaltyIsNoBreak() {
        // a space that follows a break point, not a word, is no second break point
        List<Item> items = filled(box(30), penalty(0), SPACE, box(30));
        assertEquals(List.of(1, 5), FirstFitLineBreaker.positions(items, LineWidths.constant(50)));
    }
}
