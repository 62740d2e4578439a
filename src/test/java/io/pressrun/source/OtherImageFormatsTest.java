package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Image;
import io.pressrun.model.Orientation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GIF, TIFF and BMP pictures are read by the JDK and carried as PNGs with the same pixels (a
 * GIF's first picture), so both editions take them as they take a PNG; so is a lossless WebP,
 * and a lossy one becomes a JPEG.
 */
class OtherImageFormatsTest {
    @TempDir
    Path dir;

    /** Four colours in four quarters, one pixel of a fifth in a corner: easy to compare. */
    private static BufferedImage picture() {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        int[] colours = {0x1E3C78, 0xF0BE50, 0x2E8B57, 0xB22222};
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                img.setRGB(x, y, colours[(y < 15 ? 0 : 2) + (x < 20 ? 0 : 1)]);
            }
        }
        img.setRGB(39, 29, Color.WHITE.getRGB());
        return img;
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IllegalStateException("no " + format + " writer");
        }
        return out.toByteArray();
    }

    private Image read(String name, byte[] data) {
        TestFiles.write(dir, name, data);
        Path article = TestFiles.write(dir, "story.md", "---\ntitle: Formats\nauthor: Jane Reporter\n"
                + "date: 2024-05-01\nimage:\n  src: \"" + name + "\"\n  alt: four colours\n---\n\nText.\n");
        BuildContext ctx = BuildContext.defaults();
        Article a = new ArticleReader(ctx.templates(), ctx.limits()).read(article).article();
        return a.leadImage().orElseThrow();
    }

    @Test
    void gifTiffAndBmpBecomePngsWithTheSamePixels() throws IOException {
        BufferedImage original = picture();
        for (String format : new String[] {"gif", "tiff", "bmp"}) {
            Image image = read("lead." + format, encode(original, format));
            assertEquals("image/png", image.mediaType(), format);
            assertEquals("40x30", image.width() + "x" + image.height(), format);
            assertEquals(Orientation.NORMAL, image.orientation());
            byte[] data = image.data().toArray();
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(data, 4), format);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(data));
            for (int[] p : new int[][] {{0, 0}, {39, 0}, {0, 29}, {38, 29}, {39, 29}}) {
                assertEquals(original.getRGB(p[0], p[1]) & 0xFFFFFF, read.getRGB(p[0], p[1]) & 0xFFFFFF,
                        format + " at " + p[0] + "," + p[1]);
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = OtherImageFormatsTest.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The two WebP files are {@link #picture()} encoded by libwebp's cwebp, losslessly and at quality 90. */
    @Test
    void aLosslessWebPBecomesAPngWithTheSamePixelsALossyOneAJpeg() throws IOException {
        BufferedImage original = picture();
        Image lossless = read("lossless.webp", resource("quarters-lossless.webp"));
        assertEquals("image/png", lossless.mediaType());
        BufferedImage exact = ImageIO.read(new ByteArrayInputStream(lossless.data().toArray()));
        for (int[] p : new int[][] {{0, 0}, {39, 0}, {0, 29}, {38, 29}, {39, 29}}) {
            assertEquals(original.getRGB(p[0], p[1]) & 0xFFFFFF, exact.getRGB(p[0], p[1]) & 0xFFFFFF);
        }
        Image lossy = read("lossy.webp", resource("quarters-lossy.webp"));
        assertEquals("image/jpeg", lossy.mediaType(), "a photo stays lossy, as a JPEG");
        assertEquals("40x30", lossy.width() + "x" + lossy.height());
        BufferedImage near = ImageIO.read(new ByteArrayInputStream(lossy.data().toArray()));
        for (int[] p : new int[][] {{5, 5}, {34, 5}, {5, 24}, {30, 24}}) {
            int want = original.getRGB(p[0], p[1]);
            int got = near.getRGB(p[0], p[1]);
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = Math.abs(((want >> shift) & 0xFF) - ((got >> shift) & 0xFF));
                org.junit.jupiter.api.Assertions.assertTrue(d <= 24, "colour at " + p[0] + "," + p[1] + " off by " + d);
            }
        }
    }

    @Test
    void theSameGifGivesTheSameBytes() throws IOException {
        byte[] gif = encode(picture(), "gif");
        assertEquals(read("a.gif", gif).data(), read("b.gif", gif).data());
    }
}
