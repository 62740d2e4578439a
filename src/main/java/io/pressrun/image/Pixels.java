package io.pressrun.image;

import io.pressrun.model.Orientation;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** An 8-bit picture in memory: rows of pixels of 1 (grey), 3 (RGB) or 4 (RGBA) channels. */
record Pixels(int width, int height, int channels, byte[] data) {
    Pixels {
        if (data.length != width * height * channels) {
            throw new IllegalArgumentException("pixel data of " + data.length + " bytes for " + width + "x" + height
                    + "x" + channels);
        }
    }

    /** The picture turned as {@code o} says, so that it is seen upright. */
    Pixels turned(Orientation o) {
        if (o == Orientation.NORMAL) {
            return this;
        }
        int[] m = o.map();
        int w = o.swapsSides() ? height : width;
        int h = o.swapsSides() ? width : height;
        byte[] out = new byte[data.length];
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                int x = m[0] * i + m[1] * j + m[2] * (w - 1);
                int y = m[3] * i + m[4] * j + m[5] * (h - 1);
                System.arraycopy(data, (j * width + i) * channels, out, (y * w + x) * channels, channels);
            }
        }
        return new Pixels(w, h, channels, out);
    }

    /** As an image the JDK's encoders take: grey, RGB or ARGB. */
    BufferedImage toImage() {
        if (channels == 1) {
            var img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            byte[] grey = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
            System.arraycopy(data, 0, grey, 0, data.length);
            return img;
        }
        var img = new BufferedImage(width, height, channels == 4 ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int p = 0, at = 0; p < px.length; p++, at += channels) {
            int rgb = (data[at] & 0xFF) << 16 | (data[at + 1] & 0xFF) << 8 | data[at + 2] & 0xFF;
            px[p] = channels == 4 ? (data[at + 3] & 0xFF) << 24 | rgb : rgb;
        }
        return img;
    }
}
