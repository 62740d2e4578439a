package io.pressrun.typeset.font;

import io.pressrun.style.Theme;

/**
 * A family's word space, as TeX's fontdimens give one per face: its width in em of the text's
 * size (0: the face's own space character), and how much of that width it may stretch and
 * shrink by on a justified line. From the theme's {@code word-space.<family>}.
 *
 * @param width   in em; 0 for the width of the face's own space
 * @param stretch the part of the width a space may stretch by
 * @param shrink  the part of the width a space may shrink by, at most all of it
 */
public record WordSpace(float width, float stretch, float shrink) {
    /** Where a family has no setting: the face's own space, stretching by a third, shrinking by two fifths. */
    public static final WordSpace DEFAULT = new WordSpace(0, 1f / 3, 0.4f);

    public WordSpace {
        if (!(width >= 0 && width <= 1 && stretch >= 0 && stretch <= 4 && shrink >= 0 && shrink <= 1)) {
            throw new IllegalArgumentException("width " + width + ", stretch " + stretch + ", shrink " + shrink);
        }
    }

    /** The family's word space from {@code word-space.<family>} ({@code width}, {@code stretch}, {@code shrink}). */
    static WordSpace of(Theme theme, String family) {
        String at = "word-space." + family;
        if (!theme.has(at)) {
            return DEFAULT;
        }
        float width = theme.has(at + ".width") ? theme.number(at + ".width") : 0;
        try {
            return new WordSpace(width, theme.number(at + ".stretch"), theme.number(at + ".shrink"));
        } catch (IllegalArgumentException e) {
            throw theme.problem(at, "'" + at + "' must give a width from 0 to 1 em (0: the face's own space), "
                    + "a stretch from 0 to 4 and a shrink from 0 to 1 (parts of the width), not " + e.getMessage(), e);
        }
    }

    /** The width in points of a space at {@code size} in {@code face}. */
    public float points(FontFace face, float size) {
        return width > 0 ? width * size : face.width(" ", size);
    }
}
