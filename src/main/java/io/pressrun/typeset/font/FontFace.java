package io.pressrun.typeset.font;

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
    private final GsubLigatures ligatures;
    /** The shaping engine on this face's file, made when first needed; null when the face has none. */
    private final java.util.function.Supplier<ComplexShaping> complex;

    /** A face without a shaping engine: text that needs one ({@link ComplexShaping#needed}) is refused. */
    public FontFace(String name, TrueTypeFont font) {
        this(name, font, null);
    }

    /** @param complex gives the shaping engine on the same font file; null for none */
    public FontFace(String name, TrueTypeFont font, java.util.function.Supplier<ComplexShaping> complex) {
        this.complex = complex;
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
            this.ligatures = GsubLigatures.of(name, font);
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

    /** The characters the font's character map gives glyph {@code gid} for; null or empty when none. */
    public java.util.List<Integer> charCodes(int gid) {
        return cmap.getCharCodes(gid);
    }

    /** The glyph the font's character map gives {@code codePoint}; 0 (.notdef) when it has none. */
    public int glyphId(int codePoint) {
        return cmap.getGlyphId(codePoint);
    }

    /** The width of {@code text} at {@code size} points, kerned. */
    public float width(String text, float size) {
        return shape(text, false).width(size);
    }

    /** The width of {@code text} at {@code size} points, kerned, with standard ligatures when {@code ligatures}. */
    public float width(String text, float size, boolean ligatures) {
        return shape(text, ligatures).width(size);
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

    /** The letter sequences set as one glyph when standard ligatures are on. */
    private static final java.util.Set<String> STANDARD_LIGATURES = java.util.Set.of("ff", "fi", "fl", "ffi", "ffl");

    /**
     * The glyphs that show {@code text}, kerned: one per character, except that with
     * {@code ligatures} ff, fi, fl, ffi and ffl are one glyph where the font has it.
     */
    public Glyphs shape(String text, boolean ligatures) {
        return shape(text, ligatures, 0);
    }

    /**
     * The glyphs that show {@code text} at bidi level {@code level} (odd: right to left): through
     * the shaping engine where the text's script or direction needs it ({@link ComplexShaping}),
     * else as {@link #shape(String, boolean)}.
     *
     * @throws UnsetScriptException when the text needs a shaping engine and the face has none
     */
    public Glyphs shape(String text, boolean ligatures, int level) {
        if (ComplexShaping.needed(text, level)) {
            if (complex == null) {
                throw new UnsetScriptException("the font " + name + " cannot shape \"" + text + "\"");
            }
            return complex.get().shape(text, level, this::advance, unitsPerEm);
        }
        Glyphs own = shapeOwn(text, ligatures);
        return level == 0 ? own : new Glyphs(own.gids(), own.starts(), own.kerns(), own.ligature(), own.units(),
                unitsPerEm, level, null, null, null);
    }

    /** Pressrun's own shaping: one glyph per character, standard ligatures, pair kerning. */
    private Glyphs shapeOwn(String text, boolean ligatures) {
        int chars = text.codePointCount(0, text.length());
        int[] gids = new int[chars];
        int[] starts = new int[chars + 1];
        for (int i = 0, g = 0; i < text.length(); g++) {
            int cp = text.codePointAt(i);
            starts[g] = i;
            gids[g] = cmap.getGlyphId(cp);
            i += Character.charCount(cp);
        }
        starts[chars] = text.length();
        int n = chars;
        boolean[] joined = new boolean[chars];
        if (ligatures && !this.ligatures.isEmpty() && text.indexOf('f') >= 0) {
            int out = 0;
            for (int g = 0; g < chars; ) {
                int[] lig = text.charAt(starts[g]) == 'f' ? this.ligatures.ligature(gids, g, chars) : null;
                if (lig != null && STANDARD_LIGATURES.contains(text.substring(starts[g], starts[g + lig[1]]))) {
                    gids[out] = lig[0];
                    starts[out] = starts[g];
                    joined[out++] = true;
                    g += lig[1];
                } else {
                    gids[out] = gids[g];
                    starts[out++] = starts[g++];
                }
            }
            n = out;
            starts[n] = text.length();
            gids = java.util.Arrays.copyOf(gids, n);
            starts = java.util.Arrays.copyOf(starts, n + 1);
            joined = java.util.Arrays.copyOf(joined, n);
        }
        int[] kerns = new int[n];
        int units = 0;
        try {
            for (int g = 0; g < n; g++) {
                units += font.getAdvanceWidth(gids[g]);
                if (g + 1 < n) {
                    kerns[g] = kerning.kern(gids[g], gids[g + 1]);
                    units += kerns[g];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in font " + name, e);
        }
        return new Glyphs(gids, starts, kerns, joined, units, unitsPerEm);
    }

    /** The advance width of glyph {@code gid}, in font units. */
    public int advance(int gid) {
        try {
            return font.getAdvanceWidth(gid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure text in font " + name, e);
        }
    }

    /** The font's pair kerning. */
    public GposKerning kerning() {
        return kerning;
    }

    public float unitsPerEm() {
        return unitsPerEm;
    }

    /**
     * Glyphs for a text, in visual order: glyph {@code i} shows characters {@code starts[i]} to
     * {@code starts[i + 1]} of it, and the next glyph is moved by {@code kerns[i]} font units;
     * {@code ligature[i]} when the glyph is a ligature of several characters. Glyphs from the
     * shaping engine ({@link ComplexShaping}) have {@code texts}: what each glyph reads as (their
     * {@code starts} are then unused), {@code xs}: where each glyph is placed from the span's
     * start, in font units, and {@code dys}, when not null: how far each glyph is raised, in font
     * units. {@code level} is the text's bidi level (odd: right to left).
     */
    public record Glyphs(int[] gids, int[] starts, int[] kerns, boolean[] ligature, int units, float unitsPerEm,
                         int level, int[] xs, int[] dys, String[] texts) {
        /** Glyphs of Pressrun's own shaping: left to right, on the baseline. */
        public Glyphs(int[] gids, int[] starts, int[] kerns, boolean[] ligature, int units, float unitsPerEm) {
            this(gids, starts, kerns, ligature, units, unitsPerEm, 0, null, null, null);
        }

        /** Whether these glyphs are set right to left. */
        public boolean rtl() {
            return (level & 1) != 0;
        }

        /** How far glyph {@code i} is raised, in font units. */
        public int dy(int i) {
            return dys == null ? 0 : dys[i];
        }
        public float width(float size) {
            return units / unitsPerEm * size;
        }

        public boolean hasLigatures() {
            for (boolean l : ligature) {
                if (l) {
                    return true;
                }
            }
            return false;
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
