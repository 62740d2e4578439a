package io.pressrun.image;

import java.util.Arrays;

/**
 * Scales a picture down by area averaging: each new pixel is the mean of the old pixels it
 * covers, weighted by how much of each it covers (a box filter, the right filter for
 * reducing), first along rows and then down columns. Colour is averaged with alpha applied, so
 * transparent pixels lend a neighbour no colour. Plain float arithmetic in a fixed order: the
 * same picture gives the same pixels on every run. The picture is read one row at a time, so
 * only the small result is held whole.
 */
final class Resampler {
    private Resampler() {
    }

    static Pixels resample(SourceRows source, int width, int height) {
        if (width > source.width() || height > source.height() || width < 1 || height < 1) {
            throw new IllegalArgumentException("can only reduce " + source.width() + "x" + source.height()
                    + ", not to " + width + "x" + height);
        }
        int ch = source.channels();
        Weights across = new Weights(source.width(), width);
        Weights down = new Weights(source.height(), height);
        int[] in = new int[source.width() * ch];
        float[] row = new float[width * ch];
        float[] sum = new float[width * ch];
        byte[] out = new byte[width * height * ch];
        int rowRead = -1;
        for (int y = 0; y < height; y++) {
            Arrays.fill(sum, 0f);
            for (int k = 0; k < down.count[y]; k++) {
                int sy = down.first[y] + k;
                if (sy != rowRead) { // the row shared by two new rows is read once
                    source.read(sy, in);
                    across(in, ch, across, row);
                    rowRead = sy;
                }
                float w = down.weights[y][k];
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += w * row[i];
                }
            }
            store(sum, ch, out, y * width * ch);
        }
        return new Pixels(width, height, ch, out);
    }

    /** One row reduced along its length; with alpha, colour is multiplied by it. */
    private static void across(int[] in, int ch, Weights w, float[] out) {
        for (int x = 0; x < w.first.length; x++) {
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            for (int k = 0; k < w.count[x]; k++) {
                int at = (w.first[x] + k) * ch;
                float weight = w.weights[x][k];
                if (ch == 1) {
                    r += weight * in[at];
                } else if (ch == 3) {
                    r += weight * in[at];
                    g += weight * in[at + 1];
                    b += weight * in[at + 2];
                } else {
                    float alpha = in[at + 3] / 255f;
                    r += weight * in[at] * alpha;
                    g += weight * in[at + 1] * alpha;
                    b += weight * in[at + 2] * alpha;
                    a += weight * in[at + 3];
                }
            }
            int at = x * ch;
            out[at] = r;
            if (ch > 1) {
                out[at + 1] = g;
                out[at + 2] = b;
            }
            if (ch == 4) {
                out[at + 3] = a;
            }
        }
    }

    private static void store(float[] sum, int ch, byte[] out, int offset) {
        for (int at = 0; at < sum.length; at += ch) {
            if (ch == 4) {
                float a = sum[at + 3];
                float unmultiply = a > 0 ? 255f / a : 0f;
                for (int c = 0; c < 3; c++) {
                    out[offset + at + c] = eight(sum[at + c] * unmultiply);
                }
                out[offset + at + 3] = eight(a);
            } else {
                for (int c = 0; c < ch; c++) {
                    out[offset + at + c] = eight(sum[at + c]);
                }
            }
        }
    }

    private static byte eight(float v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** For each new pixel along one axis: the first old pixel it covers, how many, and the share of each. */
    private static final class Weights {
        final int[] first;
        final int[] count;
        final float[][] weights;

        Weights(int from, int to) {
            first = new int[to];
            count = new int[to];
            weights = new float[to][];
            double scale = from / (double) to;
            for (int i = 0; i < to; i++) {
                double lo = i * scale;
                double hi = Math.min(from, (i + 1) * scale);
                int a = (int) Math.floor(lo);
                int b = Math.min(from, (int) Math.ceil(hi - 1e-9));
                first[i] = a;
                count[i] = Math.max(1, b - a);
                weights[i] = new float[count[i]];
                for (int k = 0; k < count[i]; k++) {
                    double cover = Math.min(a + k + 1, hi) - Math.max(a + k, lo);
                    weights[i][k] = (float) (Math.max(0, cover) / (hi - lo));
                }
            }
        }
    }
}
