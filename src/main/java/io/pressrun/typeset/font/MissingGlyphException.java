package io.pressrun.typeset.font;

/** No font of the theme, fallbacks included, can show a character. */
public final class MissingGlyphException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int codePoint;

    public MissingGlyphException(int codePoint, String context) {
        super(String.format("no font has a glyph for U+%04X '%s' (in \"%s\")",
                codePoint, new String(Character.toChars(codePoint)), shorten(context)));
        this.codePoint = codePoint;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    public int codePoint() {
        return codePoint;
    }
}
