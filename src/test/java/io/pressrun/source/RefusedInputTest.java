package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each refusal listed in the article format, with the message the user sees. */
class RefusedInputTest {
    private static BuildContext ctx;

    @TempDir
    Path dir;

    @BeforeAll
    static void context() {
        ctx = BuildContext.defaults();
    }

    private Diagnostic refused(Path file) {
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader(ctx.templates(), ctx.limits()).read(file));
        Diagnostic d = e.diagnostic();
        assertEquals(Diagnostic.Severity.ERROR, d.severity());
        assertEquals(file, d.file(), "the message names the file");
        return d;
    }

    private static void assertMessage(Diagnostic d, int line, String expected) {
        assertTrue(d.message().contains(expected), () -> "expected '" + expected + "' in: " + d.format());
        assertEquals(line, d.line(), () -> "line of: " + d.format());
        assertTrue(d.format().startsWith(d.file() + (line > 0 ? ":" + line : "") + ": error: "), d.format());
    }

    private Path article(String text) {
        return TestFiles.write(dir, "story.md", text);
    }

    private Path withImage(String src) {
        return article(withImageText(src));
    }

    @Test
    void emptyFile() {
        assertMessage(refused(article("")), 0, "the file is empty");
    }

    @Test
    void notUtf8NamesTheByteOffset() {
        byte[] latin1 = (FRONT + "\nCaf\u00e9 au lait\n").getBytes(StandardCharsets.ISO_8859_1);
        Diagnostic d = refused(TestFiles.write(dir, "story.md", latin1));
        int offset = new String(latin1, StandardCharsets.ISO_8859_1).indexOf('\u00e9');
        assertMessage(d, 7, "not valid UTF-8: byte 0xE9 at byte offset " + offset);
    }

    @Test
    void noFrontMatter() {
        assertMessage(refused(article("# Just Markdown\n\nNo front matter here.\n")), 1, "no front matter");
    }

    @Test
    void frontMatterNotClosed() {
        assertMessage(refused(article("---\ntitle: x\ndate: 2024-01-01\n\nBody.\n")), 1, "not closed");
    }

    @Test
    void invalidYamlNamesTheYamlLine() {
        Diagnostic d = refused(article("---\ntitle: \"x\"\nauthor: A\ndate: 2024-01-01\nsubtitle: [unclosed\n---\nBody\n"));
        assertTrue(d.message().startsWith("invalid YAML in the front matter"), d.format());
        assertTrue(d.line() >= 5 && d.line() <= 6, d.format());
    }

    @Test
    void missingTitle() {
        assertMessage(refused(article("---\nauthor: A\ndate: 2024-01-01\n---\nBody\n")), 2, "'title' is required");
    }

    @Test
    void emptyTitle() {
        assertMessage(refused(article("---\ntitle: \"  \"\nauthor: A\ndate: 2024-01-01\n---\nBody\n")), 2, "'title' is empty");
    }

    @Test
    void missingDate() {
        assertMessage(refused(article("---\ntitle: T\nauthor: A\n---\nBody\n")), 2, "'date' is required");
    }

    @Test
    void badDate() {
        assertMessage(refused(article("---\ntitle: T\nauthor: A\ndate: 3 October 2019\n---\nBody\n")), 4,
                "'date' is not an ISO 8601 date");
    }

    @Test
    void missingImage() {
        assertMessage(refused(withImage("lead.jpg")), 6, "image 'lead.jpg' not found");
    }

    @Test
    void unreadableImage() throws IOException {
        Files.createDirectories(dir.resolve("lead.jpg"));
        assertMessage(refused(withImage("lead.jpg")), 6, "is not a regular file");
    }

    @Test
    void notAnImageWhateverItsName() {
        TestFiles.write(dir, "lead.jpg", "this is a text file, not a picture");
        assertMessage(refused(withImage("lead.jpg")), 6, "is not an image (JPEG, PNG, GIF, TIFF, BMP, WebP or SVG expected");
    }

    @Test
    void svgThatIsNotWellFormed() {
        TestFiles.write(dir, "lead.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g></svg>");
        assertMessage(refused(withImage("lead.svg")), 6, "SVG image 'lead.svg' cannot be used: it is not well-formed XML");
    }

    @Test
    void svgOutsideTheSvgNamespace() {
        TestFiles.write(dir, "lead.svg", "<svg width=\"10\" height=\"10\"/>");
        assertMessage(refused(withImage("lead.svg")), 6, "its root element is not an SVG <svg> element");
    }

    @Test
    void truncatedImage() {
        byte[] jpeg = TestFiles.jpeg(400, 300);
        TestFiles.write(dir, "lead.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        assertMessage(refused(withImage("lead.jpg")), 6, "image 'lead.jpg' is");
        Diagnostic d = refused(withImage("lead.jpg"));
        assertTrue(d.message().contains("damaged"), d.format());
    }

    @Test
    void anImageCutShortNearItsEndIsRefused() {
        // the check keeps few pixels, but decodes every row: the last rows missing is still found
        byte[] jpeg = TestFiles.jpeg(400, 300);
        TestFiles.write(dir, "lead.jpg", Arrays.copyOf(jpeg, jpeg.length * 9 / 10));
        assertTrue(refused(withImage("lead.jpg")).message().contains("damaged"));
        byte[] png = TestFiles.png(400, 300);
        TestFiles.write(dir, "lead.png", Arrays.copyOf(png, png.length - 30));
        Diagnostic d = refused(withImage("lead.png"));
        assertTrue(d.message().contains("image 'lead.png' is") && d.message().contains("damaged"), d.format());
    }

    @Test
    void tooLargeToDecodeSafely() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/images/bomb-20000x20000.png")) {
            TestFiles.write(dir, "lead.png", in.readAllBytes());
        }
        assertMessage(refused(withImage("lead.png")), 6, "is 20000×20000 pixels, over the budget");
    }

    @Test
    void imageOutsideTheArticleFolder() {
        TestFiles.write(dir, "lead.jpg", TestFiles.jpeg(10, 10));
        Path nested = TestFiles.write(dir, "sub/story.md", withImageText("../lead.jpg"));
        assertMessage(refused(nested), 6, "leads outside the article's folder");
    }

    @Test
    void absoluteImagePath() {
        Path abs = TestFiles.write(dir, "lead.jpg", TestFiles.jpeg(10, 10)).toAbsolutePath();
        assertMessage(refused(withImage(abs.toString())), 6, "is absolute");
    }

    @Test
    void symlinkOutOfTheFolder() throws IOException {
        Path outside = TestFiles.write(dir, "elsewhere/secret.jpg", TestFiles.jpeg(10, 10));
        Path story = TestFiles.write(dir, "story/story.md", withImageText("lead.jpg"));
        Files.createSymbolicLink(dir.resolve("story/lead.jpg"), outside);
        assertMessage(refused(story), 6, "is a link to a file outside the article's folder");
    }

    @Test
    void imageGivenAsUrlIsNeverFetched() {
        assertMessage(refused(withImage("https://example.com/lead.jpg")), 6, "is a URL; images are never fetched");
    }

    @Test
    void bodyImageErrorsNameTheBodyLine() {
        Path p = article(FRONT + "\nFirst paragraph.\n\n![A chart](missing.png)\n");
        assertMessage(refused(p), 9, "image 'missing.png' not found");
    }

    private static String withImageText(String src) {
        return "---\ntitle: \"A test article\"\nauthor: Jane Reporter\ndate: 2024-05-01\nimage:\n  src: \"" + src
                + "\"\n  alt: a picture\n---\n\nText.\n";
    }

    @Test
    void aFolderIsNotASource() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.md"));
        assertMessage(refused(folder), 0, "not a regular file");
    }
}
