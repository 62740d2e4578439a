package io.pressrun.typeset.font;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The parts GSUB and GPOS tables share (OpenType "common table formats"): the script, feature
 * and lookup lists, coverage and class definition tables, read straight from the table's
 * bytes. Reads only; the bytes are never modified, so instances can be shared between threads.
 */
final class OpenTypeLayout {
    private final byte[] t;

    OpenTypeLayout(byte[] table) {
        this.t = table;
    }

    int u16(int at) {
        return (t[at] & 0xff) << 8 | t[at + 1] & 0xff;
    }

    int s16(int at) {
        return (short) u16(at);
    }

    int u32(int at) {
        return (t[at] & 0xff) << 24 | (t[at + 1] & 0xff) << 16 | (t[at + 2] & 0xff) << 8 | t[at + 3] & 0xff;
    }

    private String tag(int at) {
        return new String(new char[]{(char) (t[at] & 0xff), (char) (t[at + 1] & 0xff),
                (char) (t[at + 2] & 0xff), (char) (t[at + 3] & 0xff)});
    }

    /**
     * The lookups (ascending indices) of {@code feature} in the default language of the
     * {@code latn} script, else of the {@code DFLT} script; empty when neither has it.
     */
    int[] lookupsOf(String feature) {
        int features = u16(6);
        int langSys = defaultLanguageSystem("latn");
        if (langSys == 0) {
            langSys = defaultLanguageSystem("DFLT");
        }
        if (langSys == 0) {
            return new int[0];
        }
        TreeSet<Integer> lookups = new TreeSet<>();
        for (int i = 0, n = u16(langSys + 4); i < n; i++) {
            int index = u16(langSys + 6 + 2 * i);
            int rec = features + 2 + 6 * index;
            if (tag(rec).equals(feature)) {
                int f = features + u16(rec + 4);
                for (int j = 0, m = u16(f + 2); j < m; j++) {
                    lookups.add(u16(f + 4 + 2 * j));
                }
            }
        }
        return lookups.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The offset in the table of the default language system of the first record of
     * {@code script} that has one; 0, OpenType's null offset, when none has.
     */
    private int defaultLanguageSystem(String script) {
        int scripts = u16(4);
        for (int i = 0, n = u16(scripts); i < n; i++) {
            int rec = scripts + 2 + 6 * i;
            if (tag(rec).equals(script)) {
                int s = scripts + u16(rec + 4);
                if (u16(s) != 0) {
                    return s + u16(s);
                }
            }
        }
        return 0;
    }

    /**
     * The subtables of a lookup as offsets into the table, with extension subtables
     * ({@code extensionType}: 9 in GPOS, 7 in GSUB) resolved; only those of type {@code type}.
     */
    List<Integer> subtables(int lookupIndex, int type, int extensionType) {
        int list = u16(8);
        int lookup = list + u16(list + 2 + 2 * lookupIndex);
        int lookupType = u16(lookup);
        List<Integer> out = new ArrayList<>();
        for (int i = 0, n = u16(lookup + 4); i < n; i++) {
            int sub = lookup + u16(lookup + 6 + 2 * i);
            if (lookupType == extensionType && u16(sub) == 1) {
                if (u16(sub + 2) == type) {
                    out.add(sub + u32(sub + 4));
                }
            } else if (lookupType == type) {
                out.add(sub);
            }
        }
        return out;
    }

    /** The glyph's index in the coverage table at {@code at}, or -1. */
    int coverage(int at, int glyph) {
        int format = u16(at);
        if (format == 1) {
            return search(at + 4, u16(at + 2), 2, 0, glyph);
        }
        if (format == 2) {
            int rec = rangeRecord(at + 2, glyph);
            return rec == 0 ? -1 : u16(rec + 4) + glyph - u16(rec);
        }
        return -1;
    }

    /** The glyph's class in the class definition table at {@code at} (0 when not listed). */
    int glyphClass(int at, int glyph) {
        int format = u16(at);
        if (format == 1) {
            int start = u16(at + 2);
            int count = u16(at + 4);
            return glyph >= start && glyph < start + count ? u16(at + 6 + 2 * (glyph - start)) : 0;
        }
        if (format == 2) {
            int rec = rangeRecord(at + 2, glyph);
            return rec == 0 ? 0 : u16(rec + 4);
        }
        return 0;
    }

    /**
     * The offset of the range record (start glyph, end glyph, value; 6 bytes each, sorted) that
     * holds the glyph, among those whose count is at {@code countAt}, as coverage format 2 and
     * class definition format 2 share them; or 0, as no record starts the table.
     */
    private int rangeRecord(int countAt, int glyph) {
        int i = search(countAt + 2, u16(countAt), 6, 2, glyph);
        return i < 0 ? 0 : countAt + 2 + 6 * i;
    }

    /**
     * Binary search of {@code count} records of {@code stride} bytes from {@code base}, sorted by
     * glyph, as every table here sorts them: the index of the record that holds {@code glyph}, or
     * -1. A record holds the glyphs from the one it starts with to the one {@code endAt} bytes
     * into it (0 for a record of one glyph).
     */
    int search(int base, int count, int stride, int endAt, int glyph) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int rec = base + stride * mid;
            if (glyph < u16(rec)) {
                hi = mid - 1;
            } else if (glyph > u16(rec + endAt)) {
                lo = mid + 1;
            } else {
                return mid;
            }
            assert lo > mid || hi < mid : "the search narrows";
        }
        return -1;
    }
}
