package io.pressrun.typeset;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One loaded TrueType font used for measuring text. Not thread-safe: each typesetting run
 * loads its own faces.
 */
public final class FontFace {
    private final String name;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final float ascent;
    private final float descent;

    public FontFace(String name, TrueTypeFont font) {
        this.name = Objects.requireNonNull(name, "name");
        this.font = Objects.requireNonNull(font, "font");
        try {
            this.cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) {
                throw new IllegalStateException("font " + name + " has no Unicode character map");
            }
            this.unitsPerEm = font.getUnitsPerEm();
            this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
            this.descent = font.getHorizontalHeader().getDescender() / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    /** The font file's name, e.g. {@code CharisSIL-Regular.ttf}. */
    public String name() {
        return name;
    }

    public TrueTypeFont trueTypeFont() {
        return font;
    }

    public boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** The advance width of {@code text} at {@code size} points, without kerning. */
    public float width(String text, float size) {
        float units = 0;
        try {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                units += font.getAdvanceWidth(cmap.getGlyphId(cp));
                i += Character.charCount(cp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in font " + name, e);
        }
        return units / unitsPerEm * size;
    }

    /** Ascender as a fraction of the font size. */
    public float ascent() {
        return ascent;
    }

    /** Descender as a (negative) fraction of the font size. */
    public float descent() {
        return descent;
    }

    @Override
    public String toString() {
        return name;
    }
}
