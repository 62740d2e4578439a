package io.pressrun.typeset.font;

import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ligatures from a font's GSUB table: the ligature substitution lookups (also behind
 * extension lookups) of the {@code liga} feature of the {@code latn} or default script. Only
 * looked up, never applied by fontbox: glyph substitution stays disabled in the fonts, and
 * the table may be hidden under the tag {@code gsub} (see the PDF writer's font files).
 *
 * <p>Immutable: one instance per font file is shared by all threads ({@link #of}).
 */
public final class GsubLigatures {
    public static final GsubLigatures NONE = new GsubLigatures(null, new int[0]);

    private static final Map<String, GsubLigatures> CACHE = new ConcurrentHashMap<>();

    private final OpenTypeLayout gsub;
    /** Ligature substitution subtables, in lookup order. */
    private final int[] subtables;

    private GsubLigatures(OpenTypeLayout gsub, int[] subtables) {
        this.gsub = gsub;
        this.subtables = subtables;
    }

    /** The ligatures of the font file {@code name}, read once per process. */
    public static GsubLigatures of(String name, TrueTypeFont font) {
        TTFTable table = font.getTableMap().get("GSUB");
        if (table == null) {
            table = font.getTableMap().get("gsub");
        }
        if (table == null) {
            return NONE;
        }
        TTFTable t = table;
        String key = name + '/' + t.getLength() + '/' + t.getCheckSum();
        return CACHE.computeIfAbsent(key, k -> {
            try {
                return parse(font.getTableBytes(t));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read GSUB table", e);
            }
        });
    }

    static GsubLigatures parse(byte[] bytes) {
        var gsub = new OpenTypeLayout(bytes);
        try {
            var subs = new java.util.ArrayList<Integer>();
            for (int index : gsub.lookupsOf("liga")) {
                List<Integer> found = gsub.subtables(index, 4, 7);
                found.stream().filter(s -> gsub.u16(s) == 1).forEach(subs::add);
            }
            return subs.isEmpty() ? NONE
                    : new GsubLigatures(gsub, subs.stream().mapToInt(Integer::intValue).toArray());
        } catch (ArrayIndexOutOfBoundsException e) {
            return NONE; // a damaged table: no ligatures
        }
    }

    /**
     * The ligature that starts at {@code gids[at]} (among {@code gids[at]} to
     * {@code gids[end - 1]}): {ligature glyph, number of glyphs it replaces}, or null.
     */
    public int[] ligature(int[] gids, int at, int end) {
        for (int sub : subtables) {
            int cov = gsub.coverage(sub + gsub.u16(sub + 2), gids[at]);
            if (cov < 0 || cov >= gsub.u16(sub + 4)) {
                continue;
            }
            int set = sub + gsub.u16(sub + 6 + 2 * cov);
            for (int i = 0, n = gsub.u16(set); i < n; i++) {
                int lig = set + gsub.u16(set + 2 + 2 * i);
                int components = gsub.u16(lig + 2);
                if (components < 2 || at + components > end) {
                    continue;
                }
                boolean match = true;
                for (int c = 1; c < components && match; c++) {
                    match = gsub.u16(lig + 4 + 2 * (c - 1)) == gids[at + c];
                }
                if (match) {
                    return new int[]{gsub.u16(lig), components};
                }
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return subtables.length == 0;
    }
}
