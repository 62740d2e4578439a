package io.pressrun;

import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.Batch;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.SourceFinder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small sites as Hugo (YAML and TOML front matter, a page bundle, shortcodes), Jekyll
 * ({@code _posts}, {@code .markdown}, Liquid), Zola, a CMS export (raw HTML) and the Go blog's
 * present format write them, in {@code src/test/resources/blog-dialects/}: every post builds,
 * both editions, the EPUB valid; no edition shows template syntax or HTML tags; every picture
 * of the site is in both editions.
 */
class BlogDialectsTest {
    private static final Path DIALECTS = Path.of("src/test/resources/blog-dialects");
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\{\\{|\\{%|\\{#|%}|}}|<[A-Za-z/!]|!\\[");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hugo, 2, 1", "jekyll, 2, 0", "zola, 2, 0", "ghost, 1, 0", "go-blog, 2, 0"})
    void everyPostBuildsWithoutTemplateSyntaxAndWithEveryPicture(String dialect, int built, int drafts,
                                                                 @TempDir Path out) throws IOException {
        Path site = DIALECTS.resolve(dialect);
        List<ArticleResult> results = new Batch(BuildContext.defaults(), out, 2)
                .run(SourceFinder.find(List.of(site)), r -> { });
        assertTrue(results.stream().noneMatch(ArticleResult::failed), () -> "failed: " + results);
        assertEquals(built, results.stream().filter(ArticleResult::built).count(), results::toString);
        assertEquals(drafts, results.stream().filter(ArticleResult::skipped).count(), results::toString);

        List<byte[]> epubPictures = new ArrayList<>();
        List<BufferedImage> pdfPictures = new ArrayList<>();
        for (ArticleResult r : results.stream().filter(ArticleResult::built).toList()) {
            Path epub = r.files().stream().filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();
            Path pdf = r.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
            EpubOracles.assertValid(epub, dialect + " " + r.slug());
            byte[] epubBytes = Files.readAllBytes(epub);
            byte[] pdfBytes = Files.readAllBytes(pdf);
            assertNoTemplateSyntax(EditionText.ofEpub(epubBytes), r.slug() + ".epub");
            assertNoTemplateSyntax(EditionText.ofPdf(pdfBytes), r.slug() + ".pdf");
            epubPictures.addAll(epubPictures(epubBytes));
            pdfPictures.addAll(pdfPictures(pdfBytes));
        }
        try (Stream<Path> files = Files.walk(site)) {
            for (Path png : files.filter(f -> f.toString().endsWith(".png")).toList()) {
                byte[] bytes = Files.readAllBytes(png);
                assertTrue(epubPictures.stream().anyMatch(p -> Arrays.equals(p, bytes)), () -> png + " is not in an EPUB");
                BufferedImage picture = ImageIO.read(png.toFile());
                assertTrue(pdfPictures.stream().anyMatch(p -> samePicture(p, picture)), () -> png + " is not in a PDF");
            }
        }
    }

    private static void assertNoTemplateSyntax(String text, String what) {
        Matcher m = TEMPLATE_SYNTAX.matcher(text);
        assertFalse(m.find(), () -> what + " shows '" + m.group() + "' in: ..."
                + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60)) + "...");
    }

    private static List<byte[]> epubPictures(byte[] epub) throws IOException {
        List<byte[]> pictures = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".png") || e.getName().endsWith(".jpg")) {
                    pictures.add(zip.readAllBytes());
                }
            }
        }
        return pictures;
    }

    private static List<BufferedImage> pdfPictures(byte[] pdf) throws IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        pictures.add(image.getImage());
                    }
                }
            }
        }
        return pictures;
    }

    /** The fixtures' pictures differ in size and colour: those say which one a PDF holds. */
    private static boolean samePicture(BufferedImage a, BufferedImage b) {
        return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight()
                && (a.getRGB(a.getWidth() / 2, a.getHeight() / 2) & 0xFFFFFF) == (b.getRGB(b.getWidth() / 2, b.getHeight() / 2) & 0xFFFFFF);
    }
}
