package io.pressrun.image;

import io.pressrun.TestImages;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Orientation;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each edition's limit allows, and that a JPEG is never encoded again at more than its own quality. */
class EditionImagesTest {
    private static final EditionImages PREPARE = new EditionImages(new ImageLimits(1920, 300, 450, 0.9f));

    private static byte[] jpegAt(BufferedImage img, float quality) {
        return TestImages.jpeg(img, quality);
    }

    private static Image jpeg(byte[] data, int w, int h, Orientation o) {
        return new Image("p.jpg", Path.of("p.jpg"), "image/jpeg", w, h, o, Bytes.copyOf(data), "", "", "");
    }

    @Test
    void theQualityOfAJpegIsReadFromItsTables() throws IOException {
        BufferedImage img = TestImages.markedCorners(64, 48);
        for (float q : new float[] {0.3f, 0.5f, 0.75f, 0.9f}) {
            assertEquals(q, ImageCodec.decode(Bytes.copyOf(jpegAt(img, q)), "q").quality(), 0.01f);
        }
        assertEquals(1f, ImageCodec.decode(Bytes.copyOf(TestImages.png(img)), "png").quality());
    }

    @Test
    void aJpegIsEncodedAgainAtNoMoreThanItsOwnQuality() throws IOException {
        byte[] low = jpegAt(TestImages.markedCorners(2400, 1200), 0.6f);
        EditionImage e = PREPARE.forEpub(jpeg(low, 2400, 1200, Orientation.NORMAL));
        assertTrue(e.reencoded());
        assertEquals(0.6f, ImageCodec.decode(e.data(), "e").quality(), 0.01f);
        byte[] high = jpegAt(TestImages.markedCorners(2400, 1200), 0.98f);
        e = PREPARE.forEpub(jpeg(high, 2400, 1200, Orientation.NORMAL));
        assertEquals(0.9f, ImageCodec.decode(e.data(), "e").quality(), 0.01f, "the theme's quality at most");
    }

    @Test
    void thePdfLimitIsPixelsPerInchWherePlaced() throws IOException {
        byte[] data = jpegAt(TestImages.markedCorners(1000, 500), 0.8f);
        Image image = jpeg(data, 1000, 500, Orientation.NORMAL);
        // 72 × 36 points is 1 × 0.5 inch: 1000 pixels there is over 450 ppi, reduced to 300 × 150
        EditionImage small = PREPARE.forPdf(image, 72, 36);
        assertTrue(small.reencoded());
        assertEquals("300x150", small.width() + "x" + small.height());
        // 160 × 80 points is 2.22 inches wide: 1000 pixels is exactly 450 ppi, kept
        EditionImage atThreshold = PREPARE.forPdf(image, 160, 80);
        assertSame(image.data(), atThreshold.data());
        // a point narrower, 1000 pixels is over 450 ppi: reduced to 300 ppi, 662 × 331 pixels
        EditionImage over = PREPARE.forPdf(image, 159, 79.5f);
        assertEquals("662x331", over.width() + "x" + over.height());
        // 288 × 144 points is 4 × 2 inches: 1200 × 600 pixels would be needed, 1000 × 500 are kept
        EditionImage large = PREPARE.forPdf(image, 288, 144);
        assertFalse(large.reencoded());
        assertSame(image.data(), large.data());
    }

    @Test
    void thePdfKeepsATurnedJpegAndItsOrientationTheEpubTurnsIt() throws IOException {
        byte[] data = jpegAt(TestImages.markedCorners(300, 200), 0.8f);
        Image turned = jpeg(data, 200, 300, Orientation.ROTATE_90_CW);
        EditionImage pdf = PREPARE.forPdf(turned, 200, 300);
        assertFalse(pdf.reencoded());
        assertEquals(Orientation.ROTATE_90_CW, pdf.orientation());
        EditionImage epub = PREPARE.forEpub(turned);
        assertTrue(epub.reencoded());
        assertEquals(Orientation.NORMAL, epub.orientation());
        BufferedImage upright = TestImages.decode(epub.data().toArray());
        assertEquals("200x300", upright.getWidth() + "x" + upright.getHeight());
    }
}
