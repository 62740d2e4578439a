package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Breaks;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With margin protrusion, a justified line ending in a full stop, comma, hyphen or closing
 * quote reaches past the measure by that share of the character's width, a line opening with
 * a quote starts before the left edge by its share, and every other line edge is exactly at
 * the measure, as it is without protrusion (lines whose spaces would stretch past their limit
 * aside: those end short).
 */
class MarginProtrusionTest {
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10.5f, new Colour(0, 0, 0));
    private static final String TEXT = "“Quoted,” they said, and the committee, which had met forty-two times, "
            + "reconsidered the telecommunications infrastructure. Its responsibilities, as the minutes put it, "
            + "were “unchanged”. Administrators, representatives and parliamentarians disagreed. "
            + "“Nobody,” said one, “expected this.” Another said the ferry—and the harbour—would stay.";

    private static float right(Line line) {
        Line.PlacedSpan last = line.spans().get(line.spans().size() - 1);
        return last.x() + last.span().width();
    }

    private static int endsOf(String text) {
        return text.codePointBefore(text.length());
    }

    @Test
    void punctuationHangsIntoTheMarginsByItsShare() {
        int hung = 0;
        int hungLeft = 0;
        for (float width = 150; width <= 300; width += 10) {
            List<Item> items = ParagraphItems.build(FONTS, List.of(StyledRun.of(TEXT, SERIF)), width,
                    Hyphenation.forLanguage("en", false));
            LineWidths widths = LineWidths.constant(width);
            Breaks breaks = new KnuthPlassLineBreaker().breaks(items, widths);
            List<Line> plain = LineSetter.set(items, breaks, widths, Alignment.JUSTIFIED, false);
            List<Line> hanging = LineSetter.set(items, breaks, widths, Alignment.JUSTIFIED, true);
            assertEquals(plain.size(), hanging.size());
            for (int n = 0; n < hanging.size(); n++) {
                Line line = hanging.get(n);
                Line.PlacedSpan first = line.spans().get(0);
                Line.PlacedSpan last = line.spans().get(line.spans().size() - 1);
                int open = first.span().text().codePointAt(0);
                float leftShare = MarginProtrusion.leftShare(open);
                assertEquals(-leftShare * first.span().face().advanceWidth(Character.toString(open),
                        first.span().size()), first.x(), 0.01f, line.text());
                hungLeft += leftShare > 0 ? 1 : 0;
                assertEquals(0, plain.get(n).spans().get(0).x(), 0.001f, "no protrusion: " + line.text());
                if (n == hanging.size() - 1 || Math.abs(right(plain.get(n)) - width) > 0.01f
                        || line.ratio() >= 3.999f) {
                    continue; // the last line is not justified, nor one whose spaces reached their limit
                }
                int close = endsOf(last.span().text());
                float share = MarginProtrusion.rightShare(close);
                float expected = width + share * last.span().face().advanceWidth(Character.toString(close),
                        last.span().size());
                assertEquals(expected, right(line), 0.01f, "width " + width + ": " + line.text());
                hung += share > 0 ? 1 : 0;
            }
        }
        assertTrue(hung > 20, "lines ending in punctuation: " + hung);
        assertTrue(hungLeft > 0, "lines opening with a quote: " + hungLeft);
    }
}
