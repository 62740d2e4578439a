package io.pressrun.typeset.font;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.util.EnumSet;
import java.util.Set;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * OpenType shaping of the scripts whose letters change with their neighbours (Arabic joining,
 * Indic conjuncts and vowel reordering, Thai and Hebrew marks, right-to-left text), through the
 * shaping engine built into the JDK (HarfBuzz, behind {@link Font#layoutGlyphVector}), run on
 * the same font file the PDF embeds: the glyph codes it returns are the file's glyph IDs, and
 * the positions, in font units, become the span's advances, kerning and vertical offsets.
 * Latin, Greek and Cyrillic keep Pressrun's own shaping ({@link FontFace#shape(String, boolean)}).
 * <p>
 * Each glyph is given the text it reads as, so that the glyphs read as the source: a cluster of
 * several glyphs (a reordered Devanagari vowel sign, a conjunct) gives its characters to its
 * glyphs in order, the last taking the rest and any glyph beyond the characters reading as
 * nothing (""). Right-to-left glyphs come in visual order, each with its characters in logical
 * order, as text extraction reverses right-to-left text glyph by glyph.
 */
public final class ComplexShaping {
    /** Scripts set through the shaping engine in either direction. */
    private static final Set<Character.UnicodeScript> SHAPED = EnumSet.of(
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO, Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN);
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);

    private final Font font;

    /** @param font the face's file as an AWT font at a size of one em in font units */
    ComplexShaping(Font font) {
        this.font = font;
    }

    /** Whether {@code text} needs the shaping engine when set at bidi level {@code level}. */
    public static boolean needed(String text, int level) {
        if ((level & 1) != 0) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (shapedScript(cp)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character belongs to a script the shaping engine sets. */
    public static boolean shapedScript(int codePoint) {
        return SHAPED.contains(Character.UnicodeScript.of(codePoint));
    }

    /**
     * The shaped glyphs of {@code text}, in visual order (left to right on the page).
     *
     * @param level the bidi level: odd for right-to-left
     * @param advances the font's advance width of each glyph ID, in font units
     */
    FontFace.Glyphs shape(String text, int level, java.util.function.IntUnaryOperator advances, float unitsPerEm) {
        char[] chars = text.toCharArray();
        boolean rtl = (level & 1) != 0;
        GlyphVector gv = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = gv.getNumGlyphs();
        int[] kept = new int[count]; // the engine's invisible glyphs (codes 0xFFFE, 0xFFFF) are left out
        int n = 0;
        for (int i = 0; i < count; i++) {
            int code = gv.getGlyphCode(i);
            if (code == 0) {
                int cp = text.codePointAt(gv.getGlyphCharIndex(i));
                throw new MissingGlyphException(cp, text);
            }
            if (code < 0xFFFE) {
                kept[n++] = i;
            }
        }
        int[] gids = new int[n];
        int[] kerns = new int[n];
        int[] dys = new int[n];
        int[] clusters = new int[n];
        float[] xs = new float[n + 1];
        boolean raised = false;
        for (int i = 0; i <= n; i++) {
            int g = i < n ? kept[i] : count;
            Point2D p = gv.getGlyphPosition(g);
            xs[i] = (float) p.getX();
            if (i < n) {
                gids[i] = gv.getGlyphCode(g);
                clusters[i] = gv.getGlyphCharIndex(g);
                dys[i] = Math.round((float) -p.getY()); // AWT's y grows downwards
                raised |= dys[i] != 0;
            }
        }
        int units = Math.round(xs[n]);
        for (int i = 0; i < n; i++) {
            kerns[i] = i + 1 < n ? Math.round(xs[i + 1]) - Math.round(xs[i]) - advances.applyAsInt(gids[i]) : 0;
        }
        int[] starts = new int[n + 1]; // unused: each glyph's text is in texts
        starts[n] = text.length();
        int[] places = new int[n];
        for (int i = 0; i < n; i++) {
            places[i] = Math.round(xs[i]);
        }
        return new FontFace.Glyphs(gids, starts, kerns, new boolean[n], units, unitsPerEm, level, places,
                raised ? dys : null, texts(text, clusters, marks(xs, dys), rtl));
    }

    /** Which glyphs are marks placed on a letter: raised or lowered off the baseline, or taking no room. */
    private static boolean[] marks(float[] xs, int[] dys) {
        boolean[] marks = new boolean[dys.length];
        for (int i = 0; i < dys.length; i++) {
            marks[i] = dys[i] != 0 || Math.round(xs[i + 1]) == Math.round(xs[i]);
        }
        return marks;
    }

    /**
     * The text each glyph reads as (see the class comment). A mark placed on its letter reads as
     * nothing (""), its letter's glyph reading as both, in left-to-right text, and in a cluster
     * with its letter: text extraction reads a glyph off the baseline as a line of its own, and
     * one drawn back over its letter as the start of a word (the PDF painter draws such glyphs
     * after the others).
     */
    static String[] texts(String text, int[] clusters, boolean[] marks, boolean rtl) {
        int n = clusters.length;
        String[] out = new String[n];
        TreeSet<Integer> starts = new TreeSet<>();
        for (int c : clusters) {
            starts.add(c);
        }
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && clusters[j] == clusters[i]) {
                j++;
            }
            assert j > i : "a cluster has a glyph";
            Integer next = starts.higher(clusters[i]);
            String cluster = text.substring(clusters[i], next == null ? text.length() : next);
            if (rtl) {
                rightToLeft(cluster, i, j, marks, out);
                i = j;
                continue;
            }
            int[] cps = cluster.codePoints().toArray();
            int carriers = 0; // the glyphs that are not marks, which carry the cluster's text
            for (int g = i; g < j; g++) {
                carriers += marks[g] ? 0 : 1;
            }
            int k = 0;
            for (int g = i; g < j; g++) {
                if (carriers > 0 && marks[g]) {
                    out[g] = "";
                    continue;
                }
                int count = carriers > 0 ? carriers : j - i;
                int from = Math.min(k, cps.length);
                int to = k == count - 1 ? cps.length : Math.min(k + 1, cps.length);
                out[g] = new String(cps, from, to - from);
                k++;
            }
            i = j;
        }
        // left to right, a mark in a cluster of its own reads with the letter before it
        for (int g = 0; g < n && !rtl; g++) {
            int base = g - 1;
            while (base >= 0 && marks[base]) {
                base--;
            }
            if (marks[g] && !out[g].isEmpty() && base >= 0 && !out[base].isEmpty()) {
                out[base] = out[base] + out[g];
                out[g] = "";
            }
        }
        return out;
    }

    /**
     * The texts of a right-to-left cluster, glyphs {@code from} to {@code to} in visual order:
     * every glyph keeps characters of its own where it can, a letter its letter and a mark its
     * mark (the cluster decomposed when it has more glyphs than characters: alef with madda above
     * as alef and madda), since text extraction reads right-to-left text glyph by glyph, and
     * joins a mark to its letter; else the cluster's first glyph in reading order reads as all of it.
     */
    private static void rightToLeft(String cluster, int from, int to, boolean[] marks, String[] out) {
        List<Integer> letters = new ArrayList<>();
        List<Integer> markGlyphs = new ArrayList<>();
        for (int g = to - 1; g >= from; g--) { // in reading order
            (marks[g] ? markGlyphs : letters).add(g);
        }
        String decomposed = to - from > cluster.codePointCount(0, cluster.length())
                ? Normalizer.normalize(cluster, Normalizer.Form.NFD) : cluster;
        List<String> bases = new ArrayList<>();
        List<String> combining = new ArrayList<>();
        decomposed.codePoints().forEach(cp -> (isMark(cp) ? combining : bases)
                .add(new String(Character.toChars(cp))));
        for (int g = from; g < to; g++) {
            out[g] = "";
        }
        if (bases.size() == letters.size() && combining.size() == markGlyphs.size()) {
            for (int k = 0; k < letters.size(); k++) {
                out[letters.get(k)] = bases.get(k);
            }
            for (int k = 0; k < markGlyphs.size(); k++) {
                out[markGlyphs.get(k)] = combining.get(k);
            }
        } else {
            out[letters.isEmpty() ? to - 1 : letters.get(0)] = cluster;
        }
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
