package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.Typesetter;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.page.FillingPaginator;
import io.pressrun.typeset.page.PageFrame;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import io.pressrun.ExampleBuild;
import io.pressrun.SampleArticles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.source.ArticleReader;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.text.WordCount;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The body of the bundled example and of a 5,000-word article as set: how evenly the lines are
 * spaced with total fit and with first fit, how long breaking takes, and no widows or orphans.
 */
class ParagraphQualityTest {
    static final FontSet FONTS = TestFonts.fontSet();
    static final BuildContext CTX = BuildContext.defaults();

    static Article example;
    static Article long5000;

    /** A justified paragraph as the breaker saw it. */
    record Paragraph(List<Item> items, LineWidths widths) {
    }

    /** Breaks with total fit and remembers each justified paragraph and the pass that solved it. */
    static final class Recording implements LineBreaker {
        final KnuthPlassLineBreaker breaker = new KnuthPlassLineBreaker();
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Integer> passes = new ArrayList<>();

        @Override
        public List<Integer> breakpoints(List<Item> items, LineWidths widths) {
            List<Integer> b = breaker.breakpoints(items, widths);
            paragraphs.add(new Paragraph(items, widths));
            passes.add(breaker.lastPass());
            return b;
        }
    }

    @BeforeAll
    static void articles() {
        example = new ArticleReader(CTX.templates(), CTX.limits()).read(ExampleBuild.EXAMPLE).article();
        long5000 = longArticle(5000);
    }

    /** The example's body repeated until it has at least {@code words} words. */
    static Article longArticle(int words) {
        int perCopy = WordCount.of(example.body());
        List<Block> body = new ArrayList<>();
        int count = 0;
        while (count < words) {
            body.addAll(example.body());
            count += perCopy;
        }
        return SampleArticles.withBody("Governments call on Facebook to pause encryption efforts, at length", body);
    }

    static TypesetDocument typeset(Article a, Paper paper, LineBreaker breaker) {
        return new Typesetter(CTX.theme(), Labels.forLanguage(CTX.templates(), "en"), paper, FONTS, breaker,
                new FillingPaginator()).typeset(a);
    }

    /** Squared adjustment ratios of the lines (all but those ending at a forced break), each capped at 10. */
    static double sumOfSquaredRatios(List<Paragraph> paragraphs, LineBreaker breaker) {
        double sum = 0;
        for (Paragraph p : paragraphs) {
            int start = 0;
            List<Integer> breaks = breaker.breakpoints(p.items(), p.widths());
            for (int n = 0; n < breaks.size(); n++) {
                int end = breaks.get(n);
                if (!(p.items().get(end) instanceof Item.Penalty q && q.isForced())) {
                    double r = Math.min(10, Math.abs(KnuthPlassLineBreakerTest.ratio(p.items(), start, end,
                            p.widths().width(n))));
                    sum += r * r;
                }
                start = LineBreaker.nextLineStart(p.items(), end);
            }
        }
        return sum;
    }

    @Test
    void totalFitSpacesTheExampleMoreEvenlyThanFirstFit() {
        var rec = new Recording();
        typeset(example, Paper.A4, rec);
        double kp = sumOfSquaredRatios(rec.paragraphs, new KnuthPlassLineBreaker());
        double ff = sumOfSquaredRatios(rec.paragraphs, new FirstFitLineBreaker());
        System.out.printf(Locale.ROOT, "example, %d justified paragraphs: sum of squared adjustment ratios "
                + "total fit %.2f, first fit %.2f%n", rec.paragraphs.size(), kp, ff);
        assertTrue(kp < ff, "total fit " + kp + " vs first fit " + ff);
    }

    @Test
    void everyExampleParagraphFitsAtTheNormalTolerance() {
        for (Article a : List.of(example, long5000)) {
            var rec = new Recording();
            TypesetDocument doc = typeset(a, Paper.A4, rec);
            for (int i = 0; i < rec.paragraphs.size(); i++) {
                assertEquals(0, rec.passes.get(i), "paragraph " + i + " needed a fallback pass");
                Paragraph p = rec.paragraphs.get(i);
                List<Integer> breaks = new KnuthPlassLineBreaker().breakpoints(p.items(), p.widths());
                int start = 0;
                for (int n = 0; n < breaks.size(); n++) {
                    int end = breaks.get(n);
                    double r = KnuthPlassLineBreakerTest.ratio(p.items(), start, end, p.widths().width(n));
                    assertTrue(r >= -1 && KnuthPlassLineBreaker.badness(r) <= 200, "line " + n + ": ratio " + r);
                    start = LineBreaker.nextLineStart(p.items(), end);
                }
            }
            PageFrame frame = PageFrame.of(Paper.A4, CTX.theme());
            for (TypesetDocument.Page page : doc.pages()) {
                for (Placed item : page.items()) {
                    if (item instanceof Placed.TextLine t) {
                        for (Line.PlacedSpan s : t.line().spans()) {
                            assertTrue(t.x() + s.x() + s.span().width() <= frame.left() + frame.measure() + 0.05f,
                                    "overfull: " + t.line().text());
                        }
                    }
                }
            }
        }
    }

    @Test
    void breakingIsFast() {
        for (Article a : List.of(example, long5000)) {
            var rec = new Recording();
            long t0 = System.nanoTime();
            typeset(a, Paper.A4, rec);
            long typesetMs = (System.nanoTime() - t0) / 1_000_000;
            double kp = time(rec.paragraphs, new KnuthPlassLineBreaker());
            double ff = time(rec.paragraphs, new FirstFitLineBreaker());
            int words = WordCount.of(a.body());
            System.out.printf(Locale.ROOT, "%d words, %d justified paragraphs: line breaking %.2f ms total fit, "
                    + "%.2f ms first fit (median of 31 after 1 s warm-up); whole typesetting %d ms (first run)%n", words,
                    rec.paragraphs.size(), kp, ff, typesetMs);
            assertTrue(kp < 500, "total fit took " + kp + " ms");
        }
    }

    /** Median milliseconds to break every paragraph, after warming up for a second. */
    static double time(List<Paragraph> paragraphs, LineBreaker breaker) {
        double[] runs = new double[31];
        long warmUntil = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            paragraphs.forEach(p -> breaker.breakpoints(p.items(), p.widths()));
        }
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            paragraphs.forEach(p -> breaker.breakpoints(p.items(), p.widths()));
            runs[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    @Test
    void noParagraphLeavesASingleLineOnAPage() {
        int split = 0;
        for (Paper paper : Paper.values()) {
            TypesetDocument doc = typeset(long5000, paper, new KnuthPlassLineBreaker());
            // lines of each paragraph (one structure tag per paragraph), counted per page
            Map<StructTag, Map<Integer, Integer>> perPage = new IdentityHashMap<>();
            for (TypesetDocument.Page page : doc.pages()) {
                for (Placed item : page.items()) {
                    if (item instanceof Placed.TextLine t && !t.tag().isArtifact() && t.tag().role().equals("P")) {
                        perPage.computeIfAbsent(t.tag(), k -> new java.util.TreeMap<>())
                                .merge(page.number(), 1, Integer::sum);
                    }
                }
            }
            for (Map<Integer, Integer> pages : perPage.values()) {
                if (pages.size() > 1) {
                    split++;
                    pages.forEach((page, lines) -> assertTrue(lines >= 2, paper + ": a paragraph has " + lines
                            + " line on page " + page + " " + pages));
                }
            }
        }
        assertTrue(split > 10, "only " + split + " paragraphs split across pages: the test proves little");
    }
}
