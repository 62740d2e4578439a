package io.pressrun.typeset;

/** No font of the theme, fallbacks included, can show a character. */
public final class MissingGlyphException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int codePoint;

    public MissingGlyphException(int codePoint, String context) {
        super(String.format("no font has a glyph for U+%04X '%s' (in \"%s\")",
                codePoint, new String(Character.toChars(codePoint)), context));
        this.codePoint = codePoint;
    }

    public int codePoint() {
        return codePoint;
    }
}
