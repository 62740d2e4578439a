package io.pressrun.epub;

import io.pressrun.ExampleBuild;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Editions;
import io.pressrun.model.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cover is a designed JPEG that names the article, marked as the cover and described in
 * words; the lead image stays in the article.
 */
class CoverImageTest {
    static Map<String, byte[]> epub(Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(BuildContext.defaults()).writeEpub(a, out);
        return EpubWriterTest.entries(out.toByteArray());
    }

    static BufferedImage cover(Map<String, byte[]> files) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(files.get("OEBPS/images/cover.jpg")));
    }

    @Test
    void aJpegOfBookCoverProportionsWithTheSameBytesEachTime() throws IOException {
        Map<String, byte[]> files = epub(EpubSamples.full());
        byte[] jpeg = files.get("OEBPS/images/cover.jpg");
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage img = cover(files);
        assertEquals(1600, img.getWidth());
        assertEquals(2560, img.getHeight());
        assertArrayEquals(jpeg, epub(EpubSamples.full()).get("OEBPS/images/cover.jpg"), "the same article, the same cover");
    }

    @Test
    void theLeadImageFillsTheTopAndStaysInTheArticle() throws IOException {
        Map<String, byte[]> files = epub(EpubSamples.full());
        BufferedImage img = cover(files);
        // the full sample's lead image is a blue rectangle on white: its middle is blue
        int rgb = img.getRGB(800, 720);
        int red = rgb >> 16 & 0xFF;
        int blue = rgb & 0xFF;
        assertTrue(blue > 100 && red < 90, "blue from the lead image: " + Integer.toHexString(rgb));
        String article = new String(files.get("OEBPS/article.xhtml"), StandardCharsets.UTF_8);
        assertTrue(article.contains("<figure class=\"lead\">"), article);
        assertTrue(article.contains("src=\"images/image-1.jpg\""), article);
    }

    @Test
    void withoutALeadImageTheCoverIsTypographic() throws IOException {
        BufferedImage img = cover(epub(EpubSamples.minimal()));
        int band = img.getRGB(800, 40);
        assertTrue((band >> 16 & 0xFF) > 120 && (band & 0xFF) < 80, "the accent band: " + Integer.toHexString(band));
        int dark = 0;
        for (int y = 500; y < 1400; y += 4) {
            for (int x = 130; x < 1470; x += 4) {
                if ((img.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 1000, "the title is drawn: " + dark + " dark samples");
    }

    @Test
    void theCoverIsMarkedAndDescribed() throws IOException {
        Map<String, byte[]> files = epub(EpubSamples.full());
        String opf = new String(files.get("OEBPS/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<item id=\"cover-image\" href=\"images/cover.jpg\" media-type=\"image/jpeg\""
                + " properties=\"cover-image\"/>"), opf);
        assertTrue(opf.contains("<itemref idref=\"cover\"/>"), opf);
        String page = new String(files.get("OEBPS/cover.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page.contains("role=\"doc-cover\""), page);
        assertTrue(page.contains("alt=\"Cover: Storm “Ingunn” batters the coast — boats safe, The Coastal Gazette,"
                + " 4 March 2024\""), page);
    }

    @Test
    @Tag("slow") // builds the example edition
    void theExampleWithItsCoverStaysUnder500KB() throws IOException {
        long size = Files.size(ExampleBuild.epub());
        assertTrue(size < 500 * 1024, "the example's EPUB is " + size + " bytes");
    }

    /**
     * A phone photo stored sideways (EXIF orientation 6) is on the cover upright, as in the
     * article: stored red on the left and blue on the right, it shows red above blue.
     */
    @Test
    void aSidewaysLeadPhotoIsUprightOnTheCover(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        var stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        var g = stored.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        io.pressrun.TestFiles.write(dir, "lead.jpg",
                io.pressrun.TestImages.withExifOrientation(io.pressrun.TestImages.jpeg(stored), 6, false));
        var source = io.pressrun.TestFiles.write(dir, "a.md", "---\ntitle: Sideways\nauthor: Jane Reporter\n"
                + "date: 2024-05-01\nimage:\n  src: lead.jpg\n  alt: Red over blue\n---\n\nBody.\n");
        BuildContext ctx = BuildContext.defaults();
        Article a = new io.pressrun.source.ArticleReader(ctx.templates(), ctx.limits()).read(source).article();
        BufferedImage img = cover(epub(a));
        // upright (200×400, red over blue) filling 1600×1440, cut evenly: red above y = 720, blue below
        assertTrue(redder(img.getRGB(1200, 300)), "top right is red: " + Integer.toHexString(img.getRGB(1200, 300)));
        assertTrue(!redder(img.getRGB(400, 1200)), "bottom left is blue: " + Integer.toHexString(img.getRGB(400, 1200)));
    }

    private static boolean redder(int rgb) {
        return (rgb >> 16 & 0xFF) > (rgb & 0xFF);
    }
}
