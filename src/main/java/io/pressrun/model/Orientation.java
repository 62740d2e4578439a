package io.pressrun.model;

/**
 * How a picture's stored pixels are turned to be seen upright: the EXIF orientation (TIFF tag
 * 274) a camera writes instead of turning the pixels, a phone's portrait photo being stored
 * sideways with {@link #ROTATE_90_CW}.
 *
 * <p>Each value maps a stored point (u, v), as fractions of the stored width and height from
 * the top left corner, to the upright point (x, y) = (a·u + b·v + c, d·u + e·v + f), also
 * from the top left; {@link #map} gives the six numbers, from which pixels are moved and a
 * placement matrix is made.
 */
public enum Orientation {
    /** 1: stored upright. */
    NORMAL(1, 1, 0, 0, 0, 1, 0),
    /** 2: mirrored left to right. */
    FLIP_HORIZONTAL(2, -1, 0, 1, 0, 1, 0),
    /** 3: upside down. */
    ROTATE_180(3, -1, 0, 1, 0, -1, 1),
    /** 4: mirrored top to bottom. */
    FLIP_VERTICAL(4, 1, 0, 0, 0, -1, 1),
    /** 5: mirrored along the diagonal from the top left. */
    TRANSPOSE(5, 0, 1, 0, 1, 0, 0),
    /** 6: to be turned a quarter clockwise (a phone held upright). */
    ROTATE_90_CW(6, 0, -1, 1, 1, 0, 0),
    /** 7: mirrored along the diagonal from the top right. */
    TRANSVERSE(7, 0, -1, 1, -1, 0, 1),
    /** 8: to be turned a quarter anticlockwise. */
    ROTATE_270_CW(8, 0, 1, 0, -1, 0, 1);

    private final int exif;
    private final int[] map;

    Orientation(int exif, int... map) {
        this.exif = exif;
        this.map = map;
    }

    /** The orientation an EXIF value stands for; anything but 1 to 8 counts as upright, as viewers take it. */
    public static Orientation ofExif(int value) {
        for (Orientation o : values()) {
            if (o.exif == value) {
                return o;
            }
        }
        return NORMAL;
    }

    public int exif() {
        return exif;
    }

    /** Whether the upright picture's width is the stored height (a quarter turn or a diagonal mirror). */
    public boolean swapsSides() {
        return map[0] == 0;
    }

    /** The six numbers a, b, c, d, e, f of the mapping (see the class comment), each -1, 0 or 1. */
    public int[] map() {
        return map.clone();
    }
}
