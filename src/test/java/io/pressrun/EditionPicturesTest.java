package io.pressrun;

import io.pressrun.model.Image;
import io.pressrun.model.Orientation;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.pressrun.TestImages.BACKGROUND;
import static io.pressrun.TestImages.TOP_LEFT;
import static io.pressrun.TestImages.TOP_RIGHT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pictures read back from both editions: seen upright whatever their EXIF orientation, no
 * larger than each edition needs (EPUB: 1920 pixels on the longer side; PDF: 300 pixels per
 * inch where placed), with their colours and transparency, and byte for byte when nothing had
 * to change.
 */
class EditionPicturesTest {
    private static final int TOLERANCE = 40; // JPEG encodes colours near hard edges loosely

    private static String front(String leadImage) {
        return """
                ---
                title: "Pictures"
                author: Jane Reporter
                date: 2024-05-01
                """ + (leadImage == null ? "" : "image:\n  src: " + leadImage + "\n  alt: \"The lead\"\n") + "---\n\nText.\n\n";
    }

    /** Which corner of the upright picture each marked corner of the stored one ends in, for EXIF 1 to 8. */
    private static final String[][] CORNERS = {
        {"top-left", "top-right"},      // 1 as stored
        {"top-right", "top-left"},      // 2 mirrored left to right
        {"bottom-right", "bottom-left"}, // 3 upside down
        {"bottom-left", "bottom-right"}, // 4 mirrored top to bottom
        {"top-left", "bottom-left"},    // 5 mirrored along the diagonal from the top left
        {"top-right", "bottom-right"},  // 6 a quarter turn clockwise
        {"bottom-right", "top-right"},  // 7 mirrored along the other diagonal
        {"bottom-left", "top-left"},    // 8 a quarter turn anticlockwise
    };

    @Test
    void everyExifOrientationIsSeenUprightInBothEditions(@TempDir Path dir) throws IOException {
        byte[] stored = TestImages.jpeg(TestImages.markedCorners(150, 100));
        Map<String, byte[]> files = new LinkedHashMap<>();
        var source = new StringBuilder(front(null));
        for (int o = 1; o <= 8; o++) {
            files.put("o" + o + ".jpg", TestImages.withExifOrientation(stored, o, o % 2 == 0));
            source.append("![Orientation ").append(o).append("](o").append(o).append(".jpg)\n\n");
        }
        SourceEditions built = SourceEditions.build(dir, source.toString(), files);

        Map<String, byte[]> epubImages = epubImagesByAlt(built);
        TypesetDocument layout = SourceEditions.editions().layout(built.article());
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            var renderer = new PDFRenderer(pdf);
            for (int o = 1; o <= 8; o++) {
                String alt = "Orientation " + o;
                boolean turned = Orientation.ofExif(o).swapsSides();
                int w = turned ? 100 : 150;
                int h = turned ? 150 : 100;
                Image image = imageWithAlt(built, alt);
                assertEquals(w + "x" + h, image.width() + "x" + image.height(), alt + ": the upright size in the model");

                BufferedImage epub = TestImages.decode(epubImages.get(alt));
                assertEquals(w + "x" + h, epub.getWidth() + "x" + epub.getHeight(), alt + ": EPUB pixels upright");
                assertCorners(alt + " in the EPUB", o, epub, 0, 0, w, h);
                if (o == 1) {
                    assertArrayEquals(files.get("o1.jpg"), epubImages.get(alt), "an upright JPEG is kept byte for byte");
                }

                Placed.Picture placed = picture(layout, alt);
                float scale = 2;
                BufferedImage page = renderer.renderImage(pageOf(layout, placed) - 1, scale);
                float top = layout.pageHeight() - placed.y() - placed.height();
                assertCorners(alt + " in the PDF", o, page, placed.x() * scale, top * scale,
                        placed.width() * scale, placed.height() * scale);
                assertEquals(w / (float) h, placed.width() / placed.height(), 0.01, alt + ": placed upright");
            }
            VeraPdfOracle.Result conformance = VeraPdfOracle.check(built.pdf(), "turned pictures");
            assertTrue(conformance.compliant(), conformance::describe);
            // the PDF places each JPEG as it is and turns it where it is placed
            List<byte[]> embedded = rawImageStreams(pdf);
            assertEquals(8, embedded.size());
            for (int o = 1; o <= 8; o++) {
                byte[] original = files.get("o" + o + ".jpg");
                assertTrue(embedded.stream().anyMatch(e -> Arrays.equals(e, original)), "o" + o + ".jpg unchanged in the PDF");
            }
        }
    }

    /** The JDK reads the pixels, not the metadata, of a JPEG whose EXIF segment comes before its JFIF one. */
    @Test
    void anExifSegmentBeforeTheJfifOneIsReadToo(@TempDir Path dir) throws IOException {
        byte[] odd = TestImages.withExifBeforeJfif(TestImages.jpeg(TestImages.markedCorners(3000, 2000)), 6, false);
        SourceEditions built = SourceEditions.build(dir, front("odd.jpg"), Map.of("odd.jpg", odd));
        BufferedImage epub = TestImages.decode(epubImagesByAlt(built).get("The lead"));
        assertEquals("1280x1920", epub.getWidth() + "x" + epub.getHeight());
        assertCorners("the EPUB's lead", 6, epub, 0, 0, 1280, 1920);
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            PDImageXObject x = onlyImage(pdf);
            assertEquals(x.getWidth() / (float) x.getHeight(), 2 / 3f, 0.01, "reduced and turned upright");
            assertCorners("the PDF's lead", 6, x.getImage(), 0, 0, x.getWidth(), x.getHeight());
        }
    }

    /** The marked squares where the orientation puts them, the other corners background, in the box at (x, y). */
    private static void assertCorners(String what, int o, BufferedImage img, float x, float y, float w, float h) {
        float inset = Math.min(w, h) / 10; // the middle of a marker square
        Map<String, Color> expected = new LinkedHashMap<>();
        for (String corner : List.of("top-left", "top-right", "bottom-left", "bottom-right")) {
            expected.put(corner, BACKGROUND);
        }
        expected.put(CORNERS[o - 1][0], TOP_LEFT);
        expected.put(CORNERS[o - 1][1], TOP_RIGHT);
        expected.forEach((corner, colour) -> {
            int px = Math.round(corner.endsWith("left") ? x + inset : x + w - inset);
            int py = Math.round(corner.startsWith("top") ? y + inset : y + h - inset);
            int rgb = img.getRGB(px, py);
            assertTrue(TestImages.near(rgb, colour, TOLERANCE),
                    () -> what + ": " + corner + " is " + TestImages.describe(rgb) + ", expected " + colour);
        });
    }

    @Test
    void aLargeJpegIsReducedForEachEditionAndKeepsItsColours(@TempDir Path dir) throws IOException {
        byte[] big = TestImages.jpeg(TestImages.markedCorners(4000, 3000));
        SourceEditions built = SourceEditions.build(dir.resolve("one/pictures"), front("big.jpg"), Map.of("big.jpg", big));

        byte[] epubImage = epubImagesByAlt(built).get("The lead");
        BufferedImage epub = TestImages.decode(epubImage);
        assertEquals("1920x1440", epub.getWidth() + "x" + epub.getHeight(), "the EPUB's longer side is 1920");
        assertEquals(0xFF, epubImage[0] & 0xFF, "still a JPEG");
        assertEquals(0xD8, epubImage[1] & 0xFF, "still a JPEG");
        assertTrue(epubImage.length < big.length / 2, epubImage.length + " bytes from " + big.length);
        assertTrue(built.articleXhtml().contains("width=\"1920\" height=\"1440\""), "the XHTML gives the new size");
        assertCorners("the EPUB's lead", 1, epub, 0, 0, 1920, 1440);

        TypesetDocument layout = SourceEditions.editions().layout(built.article());
        Placed.Picture placed = picture(layout, "The lead");
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            PDImageXObject x = onlyImage(pdf);
            assertEquals(COSName.DCT_DECODE, x.getCOSObject().getFilters(), "still a JPEG");
            float ppi = x.getWidth() / (placed.width() / 72);
            assertTrue(ppi <= 300.01f, "at most 300 pixels per inch, not " + ppi);
            assertTrue(ppi > 299, "no more reduced than needed: " + ppi);
            assertEquals(placed.width() / placed.height(), x.getWidth() / (float) x.getHeight(), 0.01);
            assertCorners("the PDF's lead", 1, x.getImage(), 0, 0, x.getWidth(), x.getHeight());
            assertTrue(raw(x).length < big.length, "smaller than the source");
        }

        // the folder names the article (its slug): the same name in another place
        SourceEditions again = SourceEditions.build(dir.resolve("two/pictures"), front("big.jpg"), Map.of("big.jpg", big));
        assertArrayEquals(built.epub(), again.epub(), "the same EPUB bytes every run");
        assertArrayEquals(built.pdf(), again.pdf(), "the same PDF bytes every run");
    }

    @Test
    void aLargePngKeepsItsTransparency(@TempDir Path dir) throws IOException {
        var img = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 1600; y++) {
            for (int x = 0; x < 1200; x++) {
                img.setRGB(x, y, 0xFFE08020); // the left half opaque orange, the right half transparent
            }
        }
        SourceEditions built = SourceEditions.build(dir, front("clear.png"), Map.of("clear.png", TestImages.png(img)));

        byte[] epubImage = epubImagesByAlt(built).get("The lead");
        BufferedImage epub = TestImages.decode(epubImage);
        assertEquals("1920x1280", epub.getWidth() + "x" + epub.getHeight());
        assertEquals('P', epubImage[1], "still a PNG");
        assertEquals(0xFFE08020, epub.getRGB(100, 640), "opaque orange kept exactly");
        assertEquals(0, epub.getRGB(1800, 640) >>> 24, "transparent kept");

        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            PDImageXObject x = onlyImage(pdf);
            assertEquals(1500, x.getWidth(), "300 pixels per inch over 5 inches");
            assertNotNull(x.getSoftMask(), "transparency kept as a soft mask");
        }
    }

    @Test
    void aGifWithATransparentColourReachesBothEditionsAsAPng(@TempDir Path dir) throws IOException {
        // a palette GIF: the left half orange, the right half the palette's transparent colour
        var palette = new java.awt.image.IndexColorModel(8, 2, new byte[] {(byte) 0xE0, 0}, new byte[] {(byte) 0x80, 0},
                new byte[] {0x20, 0}, 1);
        var img = new BufferedImage(600, 400, BufferedImage.TYPE_BYTE_INDEXED, palette);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 300; x++) {
                img.getRaster().setSample(x, y, 0, 0);
            }
            for (int x = 300; x < 600; x++) {
                img.getRaster().setSample(x, y, 0, 1);
            }
        }
        var gif = new java.io.ByteArrayOutputStream();
        assertTrue(javax.imageio.ImageIO.write(img, "gif", gif));
        SourceEditions built = SourceEditions.build(dir, front("clear.gif"), Map.of("clear.gif", gif.toByteArray()));

        byte[] epubImage = epubImagesByAlt(built).get("The lead");
        assertEquals('P', epubImage[1], "a PNG");
        BufferedImage epub = TestImages.decode(epubImage);
        assertEquals(0xFFE08020, epub.getRGB(100, 200), "opaque orange kept exactly");
        assertEquals(0, epub.getRGB(500, 200) >>> 24, "transparent kept");
        EpubOracles.assertValid(java.nio.file.Files.write(dir.resolve("gif.epub"), built.epub()), "a GIF lead picture");
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            PDImageXObject x = onlyImage(pdf);
            assertEquals(600, x.getWidth());
            BufferedImage drawn = x.getImage();
            assertEquals(0xE08020, drawn.getRGB(100, 200) & 0xFFFFFF, "orange in the PDF");
            assertTrue(x.getSoftMask() != null || x.getCOSObject().containsKey(COSName.MASK), "transparency kept");
        }
        VeraPdfOracle.Result conformance = VeraPdfOracle.check(built.pdf(), "a GIF lead picture");
        assertTrue(conformance.compliant(), conformance::describe);
    }

    @Test
    void aLargeGreyJpegStaysGrey(@TempDir Path dir) {
        var img = new BufferedImage(2400, 1800, BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(0, 0, 2400, 1800);
        g.dispose();
        SourceEditions built = SourceEditions.build(dir, front("grey.jpg"), Map.of("grey.jpg", TestImages.jpeg(img)));
        BufferedImage epub = TestImages.decode(epubImagesByAlt(built).get("The lead"));
        assertEquals(1920, epub.getWidth());
        assertEquals(1, epub.getColorModel().getNumComponents(), "one channel");
        int grey = epub.getRaster().getSample(960, 720, 0);
        assertTrue(Math.abs(grey - 90) <= 2, "the grey as it was, not " + grey);
    }

    @Test
    void anUprightJpegWithinTheLimitsIsKeptByteForByteInBoth(@TempDir Path dir) throws IOException {
        byte[] photo = TestImages.jpeg(TestImages.markedCorners(1200, 800));
        SourceEditions built = SourceEditions.build(dir, front("photo.jpg"), Map.of("photo.jpg", photo));
        assertArrayEquals(photo, epubImagesByAlt(built).get("The lead"));
        try (PDDocument pdf = Loader.loadPDF(built.pdf())) {
            assertArrayEquals(photo, raw(onlyImage(pdf)));
        }
    }

    private static Image imageWithAlt(SourceEditions built, String alt) {
        return built.article().images().stream().filter(i -> i.alt().equals(alt)).findFirst().orElseThrow();
    }

    /** Each image file of the EPUB by the alt text of the figure showing it. */
    private static Map<String, byte[]> epubImagesByAlt(SourceEditions built) {
        Map<String, byte[]> entries = built.epubEntries();
        Map<String, byte[]> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\" alt=\"([^\"]*)\"").matcher(built.articleXhtml());
        while (m.find()) {
            out.put(m.group(2), entries.get("OEBPS/" + m.group(1)));
        }
        return out;
    }

    private static Placed.Picture picture(TypesetDocument layout, String alt) {
        for (TypesetDocument.Page page : layout.pages()) {
            for (Placed p : page.items()) {
                if (p instanceof Placed.Picture pic && pic.image().alt().equals(alt)) {
                    return pic;
                }
            }
        }
        throw new AssertionError("no picture " + alt);
    }

    private static int pageOf(TypesetDocument layout, Placed.Picture picture) {
        return layout.pages().stream().filter(p -> p.items().contains(picture)).findFirst().orElseThrow().number();
    }

    private static List<byte[]> rawImageStreams(PDDocument pdf) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof PDImageXObject x) {
                    out.add(raw(x));
                }
            }
        }
        return out;
    }

    private static PDImageXObject onlyImage(PDDocument pdf) throws IOException {
        PDResources res = pdf.getPage(0).getResources();
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDImageXObject x) {
                return x;
            }
        }
        throw new AssertionError("no image on the first page");
    }

    private static byte[] raw(PDImageXObject x) throws IOException {
        try (InputStream in = x.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
