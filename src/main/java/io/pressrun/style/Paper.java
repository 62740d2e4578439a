package io.pressrun.style;

import java.util.Locale;

/** Page sizes, in PostScript points. */
public enum Paper {
    A4(595.276f, 841.89f),
    LETTER(612f, 792f);

    public final float width;
    public final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** Parses {@code a4} or {@code letter}, any case. */
    public static Paper parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown paper '" + name + "': use a4 or letter");
        }
    }
}
