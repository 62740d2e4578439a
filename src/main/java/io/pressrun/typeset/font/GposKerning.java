package io.pressrun.typeset.font;

import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pair kerning from a font's GPOS table ({@code kern} feature of the {@code latn} or default
 * script): pair adjustment lookups, format 1 (glyph pairs) and 2 (class pairs), also behind
 * extension lookups; only the first glyph's x-advance is read. fontbox reads the old
 * {@code kern} table only, which the bundled fonts do not have.
 *
 * <p>Immutable: one instance per font file is shared by all threads ({@link #of}).
 */
public final class GposKerning {
    /** No kerning. */
    public static final GposKerning NONE = new GposKerning(null, new int[0][]);

    private static final Map<String, GposKerning> CACHE = new ConcurrentHashMap<>();

    private final OpenTypeLayout gpos;
    /** Per lookup of the feature, its pair adjustment subtables (offsets into the table). */
    private final int[][] lookups;

    private GposKerning(OpenTypeLayout gpos, int[][] lookups) {
        this.gpos = gpos;
        this.lookups = lookups;
    }

    /** The kerning of the font file {@code name}, read once per process. */
    public static GposKerning of(String name, TrueTypeFont font) {
        TTFTable table = font.getTableMap().get("GPOS");
        if (table == null) {
            return NONE;
        }
        String key = name + '/' + table.getLength() + '/' + table.getCheckSum();
        return CACHE.computeIfAbsent(key, k -> read(font, table));
    }

    private static GposKerning read(TrueTypeFont font, TTFTable table) {
        try {
            return parse(font.getTableBytes(table));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read GPOS table", e);
        }
    }

    static GposKerning parse(byte[] bytes) {
        var gpos = new OpenTypeLayout(bytes);
        try {
            List<int[]> lookups = new ArrayList<>();
            for (int index : gpos.lookupsOf("kern")) {
                int[] subs = gpos.subtables(index, 2, 9).stream()
                        .filter(s -> gpos.u16(s) == 1 || gpos.u16(s) == 2)
                        .mapToInt(Integer::intValue).toArray();
                if (subs.length > 0) {
                    lookups.add(subs);
                }
            }
            return lookups.isEmpty() ? NONE : new GposKerning(gpos, lookups.toArray(new int[0][]));
        } catch (ArrayIndexOutOfBoundsException e) {
            return NONE; // a damaged table: set the text unkerned
        }
    }

    /** The adjustment of the advance of glyph {@code left} when {@code right} follows, in font units. */
    public int kern(int left, int right) {
        int sum = 0;
        for (int[] subtables : lookups) {
            for (int sub : subtables) {
                int[] found = pair(sub, left, right);
                if (found != null) {
                    sum += found[0];
                    break; // the first subtable that applies ends the lookup
                }
            }
        }
        return sum;
    }

    /** The x-advance adjustment from one subtable, or null when it does not apply to the pair. */
    private int[] pair(int sub, int left, int right) {
        int cov = gpos.coverage(sub + gpos.u16(sub + 2), left);
        if (cov < 0) {
            return null;
        }
        int format = gpos.u16(sub);
        int vf1 = gpos.u16(sub + 4);
        int vf2 = gpos.u16(sub + 6);
        int size1 = 2 * Integer.bitCount(vf1 & 0xff);
        int size2 = 2 * Integer.bitCount(vf2 & 0xff);
        if (format == 1) {
            if (cov >= gpos.u16(sub + 8)) {
                return null;
            }
            int set = sub + gpos.u16(sub + 10 + 2 * cov);
            int record = 2 + size1 + size2; // the second glyph, then its two value records
            int i = gpos.search(set + 2, gpos.u16(set), record, 0, right);
            return i < 0 ? null : new int[]{xAdvance(set + 2 + record * i + 2, vf1)};
        }
        int class1 = gpos.glyphClass(sub + gpos.u16(sub + 8), left);
        int class2 = gpos.glyphClass(sub + gpos.u16(sub + 10), right);
        int class1Count = gpos.u16(sub + 12);
        int class2Count = gpos.u16(sub + 14);
        if (class1 >= class1Count || class2 >= class2Count) {
            return null;
        }
        int rec = sub + 16 + (class1 * class2Count + class2) * (size1 + size2);
        return new int[]{xAdvance(rec, vf1)};
    }

    private int xAdvance(int valueRecord, int valueFormat) {
        if ((valueFormat & 0x4) == 0) {
            return 0;
        }
        return gpos.s16(valueRecord + 2 * Integer.bitCount(valueFormat & 0x3));
    }

    public boolean isEmpty() {
        return lookups.length == 0;
    }
}
