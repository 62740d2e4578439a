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
 * GIF's first picture), so both editions take them as they take a PNG.
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

    @Test
    void theSameGifGivesTheSameBytes() throws IOException {
        byte[] gif = encode(picture(), "gif");
        assertEquals(read("a.gif", gif).data(), read("b.gif", gif).data());
    }
}
