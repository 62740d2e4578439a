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
    private final GposKerning kerning;

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
            this.kerning = GposKerning.of(name, font);
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

    /** The width of {@code text} at {@code size} points, kerned. */
    public float width(String text, float size) {
        return shape(text).width(size);
    }

    /** The sum of the glyphs' advance widths of {@code text} at {@code size} points, without kerning. */
    public float advanceWidth(String text, float size) {
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

    /** The glyphs that show {@code text}: one per character, kerned. */
    public Glyphs shape(String text) {
        int n = text.codePointCount(0, text.length());
        int[] gids = new int[n];
        int[] starts = new int[n + 1];
        int[] kerns = new int[n];
        int units = 0;
        try {
            int g = 0;
            for (int i = 0; i < text.length(); g++) {
                int cp = text.codePointAt(i);
                starts[g] = i;
                gids[g] = cmap.getGlyphId(cp);
                units += font.getAdvanceWidth(gids[g]);
                i += Character.charCount(cp);
            }
            starts[n] = text.length();
            for (int k = 0; k + 1 < n; k++) {
                kerns[k] = kerning.kern(gids[k], gids[k + 1]);
                units += kerns[k];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in font " + name, e);
        }
        return new Glyphs(gids, starts, kerns, units, unitsPerEm);
    }

    /** The font's pair kerning. */
    public GposKerning kerning() {
        return kerning;
    }

    public float unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * Glyphs for a text: glyph {@code i} shows characters {@code starts[i]} to
     * {@code starts[i + 1]} of it, and the next glyph is moved by {@code kerns[i]} font units.
     */
    public record Glyphs(int[] gids, int[] starts, int[] kerns, int units, float unitsPerEm) {
        public float width(float size) {
            return units / unitsPerEm * size;
        }

        public boolean isKerned() {
            for (int k : kerns) {
                if (k != 0) {
                    return true;
                }
            }
            return false;
        }
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
