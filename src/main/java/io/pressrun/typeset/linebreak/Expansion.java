package io.pressrun.typeset.linebreak;

/**
 * Font expansion, as pdfTeX's (microtype's {@code expansion}): the glyphs of a justified line
 * may be set a little wider or narrower, all by the same amount, so that its spaces need to
 * stretch or shrink less. The line breaker counts the glyphs' widths times {@code stretch} and
 * {@code shrink} as extra stretchability and shrinkability of the line (as pdfTeX adds the
 * font stretch to a line's total); a set line's glyphs take its adjustment first, up to the
 * limit, in whole {@code step}s, and its spaces the rest (as pdfTeX's {@code hpack}). The PDF
 * draws the glyphs with horizontal scaling ({@code Tz}).
 *
 * @param stretch the most a glyph may widen, a share of its width (0.02: 2 %)
 * @param shrink  the most a glyph may narrow, a share of its width
 * @param step    expansion comes in multiples of this share (0.005: 0.5 %)
 */
public record Expansion(float stretch, float shrink, float step) {
    /** No expansion: glyphs keep their widths. */
    public static final Expansion NONE = new Expansion(0, 0, 1);
    /** The most a theme may ask for, either way: beyond it the letters look distorted. */
    public static final float LIMIT = 0.05f;

    public Expansion {
        if (!(stretch >= 0 && stretch <= LIMIT && shrink >= 0 && shrink <= LIMIT)) {
            throw new IllegalArgumentException("expansion limits must be between 0 and " + LIMIT + ": stretch "
                    + stretch + ", shrink " + shrink);
        }
        if (!(step > 0 && step <= 1)) {
            throw new IllegalArgumentException("expansion step must be above 0 and at most 1: " + step);
        }
    }

    public boolean isNone() {
        return stretch == 0 && shrink == 0;
    }

    /**
     * How much wider (positive) or narrower (negative), as a share of their width, the glyphs
     * of a line are set: {@code missing} points are missing from a line whose glyphs are
     * {@code glyphs} points wide (negative when it is too long). The glyphs take as much as
     * they may, rounded to the nearest step within the limits; 0 when nothing is missing.
     */
    public float of(float missing, float glyphs) {
        if (glyphs <= 0 || missing == 0) {
            return 0;
        }
        float wanted = Math.max(-shrink, Math.min(stretch, missing / glyphs));
        float steps = Math.round(wanted / step);
        float most = (float) Math.floor(stretch / step + 1e-4);
        float least = -(float) Math.floor(shrink / step + 1e-4);
        return Math.max(least, Math.min(most, steps)) * step;
    }
}
