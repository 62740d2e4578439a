package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every limit lets through exactly what it names and refuses one more. */
class LimitsAtTheirEdgeTest {
    private static final Templates TEMPLATES = Templates.bundled();

    @TempDir
    Path dir;

    private static ArticleReader reader(long sourceBytes, long imageBytes, long imagePixels) {
        return new ArticleReader(TEMPLATES, new InputLimits(sourceBytes, imageBytes, imagePixels));
    }

    private static ArticleReader reader() {
        return new ArticleReader(TEMPLATES, InputLimits.DEFAULT);
    }

    private Diagnostic refused(ArticleReader reader, Path file) {
        return assertThrows(ArticleException.class, () -> reader.read(file)).diagnostic();
    }

    private Path withLeadImage(String image) {
        return TestFiles.write(dir, "a.md", "---\ntitle: T\nauthor: A\ndate: 2024-01-01\nimage:\n  src: " + image
                + "\n  alt: x\n---\nBody.\n");
    }

    @Test
    void aSourceOfExactlyTheSizeLimitIsReadWhole() throws IOException {
        Path p = TestFiles.write(dir, "a.md", FRONT + "Body ends here.");
        long size = Files.size(p);
        Article a = reader(size, 1 << 20, 1 << 20).read(p).article();
        assertEquals("Body ends here.", io.pressrun.model.Blocks.blockText(a.body()).strip(), "not one byte lost");
        Diagnostic d = refused(reader(size - 1, 1 << 20, 1 << 20), p);
        assertTrue(d.message().contains("over the limit of " + String.format("%,d", size - 1) + " bytes"), d.format());
    }

    @Test
    void anImageOfExactlyTheSizeLimitIsReadWhole() throws IOException {
        byte[] jpeg = TestFiles.jpeg(40, 30);
        TestFiles.write(dir, "lead.jpg", jpeg);
        Path p = withLeadImage("lead.jpg");
        Article a = reader(1 << 20, jpeg.length, 1 << 20).read(p).article();
        assertEquals(jpeg.length, a.leadImage().orElseThrow().data().length(), "not one byte lost");
        Diagnostic d = refused(reader(1 << 20, jpeg.length - 1, 1 << 20), p);
        assertEquals(6, d.line());
        assertTrue(d.message().contains("over the limit of " + String.format("%,d", jpeg.length - 1) + " bytes"),
                d.format());
    }

    @Test
    void anImageOfExactlyThePixelBudgetIsDecoded() {
        TestFiles.write(dir, "lead.png", TestFiles.png(40, 30));
        Path p = withLeadImage("lead.png");
        var image = reader(1 << 20, 1 << 20, 40 * 30).read(p).article().leadImage().orElseThrow();
        assertEquals(List.of(40, 30), List.of(image.width(), image.height()));
        Diagnostic d = refused(reader(1 << 20, 1 << 20, 40 * 30 - 1), p);
        assertTrue(d.message().startsWith("image 'lead.png' is 40×30 pixels, over the budget of "
                        + String.format("%,d", 40 * 30 - 1) + " pixels"),
                "the budget refusal is reported as it is, not as a damaged image: " + d.format());
        assertFalse(d.message().contains("damaged"), d.format());
    }

    @Test
    void aParagraphOfExactlyTheLengthLimitIsAccepted() {
        // the limit counts characters after a paragraph's first one
        String longest = "a".repeat(MarkdownLimits.MAX_PARAGRAPH + 1);
        Path ok = TestFiles.write(dir, "ok.md", FRONT + "\nIntro.\n\n" + longest + "\n");
        Article a = reader().read(ok).article();
        assertEquals(2, a.body().size());
        Path tooLong = TestFiles.write(dir, "long.md", FRONT + "\nIntro.\n\n" + longest + "a\n");
        Diagnostic d = refused(reader(), tooLong);
        assertEquals(9, d.line(), "the line the paragraph starts on");
        assertTrue(d.message().contains(String.format("over %,d characters long", MarkdownLimits.MAX_PARAGRAPH)),
                d.format());
    }

    @Test
    void anOverlongParagraphRightAtTheStartOfTheBodyIsRefused() {
        Path p = TestFiles.write(dir, "a.md", FRONT + "a".repeat(MarkdownLimits.MAX_PARAGRAPH + 2) + "\n");
        assertEquals(6, refused(reader(), p).line());
    }

    @Test
    void imagesNestedExactlyToTheLimitAreAccepted() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 4));
        int max = MarkdownLimits.MAX_NESTING;
        Path ok = TestFiles.write(dir, "ok.md", FRONT + "\n" + "![".repeat(max) + "a" + "](p.png)".repeat(max) + "\n");
        Block.Figure f = (Block.Figure) reader().read(ok).article().body().get(0);
        assertEquals("p.png", f.image().src());
        Path deep = TestFiles.write(dir, "deep.md", FRONT + "\nFirst.\n\n" + "![".repeat(max + 1) + "a"
                + "](p.png)".repeat(max + 1) + "\n");
        Diagnostic d = refused(reader(), deep);
        assertEquals(9, d.line());
        assertTrue(d.message().contains("nested more than 50 levels deep"), d.format());
    }

    @Test
    void frontMatterNestedExactlyToTheLimitIsAccepted() {
        int inner = FrontMatterReader.MAX_NESTING - 1; // the front matter mapping itself is the first level
        Path ok = TestFiles.write(dir, "ok.md", FRONT.replace("date:", "nested: " + "[".repeat(inner) + "]".repeat(inner)
                + "\ndate:") + "Body.\n");
        var r = reader().read(ok);
        assertEquals(1, r.warnings().size(), "only the unknown key: " + r.warnings());
        Path deep = TestFiles.write(dir, "deep.md", FRONT.replace("date:", "nested: " + "[".repeat(inner + 1)
                + "]".repeat(inner + 1) + "\ndate:") + "Body.\n");
        Diagnostic d = refused(reader(), deep);
        assertEquals(4, d.line());
        assertTrue(d.message().contains("more than 20 levels deep"), d.format());
    }

    @Test
    void manyListsSideBySideAreNotNesting() {
        Path p = TestFiles.write(dir, "a.md", FRONT.replace("date:", "nested: [" + "[], ".repeat(40) + "[]]\ndate:")
                + "Body.\n");
        assertEquals(1, reader().read(p).warnings().size());
    }
}
