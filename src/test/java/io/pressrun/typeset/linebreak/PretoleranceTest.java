package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.LineSetter;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With a pretolerance, a paragraph is first broken without hyphenation (TeX's first pass):
 * when every line then stays within the pretolerance, no word is hyphenated, even where the
 * passes that hyphenate would have found fewer demerits; otherwise the later passes hyphenate.
 */
class PretoleranceTest {
    private static final String TEXT = "Administrators, representatives and parliamentarians disagreed about "
            + "responsibilities, infrastructure and compensation. " + FirstFitLineBreakerTest.TEXT
            + " Communications were unreliable, and the consultation was considered unsatisfactory by everybody.";
    private static FontSet fonts;

    @BeforeAll
    static void loadFonts() {
        fonts = TestFonts.fontSet();
    }

    private static List<Item> items(float measure) {
        return ParagraphItems.build(fonts, List.of(StyledRun.of(TEXT, FirstFitLineBreakerTest.BODY)), measure,
                Hyphenation.forLanguage("en", false));
    }

    private static boolean hyphenated(List<Item> items, Breaks breaks) {
        return breaks.positions().stream().anyMatch(b -> items.get(b) instanceof Item.Penalty p && p.isHyphen());
    }

    @Test
    void aParagraphThatSetsWellWithoutHyphensGetsNone() {
        var plain = new KnuthPlassLineBreaker().withExpansion(ParagraphQualityTest.EXPANSION);
        var pre = KnuthPlassLineBreaker.withPretolerance(100).withExpansion(ParagraphQualityTest.EXPANSION);
        int spared = 0;
        for (float measure = 200; measure <= 450; measure += 1) {
            List<Item> items = items(measure);
            LineWidths w = LineWidths.constant(measure);
            Breaks breaks = pre.breaks(items, w);
            if (breaks.pass() == Breaks.Pass.PRETOLERANCE) {
                assertTrue(!hyphenated(items, breaks), "hyphenated in the first pass at " + measure);
                List<Line> lines = LineSetter.set(items, breaks, w, Alignment.JUSTIFIED, false, pre.expansion());
                for (Line l : lines.subList(0, lines.size() - 1)) {
                    // badness 100 is an adjustment ratio of about 1 (100 r^3) over spaces and glyphs; the
                    // glyphs take theirs first, so the spaces' ratio is within 1 too
                    assertTrue(Math.abs(l.ratio()) <= 1.001f, l.ratio() + ": " + l.text());
                }
                if (hyphenated(items, plain.breaks(items, w))) {
                    spared++;
                }
            } else {
                assertNotEquals(Breaks.Pass.FALLBACK, breaks.pass());
                assertEquals(plain.breaks(items, w), breaks, "the later passes are those without a pretolerance");
            }
        }
        assertTrue(spared > 0, "no measure where the first pass spared a hyphen");
    }

    @Test
    void aParagraphThatCannotSetWellWithoutHyphensIsHyphenated() {
        int hyphenatedAfterFirstPass = 0;
        for (float measure = 120; measure <= 200; measure += 5) {
            List<Item> items = items(measure);
            Breaks breaks = KnuthPlassLineBreaker.withPretolerance(100).breaks(items, LineWidths.constant(measure));
            if (breaks.pass() != Breaks.Pass.PRETOLERANCE && hyphenated(items, breaks)) {
                hyphenatedAfterFirstPass++;
            }
        }
        assertTrue(hyphenatedAfterFirstPass > 0, "no narrow measure fell through to hyphenation");
    }
}
