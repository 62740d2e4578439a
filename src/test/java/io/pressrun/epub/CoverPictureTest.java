package io.pressrun.epub;

import io.pressrun.SampleArticles;
import io.pressrun.TestImages;
import io.pressrun.model.Article;
import io.pressrun.model.Bytes;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lead picture scaled into the cover: a picture of three bytes a pixel is scaled by an
 * affine transform op straight into the canvas, any other is drawn scaled; both ways give the
 * same pixels, to within 1 of 255 in a channel.
 */
class CoverPictureTest {
    private static final int TOP = CoverImage.HEIGHT * 9 / 16;

    /**
     * A picture of smooth gradients (red across, green down) and a smooth wave in blue, which
     * changes by up to 25 levels from one pixel to the next: a copy placed or scaled half a pixel
     * wrong differs by far more than 1.
     */
    private static BufferedImage pattern(int type, int w, int h) {
        var img = new BufferedImage(w, h, type);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, new Color(x * 255 / w, y * 255 / h,
                        (int) Math.round(127.5 + 127.5 * Math.sin(x / 5.0 + y / 7.0))).getRGB());
            }
        }
        return img;
    }

    private static BufferedImage scaled(BufferedImage picture) {
        var canvas = new BufferedImage(CoverImage.WIDTH, CoverImage.HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = CoverImage.smoothGraphics(canvas);
        try {
            g.fillRect(0, 0, CoverImage.WIDTH, CoverImage.HEIGHT);
            CoverImage.drawCropped(g, canvas, picture, TOP);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The largest difference in a channel between the two canvases' pixels in rows {@code from} to {@code to}. */
    private static int largestDifference(BufferedImage a, BufferedImage b, int from, int to) {
        int largest = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    largest = Math.max(largest, Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)));
                }
            }
        }
        return largest;
    }

    private static BufferedImage as(int type, BufferedImage picture) {
        var copy = new BufferedImage(picture.getWidth(), picture.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        return copy;
    }

    @Test
    void aThreeBytePictureIsScaledAsADrawnOneIs() {
        for (int[] size : List.of(new int[] {1000, 700}, new int[] {1600, 900}, new int[] {3000, 900})) {
            BufferedImage bytes = pattern(BufferedImage.TYPE_3BYTE_BGR, size[0], size[1]);
            BufferedImage ints = as(BufferedImage.TYPE_INT_RGB, bytes);
            BufferedImage byOp = scaled(bytes);
            BufferedImage drawn = scaled(ints);
            int largest = largestDifference(byOp, drawn, 0, TOP);
            assertTrue(largest <= 1, size[0] + "x" + size[1] + ": the two ways differ by " + largest);
            assertEquals(0, largestDifference(byOp, drawn, TOP, CoverImage.HEIGHT), "under the picture, the canvas is untouched");
        }
    }

    /**
     * Which way each picture takes: a three-byte picture gives exactly the op's pixels, any other
     * exactly what drawing it scaled gives.
     */
    @Test
    void aThreeBytePictureIsScaledByTheOpAnyOtherIsDrawn() {
        // wider than the room (cut at the sides) and taller (cut at the top and the foot)
        for (int[] size : List.of(new int[] {1000, 700}, new int[] {1000, 1200})) {
            int pw = size[0];
            int ph = size[1];
            BufferedImage bytes = pattern(BufferedImage.TYPE_3BYTE_BGR, pw, ph);
            double scale = Math.max(CoverImage.WIDTH / (double) pw, TOP / (double) ph);
            int w = (int) Math.ceil(pw * scale);
            int h = (int) Math.ceil(ph * scale);
            var byOp = new BufferedImage(CoverImage.WIDTH, CoverImage.HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            new AffineTransformOp(new AffineTransform(w / (double) pw, 0, 0, h / (double) ph, (CoverImage.WIDTH - w) / 2,
                    (TOP - h) / 2), AffineTransformOp.TYPE_BILINEAR).filter(bytes,
                    byOp.getSubimage(0, 0, CoverImage.WIDTH, TOP));
            assertEquals(0, largestDifference(byOp, scaled(bytes), 0, TOP), pw + "x" + ph);

            BufferedImage ints = as(BufferedImage.TYPE_INT_RGB, bytes);
            var drawn = new BufferedImage(CoverImage.WIDTH, CoverImage.HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = CoverImage.smoothGraphics(drawn);
            g.setClip(0, 0, CoverImage.WIDTH, TOP);
            g.drawImage(ints, (CoverImage.WIDTH - w) / 2, (TOP - h) / 2, w, h, null);
            g.dispose();
            assertEquals(0, largestDifference(drawn, scaled(ints), 0, TOP), pw + "x" + ph);
        }
    }

    /** A picture drawn scaled is kept to its room, and what is drawn after it may go anywhere. */
    @Test
    void aDrawnPictureStaysInItsRoomAndLeavesTheRestOfTheCanvasOpen() {
        var canvas = new BufferedImage(CoverImage.WIDTH, CoverImage.HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = CoverImage.smoothGraphics(canvas);
        try {
            g.fillRect(0, 0, CoverImage.WIDTH, CoverImage.HEIGHT);
            CoverImage.drawCropped(g, canvas, pattern(BufferedImage.TYPE_INT_RGB, 600, 1200), TOP);
            assertEquals(Color.WHITE.getRGB(), canvas.getRGB(800, TOP + 5), "a tall picture is cut at its room's foot");
            g.setColor(Color.RED);
            g.fillRect(0, TOP + 100, CoverImage.WIDTH, 10);
        } finally {
            g.dispose();
        }
        assertEquals(Color.RED.getRGB(), canvas.getRGB(800, TOP + 105));
    }

    @Test
    void aPictureInPartOfALargerBufferIsScaledFromItsOwnPixels() {
        BufferedImage large = pattern(BufferedImage.TYPE_3BYTE_BGR, 2000, 1500);
        BufferedImage part = as(BufferedImage.TYPE_3BYTE_BGR, pattern(BufferedImage.TYPE_3BYTE_BGR, 900, 600));
        Graphics2D g = large.createGraphics();
        g.drawImage(part, 0, 0, null);
        g.dispose();
        assertEquals(0, largestDifference(scaled(part), scaled(large.getSubimage(0, 0, 900, 600)), 0, CoverImage.HEIGHT));
    }

    /**
     * Each thread decodes pictures into a buffer of its own, kept for the next: a small picture
     * decoded after a larger one fills part of that buffer, and its cover has the same bytes as
     * on a thread that never saw the larger one.
     */
    @Test
    void aCoverAfterALargerPictureHasTheSameBytes() throws Exception {
        Article a = SampleArticles.withBody("Ferry", List.of());
        Labels labels = Labels.forLanguage(Templates.bundled(), "en");
        var look = new CoverImage.Look(Color.BLACK, Color.RED, Color.GRAY);
        Bytes small = Bytes.copyOf(TestImages.png(pattern(BufferedImage.TYPE_INT_RGB, 800, 500)));
        Bytes larger = Bytes.copyOf(TestImages.png(pattern(BufferedImage.TYPE_INT_RGB, 1700, 1100)));
        ExecutorService fresh = Executors.newSingleThreadExecutor();
        ExecutorService used = Executors.newSingleThreadExecutor();
        try {
            byte[] alone = fresh.submit(() -> CoverImage.render(a, small, labels, look)).get();
            byte[] after = used.submit(() -> {
                CoverImage.render(a, larger, labels, look);
                return CoverImage.render(a, small, labels, look);
            }).get();
            assertArrayEquals(alone, after);
        } finally {
            fresh.shutdown();
            used.shutdown();
        }
    }
}
