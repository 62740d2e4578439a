package io.pressrun.typeset;

/**
 * Text set in one font face, size and colour; the smallest thing that gets drawn. With
 * {@code ligatures}, ff, fi, fl, ffi and ffl are set as one glyph where the face has it (body
 * serif text only: see {@link FontSet#spans}); {@code width} is measured the same way.
 */
public record Span(String text, FontFace face, float size, Colour colour, String href, float width,
                   boolean ligatures) {
    public Span(String text, FontFace face, float size, Colour colour, String href, float width) {
        this(text, face, size, colour, href, width, false);
    }

    /** The glyphs the span is drawn with, as measured. */
    public FontFace.Glyphs glyphs() {
        return face.shape(text, ligatures);
    }
}
