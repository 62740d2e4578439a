package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Breaks;
import io.pressrun.typeset.linebreak.Expansion;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Font expansion: the breaker counts the glyphs' expansion as stretch and shrink, and each
 * justified line is set with its glyphs widened or narrowed by a whole number of steps within
 * the limits, its spaces taking the rest, so that it still fills the measure; the spaces then
 * vary less than without expansion.
 */
class FontExpansionTest {
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10.5f, new Colour(0, 0, 0));
    private static final Expansion EXPANSION = new Expansion(0.02f, 0.02f, 0.005f);
    private static final String TEXT = "The committee, which had met forty-two times, reconsidered the "
            + "telecommunications infrastructure and its responsibilities. Administrators, representatives and "
            + "parliamentarians disagreed about the compensation of the harbour workers, the timetable of the "
            + "ferries and the consultation, which everybody considered unsatisfactory. Nobody expected the "
            + "minutes to be read aloud, and yet the chair read them twice, slowly, to a quiet room.";

    private static List<Item> items(float width) {
        return ParagraphItems.build(FONTS, List.of(StyledRun.of(TEXT, SERIF)), width,
                Hyphenation.forLanguage("en", false));
    }

    private static float right(Line line) {
        Line.PlacedSpan last = line.spans().get(line.spans().size() - 1);
        return last.x() + last.span().width();
    }

    @Test
    void eachLineFillsTheMeasureWithItsGlyphsExpandedInSteps() {
        var breaker = new KnuthPlassLineBreaker().withExpansion(EXPANSION);
        int expanded = 0;
        int narrowed = 0;
        for (float width = 200; width <= 360; width += 4) {
            List<Item> items = items(width);
            LineWidths widths = LineWidths.constant(width);
            List<Line> lines = LineSetter.set(items, breaker.breaks(items, widths), widths, Alignment.JUSTIFIED,
                    false, breaker.expansion());
            for (int n = 0; n < lines.size() - 1; n++) {
                Line line = lines.get(n);
                float e = line.expansion();
                assertTrue(e >= -0.02f - 1e-6f && e <= 0.02f + 1e-6f, e + ": " + line.text());
                assertEquals(0, Math.abs(e / 0.005f - Math.round(e / 0.005f)), 1e-3f, "a whole step: " + e);
                if (line.ratio() < 3.999f) { // (unless its spaces reached their limit: then it ends short)
                    assertEquals(width, right(line), 0.01f, "fills the measure: " + line.text());
                }
                for (Line.PlacedSpan p : line.spans()) {
                    assertEquals(1 + e, p.span().scale(), 1e-6f, "every glyph of the line alike");
                }
                expanded += e > 0 ? 1 : 0;
                narrowed += e < 0 ? 1 : 0;
            }
            Line last = lines.get(lines.size() - 1);
            assertTrue(last.expansion() <= 0, "the last line is never widened: " + last.text());
        }
        assertTrue(expanded > 20 && narrowed > 10, "widened " + expanded + ", narrowed " + narrowed);
    }

    /** The sum over justified lines of the spaces' squared adjustment ratio, with and without expansion. */
    @Test
    void spacesVaryLessWithExpansion() {
        double with = 0;
        double without = 0;
        var plain = new KnuthPlassLineBreaker();
        var expanding = plain.withExpansion(EXPANSION);
        for (float width = 200; width <= 360; width += 4) {
            List<Item> items = items(width);
            LineWidths widths = LineWidths.constant(width);
            without += squaredRatios(LineSetter.set(items, plain.breaks(items, widths), widths,
                    Alignment.JUSTIFIED, false, plain.expansion()));
            with += squaredRatios(LineSetter.set(items, expanding.breaks(items, widths), widths,
                    Alignment.JUSTIFIED, false, expanding.expansion()));
        }
        assertTrue(with < without / 2, "with " + with + ", without " + without);
    }

    private static double squaredRatios(List<Line> lines) {
        double sum = 0;
        for (Line l : lines.subList(0, lines.size() - 1)) {
            sum += l.ratio() * l.ratio();
        }
        return sum;
    }

    /** A line that would need its spaces stretched past the tolerance is feasible with the glyphs' help. */
    @Test
    void theBreakerCountsTheGlyphsStretch() {
        int rescued = 0;
        for (float width = 150; width <= 260; width += 1) {
            List<Item> items = items(width);
            LineWidths widths = LineWidths.constant(width);
            Breaks plain = new KnuthPlassLineBreaker().breaks(items, widths);
            Breaks expanding = new KnuthPlassLineBreaker().withExpansion(EXPANSION).breaks(items, widths);
            assertTrue(expanding.pass().ordinal() <= plain.pass().ordinal(), "width " + width);
            rescued += expanding.pass().ordinal() < plain.pass().ordinal() ? 1 : 0;
        }
        assertTrue(rescued > 0, "no paragraph set in an earlier pass with expansion");
    }

    @Test
    void raggedTextIsNotExpanded() {
        List<Item> items = items(200);
        LineWidths widths = LineWidths.constant(200);
        var breaker = new KnuthPlassLineBreaker().withExpansion(EXPANSION);
        for (Line line : LineSetter.set(items, breaker.breaks(items, widths), widths, Alignment.LEFT, false,
                breaker.expansion())) {
            assertEquals(0, line.expansion());
            line.spans().forEach(p -> assertEquals(1, p.span().scale()));
        }
    }
}
