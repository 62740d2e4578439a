package io.pressrun.typeset.font;

/**
 * Text set in one font face, size and colour; the smallest thing that gets drawn. It is
 * shaped once, when made ({@link #shape}): {@code glyphs} are what the PDF shows and what
 * {@link #width} measures, so what is measured is what is painted. With {@code ligatures}, ff,
 * fi, fl, ffi and ffl are one glyph where the face has it (body serif text only: see
 * {@link FontSet#spans}).
 */
public record Span(String text, FontFace face, float size, Colour colour, String href, boolean ligatures,
                   FontFace.Glyphs glyphs) {

    /** The span of {@code text} in {@code face}, shaped. */
    public static Span shape(String text, FontFace face, float size, Colour colour, String href, boolean ligatures) {
        return new Span(text, face, size, colour, href, ligatures, face.shape(text, ligatures));
    }

    /** The same style, other text (shaped anew). */
    public Span withText(String other) {
        return shape(other, face, size, colour, href, ligatures);
    }

    /** The advance width in points, kerning included. */
    public float width() {
        return glyphs.width(size);
    }
}
