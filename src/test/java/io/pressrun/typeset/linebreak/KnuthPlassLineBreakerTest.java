package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.inline.LineSetter;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnuthPlassLineBreakerTest {
    static FontSet fonts;
    static final TextStyle BODY = FirstFitLineBreakerTest.BODY;

    @BeforeAll
    static void loadFonts() {
        fonts = TestFonts.fontSet();
    }

    static Item.Box box(float w) {
        return new Item.Box(List.of(), w);
    }

    static Item.Glue glue() {
        return new Item.Glue(10, 5, 5);
    }

    /** Boxes of the given widths with glue between, ended like a paragraph. */
    static List<Item> words(float... widths) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                items.add(glue());
            }
            items.add(box(widths[i]));
        }
        items.add(new Item.Glue(0, Item.FILL, 0));
        items.add(Item.Penalty.forcedBreak());
        return items;
    }

    @Test
    void aTightFirstLineBeatsALooseOneThatFirstFitWouldTake() {
        // measure 100, spaces 10 (+5, -5): "40 40" is 90 wide and would stretch its one space
        // to 20 (ratio 2, badness 800); "40 40 10" is 110 and shrinks its two spaces to 5
        // (ratio -1, badness 100). The rest, "45 40", is the last line either way.
        List<Item> items = words(40, 40, 10, 45, 40);
        LineWidths w = LineWidths.constant(100);
        assertEquals(List.of(3, 7, 10), new FirstFitLineBreaker().breakpoints(items, w));
        assertEquals(List.of(5, 10), new KnuthPlassLineBreaker().breakpoints(items, w));
    }

    @Test
    void theWholeParagraphIsWeighedNotEachLineAlone() {
        // "30 30 25" is 105 wide: first fit, looking at natural widths, leaves 25 for line 2 and
        // sets "30 30" and then "25 45" with spaces 6 and 4 times their stretch. Total fit
        // shrinks line 1 a little (ratio -0.5) and gets "45 45" exactly right on line 2.
        List<Item> items = words(30, 30, 25, 45, 45, 20);
        LineWidths w = LineWidths.constant(100);
        assertEquals(List.of(3, 7, 12), new FirstFitLineBreaker().breakpoints(items, w));
        assertEquals(List.of(5, 9, 12), new KnuthPlassLineBreaker().breakpoints(items, w));
        assertEquals(exhaustiveBest(items, w), List.of(5, 9, 12));
        assertTrue(Double.isInfinite(demerits(items, List.of(3, 7, 12), w)), "first fit's lines are past the tolerance");
    }

    @Test
    void matchesAnExhaustiveSearchOnSmallParagraphs() {
        Random random = new Random(7);
        int checked = 0;
        for (int n = 0; n < 300; n++) {
            int count = 3 + random.nextInt(8);
            float[] widths = new float[count];
            for (int i = 0; i < count; i++) {
                widths[i] = 10 + random.nextInt(50);
            }
            List<Item> items = withHyphens(words(widths), random);
            LineWidths w = LineWidths.firstAndRest(150 - random.nextInt(20), 150);
            List<Integer> best = exhaustiveBest(items, w);
            if (best == null) {
                continue; // no feasible paragraph at the first tolerance: the fallbacks are tested below
            }
            List<Integer> kp = new KnuthPlassLineBreaker().breakpoints(items, w);
            assertEquals(demerits(items, best, w), demerits(items, kp, w), 1e-6,
                    "paragraph " + n + ": " + kp + " vs the best " + best);
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " feasible paragraphs");
    }

    /** Turns a few boxes into two halves with a hyphen penalty (flagged, 5 wide) between. */
    static List<Item> withHyphens(List<Item> items, Random random) {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            if (it instanceof Item.Box b && b.width() > 30 && random.nextInt(3) == 0) {
                out.add(box(b.width() / 2));
                out.add(new Item.Penalty(5, 50, true));
                out.add(box(b.width() / 2));
            } else {
                out.add(it);
            }
        }
        return out;
    }

    @Test
    void hyphenatedLinesInARowAreLimited() {
        // with the limit set to one, so that it often binds: never two hyphenated lines in a row
        Random random = new Random(11);
        int bitten = 0;
        int feasible = 0;
        for (int n = 0; n < 400; n++) {
            List<Item> items = new ArrayList<>();
            items.add(box(10)); // then words that can all be hyphenated, with generous spaces
            int count = 4 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                items.add(new Item.Glue(10, 30, 5));
                items.add(box(5 + random.nextInt(20)));
                items.add(new Item.Penalty(5, 50, true));
                items.add(box(5 + random.nextInt(20)));
            }
            items.add(new Item.Glue(0, Item.FILL, 0));
            items.add(Item.Penalty.forcedBreak());
            LineWidths w = LineWidths.constant(70);
            List<Integer> best = exhaustiveBest(items, w, 1);
            if (best == null) {
                continue;
            }
            feasible++;
            List<Integer> kp = new KnuthPlassLineBreaker(1).breakpoints(items, w);
            assertTrue(longestHyphenRun(items, kp) <= 1, "breaks " + kp);
            assertEquals(demerits(items, best, w, 1), demerits(items, kp, w, 1), 1e-6, "paragraph " + n);
            // the second search, without the limit, only until it has shown that the limit binds
            if (bitten == 0 && longestHyphenRun(items, exhaustiveBest(items, w, Integer.MAX_VALUE)) > 1) {
                bitten++;
            }
        }
        assertTrue(bitten > 0, "no paragraph of " + feasible
                + " where the best breaks would have had two hyphens in a row");
    }

    static int longestHyphenRun(List<Item> items, List<Integer> breaks) {
        int run = 0;
        int longest = 0;
        for (int b : breaks) {
            run = items.get(b) instanceof Item.Penalty p && p.flagged() ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    @Test
    void withoutAFeasibleParagraphItFallsBackAndNeverOverflows() {
        // a very narrow measure: nothing fits within any tolerance
        var breaker = new KnuthPlassLineBreaker();
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of(FirstFitLineBreakerTest.TEXT, BODY)), 45);
        LineWidths w = LineWidths.constant(45);
        Breaks breaks = breaker.breaks(items, w);
        List<Line> lines = LineSetter.set(items, breaks, w, Alignment.JUSTIFIED);
        assertEquals(Breaks.Pass.FALLBACK, breaks.pass(), "first fit was the last resort");
        for (Line l : lines) {
            assertTrue(FirstFitLineBreakerTest.rightEdge(l) <= 45.01f, l.text());
        }
        // a measure where only emergency stretch helps
        List<Item> wide = words(60, 60, 60, 60);
        Breaks emergency = breaker.breaks(wide, LineWidths.constant(100));
        assertEquals(Breaks.Pass.EMERGENCY, emergency.pass());
        assertEquals(List.of(1, 3, 5, 8), emergency.positions());
    }

    @Test
    void keepsEveryWordInOrderAndWithinTheMeasure() {
        Random random = new Random(42);
        Hyphenation en = Hyphenation.forLanguage("en", false);
        for (int n = 0; n < 50; n++) {
            float width = 60 + random.nextInt(400);
            List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of(FirstFitLineBreakerTest.TEXT, BODY)),
                    width, en);
            LineWidths w = LineWidths.constant(width);
            List<Line> lines = LineSetter.set(items, new KnuthPlassLineBreaker().breaks(items, w), w,
                    Alignment.JUSTIFIED);
            StringBuilder text = new StringBuilder();
            for (Line l : lines) {
                assertTrue(FirstFitLineBreakerTest.rightEdge(l) <= width + 0.01f, "wider than " + width + ": " + l.text());
                String t = l.text();
                boolean hyphenated = !l.spans().isEmpty()
                        && l.spans().get(l.spans().size() - 1).actualText() != null;
                text.append(hyphenated ? t.substring(0, t.length() - 1) : t + " ");
            }
            assertEquals(FirstFitLineBreakerTest.TEXT, text.toString().strip().replace("- ", "-"), "at width " + width);
        }
    }

    @Test
    void theHyphenOfABrokenWordStandsForTheRestOfIt() {
        Hyphenation en = Hyphenation.forLanguage("en", false);
        String text = "the governments demanded encryption backdoors";
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of(text, BODY)), 200, en);
        // force breaks inside "governments" (gov-ern-ments) and "encryption" (en-cryp-tion)
        List<Integer> hyphens = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Item.Penalty p && p.isHyphen()) {
                hyphens.add(i);
            }
        }
        assertEquals(6, hyphens.size(), "gov-ern-ments de-manded en-cryp-tion back-doors");
        var breaks = new Breaks(List.of(hyphens.get(0), hyphens.get(3), items.size() - 1), Breaks.Pass.NONE);
        List<Line> lines = LineSetter.set(items, breaks, LineWidths.constant(200), Alignment.LEFT);
        assertEquals(List.of("the gov-", "ernments demanded en-", "cryption backdoors"),
                lines.stream().map(Line::text).toList());
        Line.PlacedSpan first = lines.get(0).spans().get(lines.get(0).spans().size() - 1);
        assertEquals("-", first.span().text());
        assertEquals("ernments", first.actualText());
        assertEquals("", lines.get(1).spans().get(0).actualText(), "ern: already read");
        assertEquals("", lines.get(1).spans().get(1).actualText(), "ments: already read");
        assertEquals(null, lines.get(1).spans().get(2).actualText(), "demanded: read as it is");
        assertEquals("cryption", lines.get(1).spans().get(lines.get(1).spans().size() - 1).actualText());
    }

    // ---- an independent reference: every sequence of breaks, judged by the same rules ----

    static final double TOLERANCE = 200;

    /** The demerits of a paragraph broken at {@code breaks}, or infinity if a line is infeasible. */
    static double demerits(List<Item> items, List<Integer> breaks, LineWidths widths) {
        return demerits(items, breaks, widths, KnuthPlassLineBreaker.MAX_CONSECUTIVE_HYPHENS);
    }

    static double demerits(List<Item> items, List<Integer> breaks, LineWidths widths, int maxHyphens) {
        double total = 0;
        int start = 0;
        int prevFitness = -1;
        boolean prevFlagged = false;
        int hyphens = 0;
        for (int n = 0; n < breaks.size(); n++) {
            int b = breaks.get(n);
            double ratio = ratio(items, start, b, widths.width(n));
            if (ratio < -1 || KnuthPlassLineBreaker.badness(ratio) > TOLERANCE) {
                return Double.POSITIVE_INFINITY;
            }
            double bad = KnuthPlassLineBreaker.badness(ratio);
            Item.Penalty p = items.get(b) instanceof Item.Penalty q ? q : null;
            double d = (10 + bad) * (10 + bad);
            if (p != null && !p.isForced()) {
                d += p.cost() >= 0 ? p.cost() * p.cost() : -p.cost() * p.cost();
            }
            boolean flagged = p != null && p.flagged();
            hyphens = flagged ? hyphens + 1 : 0;
            if (hyphens > maxHyphens) {
                return Double.POSITIVE_INFINITY;
            }
            if (flagged && prevFlagged) {
                d += 10_000;
            }
            if (n == breaks.size() - 1 && prevFlagged) {
                d += 5_000;
            }
            int fitness = KnuthPlassLineBreaker.fitness(ratio);
            if (prevFitness >= 0 && Math.abs(fitness - prevFitness) > 1) {
                d += 10_000;
            }
            total += d;
            prevFitness = fitness;
            prevFlagged = flagged;
            start = LineBreaker.nextLineStart(items, b);
        }
        return total;
    }

    static double ratio(List<Item> items, int start, int end, float available) {
        return ratio(items, start, end, available, Expansion.NONE);
    }

    /** The same, with the glyphs' expansion counted as stretch and shrink, as the breaker counts it. */
    static double ratio(List<Item> items, int start, int end, float available, Expansion e) {
        double natural = 0;
        double stretch = 0;
        double shrink = 0;
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                natural += b.width();
                stretch += b.width() * e.stretch();
                shrink += b.width() * e.shrink();
            } else if (it instanceof Item.Glue g) {
                natural += g.width();
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        if (items.get(end) instanceof Item.Penalty p) {
            natural += p.width();
            stretch += p.width() * e.stretch();
            shrink += p.width() * e.shrink();
        }
        if (natural < available) {
            return stretch > 0 ? (available - natural) / stretch : Double.POSITIVE_INFINITY;
        }
        if (natural > available) {
            return shrink > 0 ? (available - natural) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }

    /** The best breaks by trying every subset of the legal breakpoints; null if none is feasible. */
    static List<Integer> exhaustiveBest(List<Item> items, LineWidths widths) {
        return exhaustiveBest(items, widths, KnuthPlassLineBreaker.MAX_CONSECUTIVE_HYPHENS);
    }

    static List<Integer> exhaustiveBest(List<Item> items, LineWidths widths, int maxHyphens) {
        List<Integer> legal = new ArrayList<>();
        for (int i = 0; i < items.size() - 1; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Penalty p && p.cost() < Item.FORBIDDEN
                    || it instanceof Item.Glue g && g.stretch() < Item.FILL && i > 0
                    && items.get(i - 1) instanceof Item.Box) {
                legal.add(i);
            }
        }
        List<Integer> best = null;
        double bestDemerits = Double.POSITIVE_INFINITY;
        for (long mask = 0; mask < 1L << legal.size(); mask++) {
            List<Integer> breaks = new ArrayList<>();
            for (int k = 0; k < legal.size(); k++) {
                if ((mask >> k & 1) == 1) {
                    breaks.add(legal.get(k));
                }
            }
            breaks.add(items.size() - 1);
            double d = demerits(items, breaks, widths, maxHyphens);
            if (d < bestDemerits) {
                bestDemerits = d;
                best = breaks;
            }
        }
        return best;
    }

    @Test
    void aForbiddenPenaltyIsNeverABreakEvenWhereNothingElseFits() {
        List<Item> items = Paragraphs.filled(box(50), Paragraphs.penalty(Item.FORBIDDEN), box(50));
        Breaks forbidden = new KnuthPlassLineBreaker().breaks(items, LineWidths.constant(50));
        assertEquals(List.of(4), forbidden.positions(), "one overfull line");
        assertEquals(Breaks.Pass.FALLBACK, forbidden.pass());

        List<Item> allowed = new ArrayList<>(items);
        allowed.set(1, Paragraphs.penalty(0));
        Breaks free = new KnuthPlassLineBreaker().breaks(allowed, LineWidths.constant(50));
        assertEquals(List.of(1, 4), free.positions());
        assertEquals(Breaks.Pass.TOLERANCE_200, free.pass());
    }

    @Test
    void aHyphensGlyphStretchesAndShrinksWithTheLinesGlyphs() {
        // "20-" (a box of 20 and a hyphen of 10), then 20; expansion of 5 %: the first line's 30 of
        // glyphs stretch or shrink by 1.5, so at 31.5 and at 28.5 the line is at ratio 1 or -1 (badness 100)
        var e = new Expansion(0.05f, 0.05f, 0.005f);
        List<Item> items = Paragraphs.filled(box(20), new Item.Penalty(10, 50, true), box(20));
        Breaks stretched = new KnuthPlassLineBreaker().withExpansion(e).breaks(items, LineWidths.constant(31.5f));
        assertEquals(List.of(1, 4), stretched.positions());
        assertEquals(Breaks.Pass.TOLERANCE_200, stretched.pass());
        Breaks shrunk = new KnuthPlassLineBreaker().withExpansion(e).breaks(items, LineWidths.constant(28.5f));
        assertEquals(List.of(1, 4), shrunk.positions());
        assertEquals(Breaks.Pass.TOLERANCE_200, shrunk.pass());
    }

    @Test
    void glueBeforeTheFirstWordIsNoBreak() {
        List<Item> items = Paragraphs.filled(Paragraphs.glue(10, 0, 0), box(30), glue(), box(30));
        Breaks breaks = new KnuthPlassLineBreaker().breaks(items, LineWidths.constant(80));
        assertEquals(List.of(5), breaks.positions());
        assertEquals(Breaks.Pass.TOLERANCE_200, breaks.pass());
    }

    @Test
    void aLineWhoseBadnessIsExactlyTheToleranceIsWithinIt() {
        // the first line (20 + 10 + 20) stretches its glue by exactly its stretch to 60: ratio 1, badness 100
        List<Item> items = Paragraphs.filled(box(20), Paragraphs.glue(10, 10, 0), box(20),
                Paragraphs.glue(10, 10, 0), box(20));
        Breaks at100 = KnuthPlassLineBreaker.withPretolerance(100).breaks(items, LineWidths.constant(60));
        assertEquals(List.of(3, 6), at100.positions());
        assertEquals(Breaks.Pass.PRETOLERANCE, at100.pass());
        Breaks below = KnuthPlassLineBreaker.withPretolerance(99.9).breaks(items, LineWidths.constant(60));
        assertEquals(List.of(3, 6), below.positions());
        assertEquals(Breaks.Pass.TOLERANCE_200, below.pass(), "the first pass finds no line within 99.9");
    }

    @Test
    void anEmptyLineBetweenTwoLineBreaksIsSetAndTheParagraphStaysTotalFit() {
        // "40 40 10 45 40", a line break, another at once (an empty line: <br><br>), then "50".
        // The empty line has nothing to stretch and nothing to fill; it is set empty, and the
        // lines around it are chosen as without it: "40 40 10" shrinks (ratio -1, badness 100),
        // where first fit would take "40 40" (ratio 2, badness 800).
        List<Item> items = new ArrayList<>(words(40, 40, 10, 45, 40));
        int firstBreak = items.size() - 1;
        items.addAll(List.of(new Item.Glue(0, Item.FILL, 0), Item.Penalty.forcedBreak()));
        int secondBreak = items.size() - 1;
        items.addAll(words(50));
        Breaks breaks = new KnuthPlassLineBreaker().breaks(items, LineWidths.constant(100));
        assertEquals(List.of(5, firstBreak, secondBreak, items.size() - 1), breaks.positions());
        assertEquals(Breaks.Pass.TOLERANCE_200, breaks.pass(), "not first fit: " + breaks.positions());
    }
}
