package io.pressrun.pdf;

import io.pressrun.batch.Editions;
import io.pressrun.SampleArticles;
import io.pressrun.VeraPdfOracle;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.source.ArticleReader;
import io.pressrun.style.Paper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF edition passes veraPDF for PDF/UA-1 and PDF/A-2a with no failed rule, for articles
 * that between them use every kind of content the writer draws. (The bundled example and the
 * hostile-markup source are checked in their own end-to-end tests.)
 */
class PdfConformanceTest {

    static void assertConforms(byte[] pdf, String name) {
        VeraPdfOracle.Result r = VeraPdfOracle.check(pdf, name);
        assertTrue(r.compliant(), r::describe);
    }

    @Test
    void sampleWithFiguresListsQuotesCodeAndLinks() throws IOException {
        assertConforms(PdfTestSupport.writeAndKeep(SampleArticles.sample(), "sample"), "sample");
    }

    @Test
    void multiPageArticleWithRunningHeadsAndPageNumbers() throws IOException {
        assertConforms(PdfTestSupport.write(SampleArticles.longSample()), "long sample");
    }

    /** Cyrillic, Greek and symbols from the fallbacks, plus CJK and emoji. */
    @Test
    void fallbackFontsForScriptsSymbolsCjkAndEmoji() throws IOException {
        Article mixed = FontFallbackTest.mixed();
        List<Block> body = new ArrayList<>(mixed.body());
        body.add(SampleArticles.para(SampleArticles.text("東京で会議が開かれた。渡轮停航了。 😀 🚢 ⛴")));
        Article a = SampleArticles.withBody(mixed.title(), body);
        assertConforms(PdfTestSupport.writeAndKeep(a, "fallback-cjk-emoji"), "fallback fonts");
    }

    /** Line breaks inside paragraphs, two in a row among them: an empty line, which draws nothing. */
    @Test
    void lineBreaksAndAnEmptyLineInsideAParagraph() throws IOException {
        BuildContext ctx = PdfTestSupport.CTX;
        Article a = new ArticleReader(ctx.templates(), ctx.limits())
                .read(Path.of("src/test/resources/layout/line-breaks/article.md")).article();
        assertConforms(PdfTestSupport.write(a), "line breaks");
    }

    @Test
    void letterPaper() throws IOException {
        BuildContext d = PdfTestSupport.CTX;
        var letter = new BuildContext(d.sourceDateEpoch(), d.formats(), Paper.LETTER, d.strict(), d.limits(),
                d.templates(), d.theme());
        var out = new ByteArrayOutputStream();
        new Editions(letter).writePdf(SampleArticles.sample(), out);
        assertConforms(out.toByteArray(), "sample on Letter paper");
    }

    /**
     * Also: the body's only heading is a level 3, which must not make the tags skip H2; and a
     * link runs over several lines.
     */
    @Test
    void pngWithTransparencyAndGreyPng() throws IOException {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(3, List.of(SampleArticles.text("Pictures"))));
        body.add(SampleArticles.para(SampleArticles.text("See "), new Inline.Link("https://example.org/",
                List.of(SampleArticles.text(SampleArticles.LOREM[0]))), SampleArticles.text(".")));
        body.add(new Block.Figure(png("alpha.png", BufferedImage.TYPE_INT_ARGB, "A translucent disc")));
        body.add(new Block.Figure(png("grey.png", BufferedImage.TYPE_BYTE_GRAY, "A grey disc")));
        body.add(new Block.Figure(png("rgb.png", BufferedImage.TYPE_INT_RGB, "A blue disc on black")));
        body.add(new Block.Figure(png("palette.png", BufferedImage.TYPE_BYTE_INDEXED, "A disc in few colours")));
        Article a = SampleArticles.withBody("Transparent pictures", body);
        assertConforms(PdfTestSupport.writeAndKeep(a, "png-alpha"), "PNG figures");
    }

    static Image png(String name, int type, String alt) throws IOException {
        var img = new BufferedImage(120, 80, type);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 90, 160, 128));
        g.fillOval(10, 10, 100, 60);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return new Image(name, Path.of("articles", name), "image/png", 120, 80, Bytes.copyOf(out.toByteArray()),
                alt, "Caption of " + name + ".", "Pressrun");
    }
}
