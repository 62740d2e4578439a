package io.pressrun.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * A decoded picture read a row at a time as 8-bit channels: grey (1), RGB (3) or RGBA (4,
 * straight alpha). Grey samples are taken as stored: the JDK decodes grey JPEGs and PNGs into
 * a linear grey colour space their values are not in, and converting them would lighten them.
 * Everything else is read as sRGB, converted from an embedded colour profile where there is one.
 */
final class SourceRows {
    private final BufferedImage image;
    private final int channels;
    private final int greyBands;
    private final int greyBits;

    private SourceRows(BufferedImage image, int channels, int greyBands, int greyBits) {
        this.image = image;
        this.channels = channels;
        this.greyBands = greyBands;
        this.greyBits = greyBits;
    }

    static SourceRows of(BufferedImage image) {
        Raster raster = image.getRaster();
        boolean grey = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && image.getColorModel().getNumComponents() == raster.getNumBands()
                && raster.getNumBands() <= 2;
        if (grey) {
            int bands = raster.getNumBands();
            return new SourceRows(image, bands == 1 ? 1 : 4, bands, raster.getSampleModel().getSampleSize(0));
        }
        return new SourceRows(image, image.getColorModel().hasAlpha() ? 4 : 3, 0, 8);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    int channels() {
        return channels;
    }

    /** Row {@code y} into {@code into}: {@code width × channels} values from 0 to 255. */
    void read(int y, int[] into) {
        int w = image.getWidth();
        if (greyBands > 0) {
            Raster raster = image.getRaster();
            int max = (1 << greyBits) - 1;
            int[] grey = raster.getSamples(0, y, w, 1, 0, (int[]) null);
            int[] alpha = greyBands == 2 ? raster.getSamples(0, y, w, 1, 1, (int[]) null) : null;
            for (int x = 0; x < w; x++) {
                int g = eight(grey[x], max);
                if (alpha == null) {
                    into[x] = g;
                } else {
                    into[4 * x] = g;
                    into[4 * x + 1] = g;
                    into[4 * x + 2] = g;
                    into[4 * x + 3] = eight(alpha[x], max);
                }
            }
            return;
        }
        int[] argb = image.getRGB(0, y, w, 1, null, 0, w);
        for (int x = 0; x < w; x++) {
            int p = argb[x];
            int at = x * channels;
            into[at] = p >> 16 & 0xFF;
            into[at + 1] = p >> 8 & 0xFF;
            into[at + 2] = p & 0xFF;
            if (channels == 4) {
                into[at + 3] = p >>> 24;
            }
        }
    }

    private static int eight(int sample, int max) {
        return max == 255 ? sample : (int) ((sample * 255L + max / 2) / max);
    }
}
