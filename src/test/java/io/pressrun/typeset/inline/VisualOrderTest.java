package io.pressrun.typeset.inline;

import io.pressrun.model.TextDirection;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Expansion;
import io.pressrun.typeset.linebreak.FirstFitLineBreaker;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines with right-to-left text: spans placed in visual order, flush right, read in logical order. */
class VisualOrderTest {
    private static final TextStyle STYLE = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));

    private static List<Line> set(String text, TextDirection direction, Alignment align, float width) {
        var fonts = TestFonts.fontSet();
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of(text, STYLE)), width, Hyphenation.NONE,
                direction);
        LineWidths w = LineWidths.firstAndRest(width, width);
        return LineSetter.set(items, new FirstFitLineBreaker().breaks(items, w), w, align, false, Expansion.NONE,
                direction);
    }

    private static float x(Line line, String text) {
        return line.spans().stream().filter(p -> p.span().text().equals(text)).findFirst().orElseThrow().x();
    }

    @Test
    void numbersAndLatinKeepTheirOrderInsideRightToLeftText() {
        // logical: A B 2021 TLS C; the space between 2021 and TLS resolves right to left (UAX #9
        // N1, numbers count as right to left for neutrals), so the two stand apart, each left to right
        Line line = set("أ ب 2021 TLS ج", TextDirection.RTL, Alignment.LEFT, 400).get(0);
        assertEquals(List.of("أ", "ب", "2021", "TLS", "ج"),
                line.spans().stream().map(p -> p.span().text()).toList(), "the spans keep their reading order");
        assertTrue(x(line, "ج") < x(line, "TLS"));
        assertTrue(x(line, "TLS") < x(line, "2021"));
        assertTrue(x(line, "2021") < x(line, "ب"));
        assertTrue(x(line, "ب") < x(line, "أ"));
    }

    @Test
    void aLatinPhraseInsideArabicStaysLeftToRight() {
        Line line = set("قال open source جدا", TextDirection.RTL, Alignment.LEFT, 400).get(0);
        assertTrue(x(line, "open") < x(line, "source"), "the Latin words read left to right");
        assertTrue(x(line, "جدا") < x(line, "open"));
        assertTrue(x(line, "source") < x(line, "قال"));
    }

    @Test
    void raggedRightToLeftLinesAreFlushRight() {
        List<Line> lines = set("كلمة كلمة كلمة كلمة كلمة كلمة", TextDirection.RTL, Alignment.LEFT, 60);
        assertTrue(lines.size() > 1);
        for (Line line : lines) {
            float end = 0;
            for (Line.PlacedSpan p : line.spans()) {
                end = Math.max(end, p.x() + p.span().width());
            }
            assertEquals(60, end, 0.01f, "every line ends at the right edge");
            assertEquals(60, line.width(), 0.01f);
        }
    }

    @Test
    void arabicInsideLeftToRightTextIsReversedInPlace() {
        Line line = set("the words كلمة أخرى end", TextDirection.LTR, Alignment.LEFT, 400).get(0);
        assertTrue(x(line, "words") < x(line, "أخرى"));
        assertTrue(x(line, "أخرى") < x(line, "كلمة"), "the second Arabic word stands left of the first");
        assertTrue(x(line, "كلمة") < x(line, "end"));
    }

    @Test
    void leftToRightTextIsUntouched() {
        Line line = set("plain words here", TextDirection.LTR, Alignment.LEFT, 400).get(0);
        assertEquals(0, x(line, "plain"), 0.001f);
        assertTrue(x(line, "plain") < x(line, "words") && x(line, "words") < x(line, "here"));
    }
}
