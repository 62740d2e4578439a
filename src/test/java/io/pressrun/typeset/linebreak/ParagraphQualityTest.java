package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.Typesetter;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.MarginProtrusion;
import io.pressrun.typeset.page.FillingPaginator;
import io.pressrun.typeset.page.PageFrame;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import io.pressrun.ExampleBuild;
import io.pressrun.SampleArticles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Inline;
import io.pressrun.source.ArticleReader;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.text.WordCount;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
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

    /** Font expansion as in the bundled theme. */
    static final Expansion EXPANSION = new Expansion(0.02f, 0.02f, 0.005f);
    /** Total fit with the bundled theme's font expansion (the spaces are set for it). */
    static final KnuthPlassLineBreaker BREAKER = new KnuthPlassLineBreaker().withExpansion(EXPANSION);

    /** Breaks with total fit and remembers each justified paragraph and the pass that solved it. */
    static final class Recording implements LineBreaker {
        final KnuthPlassLineBreaker breaker = BREAKER;
        final List<Paragraph> paragraphs = new ArrayList<>();
        final List<Breaks.Pass> passes = new ArrayList<>();

        @Override
        public Breaks breaks(List<Item> items, LineWidths widths) {
            Breaks b = breaker.breaks(items, widths);
            paragraphs.add(new Paragraph(items, widths));
            passes.add(b.pass());
            return b;
        }

        @Override
        public Expansion expansion() {
            return breaker.expansion();
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

    /**
     * The article with each two paragraphs in a row made one: paragraphs of six lines and more,
     * which a page break may divide in several ways, where the example's have three to five.
     */
    static Article withParagraphsJoined(Article a) {
        List<Block> body = new ArrayList<>();
        boolean open = false; // the last block is a paragraph that may take the next
        for (Block b : a.body()) {
            if (b instanceof Block.Paragraph p && open) {
                Block.Paragraph q = (Block.Paragraph) body.get(body.size() - 1);
                List<Inline> joined = new ArrayList<>(q.content());
                joined.add(new Inline.Text(" "));
                joined.addAll(p.content());
                body.set(body.size() - 1, new Block.Paragraph(joined));
                open = false;
            } else {
                body.add(b);
                open = b instanceof Block.Paragraph;
            }
        }
        return SampleArticles.withBody(a.title(), body);
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
        double kp = sumOfSquaredRatios(rec.paragraphs, BREAKER);
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
                assertEquals(Breaks.Pass.TOLERANCE_200, rec.passes.get(i), "paragraph " + i + " needed a fallback pass");
                Paragraph p = rec.paragraphs.get(i);
                List<Integer> breaks = BREAKER.breakpoints(p.items(), p.widths());
                int start = 0;
                for (int n = 0; n < breaks.size(); n++) {
                    int end = breaks.get(n);
                    double r = KnuthPlassLineBreakerTest.ratio(p.items(), start, end, p.widths().width(n), EXPANSION);
                    assertTrue(r >= -1 && KnuthPlassLineBreaker.badness(r) <= 200, "line " + n + ": ratio " + r);
                    start = LineBreaker.nextLineStart(p.items(), end);
                }
            }
            PageFrame frame = PageFrame.of(Paper.A4, CTX.theme());
            for (TypesetDocument.Page page : doc.pages()) {
                for (Placed item : page.items()) {
                    if (item instanceof Placed.TextLine t) {
                        List<Line.PlacedSpan> spans = t.line().spans();
                        for (Line.PlacedSpan s : spans) {
                            // punctuation ending the line may hang into the margin (protrusion)
                            float hang = s == spans.get(spans.size() - 1) ? MarginProtrusion.right(s.span()) : 0;
                            assertTrue(t.x() + s.x() + s.span().width() <= frame.left() + frame.measure() + hang + 0.05f,
                                    "overfull: " + t.line().text());
                        }
                    }
                }
            }
        }
    }

    /** The example's text, {@code copies} times over, as one hyphenated paragraph set in the A4 measure. */
    static Paragraph oneParagraph(int copies) {
        String text = String.join(" ", java.util.Collections.nCopies(copies,
                Blocks.blockText(example.body()).replaceAll("\\s+", " ").strip()));
        float measure = PageFrame.of(Paper.A4, CTX.theme()).measure();
        List<Item> items = ParagraphItems.build(FONTS, List.of(StyledRun.of(text,
                new TextStyle("serif", false, false, 10.5f, new Colour(0, 0, 0)))), measure,
                Hyphenation.forLanguage("en", false));
        return new Paragraph(items, LineWidths.constant(measure));
    }

    /** The breaker's work on a paragraph: items read, and (candidate break, active break) pairs weighed. */
    record Work(long items, long candidates, long itemReads, long pairsWeighed) {
    }

    /**
     * Breaks the paragraph through counting views of its items and line widths: total fit asks
     * the width of a line once for every active break it weighs against a candidate break.
     */
    static Work work(Paragraph p) {
        long[] reads = {0};
        long[] pairs = {0};
        List<Item> items = new java.util.AbstractList<>() {
            @Override
            public Item get(int i) {
                reads[0]++;
                return p.items().get(i);
            }

            @Override
            public int size() {
                return p.items().size();
            }
        };
        LineWidths widths = new LineWidths() {
            @Override
            public float width(int line) {
                pairs[0]++;
                return p.widths().width(line);
            }

            @Override
            public int sameWidthFrom() {
                return p.widths().sameWidthFrom();
            }
        };
        Breaks breaks = BREAKER.breaks(items, widths);
        assertEquals(Breaks.Pass.TOLERANCE_200, breaks.pass(), "solved in the first pass");
        long candidates = p.items().stream().filter(i -> i instanceof Item.Penalty || i instanceof Item.Glue).count();
        return new Work(p.items().size(), candidates, reads[0], pairs[0]);
    }

    /**
     * Total fit keeps only the breaks that could still end a line, so its work grows with the
     * paragraph, not with its square. The example's text four times over as one paragraph
     * (about 1,850 words) and sixteen times over: four times the text takes about four times the
     * work (a little more, as the kinds of active break fill up over the first lines: 17 pairs
     * per candidate, then 22), each candidate break is weighed against a few dozen active breaks
     * (about the breaks that fit on one line, by fitness class and hyphen count), not against
     * every break before it, and each item is read a few times. Counted, not timed, so it
     * cannot flake; without dropping breaks that can no longer end a line, the growth is about
     * 16 and the pairs per candidate run into the thousands.
     */
    @Test
    void breakingWorkGrowsLinearlyWithTheParagraph() {
        Work four = work(oneParagraph(4));
        Work sixteen = work(oneParagraph(16));
        for (Work w : List.of(four, sixteen)) {
            System.out.printf(Locale.ROOT, "one paragraph of %d items: %d candidate breaks, %d pairs weighed "
                    + "(%.1f per candidate), %d item reads (%.1f per item)%n", w.items(), w.candidates(),
                    w.pairsWeighed(), w.pairsWeighed() / (double) w.candidates(), w.itemReads(),
                    w.itemReads() / (double) w.items());
            assertTrue(w.pairsWeighed() < 40 * w.candidates(), "active breaks per candidate: " + w);
            assertTrue(w.itemReads() < 6 * w.items(), "items read per item: " + w);
        }
        double growth = sixteen.pairsWeighed() / (double) four.pairsWeighed();
        assertTrue(growth < 4 * 1.5, "4 times the text, " + growth + " times the work");
    }

    @Test
    void noParagraphLeavesASingleLineOnAPage() {
        int split = 0;
        Article long8000 = withParagraphsJoined(longArticle(8000)); // enough page breaks inside paragraphs to tell
        for (Paper paper : Paper.values()) {
            TypesetDocument doc = typeset(long8000, paper, BREAKER);
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
