package io.pressrun.typeset.font;

/**
 * Text set in one font face, size and colour, raised {@code rise} points above the baseline and
 * possibly {@code struck} through; the smallest thing that gets drawn. It is
 * shaped once, when made ({@link #shape}): {@code glyphs} are what the PDF shows and what
 * {@link #width} measures, so what is measured is what is painted. With {@code ligatures}, ff,
 * fi, fl, ffi and ffl are one glyph where the face has it (body serif text only: see
 * {@link FontSet#spans}). {@code scale} widens or narrows the glyphs (font expansion: 1.02 is
 * 2 % wider), and with them the span's width.
 */
public record Span(String text, FontFace face, float size, Colour colour, String href, boolean ligatures,
                   FontFace.Glyphs glyphs, float rise, boolean struck, float scale) {

    /** At its own width. */
    public Span(String text, FontFace face, float size, Colour colour, String href, boolean ligatures,
                FontFace.Glyphs glyphs, float rise, boolean struck) {
        this(text, face, size, colour, href, ligatures, glyphs, rise, struck, 1);
    }

    /** The span of {@code text} in {@code face}, shaped, on the baseline and not struck. */
    public static Span shape(String text, FontFace face, float size, Colour colour, String href, boolean ligatures) {
        return shape(text, face, size, colour, href, ligatures, 0, false);
    }

    /** The span of {@code text} in {@code face}, shaped left to right. */
    public static Span shape(String text, FontFace face, float size, Colour colour, String href, boolean ligatures,
                             float rise, boolean struck) {
        return shape(text, face, size, colour, href, ligatures, rise, struck, 0);
    }

    /** The span of {@code text} in {@code face}, shaped at bidi level {@code level} (odd: right to left). */
    public static Span shape(String text, FontFace face, float size, Colour colour, String href, boolean ligatures,
                             float rise, boolean struck, int level) {
        return new Span(text, face, size, colour, href, ligatures, face.shape(text, ligatures, level), rise,
                struck);
    }

    /** The same style and direction, other text (shaped anew), at its own width. */
    public Span withText(String other) {
        return shape(other, face, size, colour, href, ligatures, rise, struck, glyphs.level());
    }

    /** The bidi level the span was shaped at (odd: right to left). */
    public int level() {
        return glyphs.level();
    }

    /** The same glyphs, {@code factor} times as wide. */
    public Span scaled(float factor) {
        return new Span(text, face, size, colour, href, ligatures, glyphs, rise, struck, scale * factor);
    }

    /** The advance width in points, kerning and scale included. */
    public float width() {
        return glyphs.width(size) * scale;
    }
}
