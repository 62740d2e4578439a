package io.pressrun.image;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Area averaging, worked out by hand on small pictures. */
class ResamplerTest {

    private static SourceRows grey(int... values) {
        var img = new BufferedImage(values.length, 1, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSamples(0, 0, values.length, 1, 0, values);
        return SourceRows.of(img);
    }

    private static int[] unsigned(byte[] b) {
        int[] out = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i] & 0xFF;
        }
        return out;
    }

    @Test
    void halvingAveragesPairs() {
        Pixels p = Resampler.resample(grey(0, 100, 200, 255), 2, 1);
        assertEquals(1, p.channels(), "grey stays grey");
        assertArrayEquals(new int[] {50, 228}, unsigned(p.data())); // 227.5 rounds up
    }

    @Test
    void aPixelSplitBetweenTwoCountsHalfInEach() {
        // three to two: the middle pixel is half in each new one, each new one 1.5 old pixels wide
        Pixels p = Resampler.resample(grey(0, 90, 180), 2, 1);
        assertArrayEquals(new int[] {30, 150}, unsigned(p.data()));
    }

    @Test
    void sameSizeIsACopy() {
        Pixels p = Resampler.resample(grey(3, 1, 4, 1, 5), 5, 1);
        assertArrayEquals(new int[] {3, 1, 4, 1, 5}, unsigned(p.data()));
    }

    @Test
    void transparentPixelsLendNoColour() {
        var img = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, 0xFFFF0000); // opaque red
        img.setRGB(1, 0, 0x0000FF00); // transparent green
        Pixels p = Resampler.resample(SourceRows.of(img), 1, 1);
        assertEquals(4, p.channels());
        assertArrayEquals(new int[] {255, 0, 0, 128}, unsigned(p.data()), "red, half covered");
    }

    @Test
    void rowsAndColumnsBoth() {
        var img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                img.setRGB(x, y, x < 2 && y < 2 ? 0xFFFFFF : 0x000000);
            }
        }
        Pixels p = Resampler.resample(SourceRows.of(img), 2, 2);
        assertArrayEquals(new int[] {255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0}, unsigned(p.data()));
        p = Resampler.resample(SourceRows.of(img), 1, 1);
        assertArrayEquals(new int[] {64, 64, 64}, unsigned(p.data())); // a quarter of 255
    }

    @Test
    void neverEnlarges() {
        assertThrows(IllegalArgumentException.class, () -> Resampler.resample(grey(1, 2), 3, 1));
    }
}
