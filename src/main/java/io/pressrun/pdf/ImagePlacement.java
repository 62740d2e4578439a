package io.pressrun.pdf;

import io.pressrun.model.Orientation;

/**
 * The matrix that places an image upright in a box on the page. An image is drawn into the unit
 * square, its first stored row at the top; the matrix maps that square onto the box (lower left
 * corner x, y; w by h points) and turns or mirrors it as its orientation says, so a JPEG
 * stored sideways is placed as it is and still seen upright.
 */
final class ImagePlacement {
    private ImagePlacement() {
    }

    /**
     * The matrix (a, b, c, d, e, f) of the {@code cm} operator. The orientation maps a stored
     * point (u, v) to the upright point (s, t), all fractions from the top left corner (see
     * {@link Orientation}); the image space point (p, q) is the stored (u, v) = (p, 1 − q); and
     * the upright (s, t) belongs at (x + w·s, y + h·(1 − t)) on the page. Writing s and t out in
     * p and q gives the six numbers.
     */
    static float[] matrix(Orientation o, float x, float y, float w, float h) {
        int[] m = o.map();
        return new float[] {
            w * m[0], -h * m[3], -w * m[1], h * m[4],
            x + w * (m[1] + m[2]), y + h * (1 - m[4] - m[5]),
        };
    }
}
