package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pair kerning read from a GPOS table written byte by byte: the expected adjustments are the
 * values written into it.
 */
class GposKerningTableTest {

    /**
     * The kern feature with three lookups.
     * <ul>
     * <li>Lookup 0 (type 2, at 208): subtable A, pair format 1 at 300 (value formats 0x5 and 0x4:
     * x placement and x advance, then x advance; records 8 bytes), first glyphs 1, 2 and 3 but
     * pair sets for 1 and 2 only; then subtable B, pair format 2 at 400.</li>
     * <li>Lookup 1 (type 9, at 218): an extension to subtable C, pair format 1 at 500.</li>
     * <li>Lookup 2 (type 2, at 226): subtable D at 600, value format 0x2 (y placement only).</li>
     * </ul>
     */
    static LayoutTableBytes table() {
        var t = new LayoutTableBytes().header("latn", 100, 200, 1);
        t.u16(100, 1).tag(102, "kern").u16(106, 8).u16(108, 0, 3, 0, 1, 2);
        t.u16(200, 3, 8, 18, 26);
        t.u16(208, 2, 0, 2, 92, 192);
        t.u16(218, 9, 0, 1, 22).u16(240, 1, 2).u32(244, 260);
        t.u16(226, 2, 0, 1, 374);
        // A: format 1 at 300, coverage at 360, pair sets at 314 (glyph 1) and 332 (glyph 2)
        t.u16(300, 1, 60, 0x5, 0x4, 2, 14, 32);
        t.u16(314, 2, 11, 99, -50, 77, 12, 99, -60, 77);
        t.u16(332, 3, 10, 0, -5, 0, 11, 0, -15, 0, 13, 0, -25, 0);
        t.u16(360, 1, 3, 1, 2, 3);
        // B: format 2 at 400: coverage (format 2, glyphs 1-5) at 430, class definitions at 440 and 450
        t.u16(400, 2, 30, 0x4, 0, 40, 50, 2, 3);
        t.u16(416, 1, 2, 3, -100, -200, -300);
        t.u16(430, 2, 1, 1, 5, 0);
        t.u16(440, 1, 4, 2, 1, 2);
        t.u16(450, 2, 3, 10, 11, 1, 13, 13, 2, 14, 14, 3);
        // C: format 1 at 500, pair set at 512, coverage (glyph 1) at 520
        t.u16(500, 1, 20, 0x4, 0, 1, 12);
        t.u16(512, 1, 11, -7);
        t.u16(520, 1, 1, 1);
        // D: format 1 at 600, pair set at 612, coverage (glyph 1) at 630
        t.u16(600, 1, 30, 0x2, 0, 1, 12);
        t.u16(612, 2, 12, 500, 13, 600);
        t.u16(630, 1, 1, 1);
        return t;
    }

    @Test
    void pairsOfFormatOneAddUpOverTheLookups() {
        GposKerning k = GposKerning.parse(table().bytes());
        assertFalse(k.isEmpty());
        assertEquals(-57, k.kern(1, 11), "A gives -50 (after the x placement), C -7");
        assertEquals(-60, k.kern(1, 12), "A gives -60, C has no pair 1-12, D no x advance");
        assertEquals(-5, k.kern(2, 10), "the first of glyph 2's pairs");
        assertEquals(-15, k.kern(2, 11));
        assertEquals(-25, k.kern(2, 13), "the last of glyph 2's pairs");
    }

    @Test
    void aPairTheFirstSubtableLacksIsLeftToTheNext() {
        GposKerning k = GposKerning.parse(table().bytes());
        assertEquals(3, k.kern(1, 13), "A has no pair 1-13; B: classes 0 and 2");
        assertEquals(1, k.kern(2, 12), "A has no pair 2-12; B: classes 0 and 0");
        assertEquals(2, k.kern(3, 10), "glyph 3 is covered in A but has no pair set; B: classes 0 and 1");
    }

    @Test
    void classPairsOfFormatTwo() {
        GposKerning k = GposKerning.parse(table().bytes());
        assertEquals(-100, k.kern(4, 12), "classes 1 and 0");
        assertEquals(-200, k.kern(4, 10), "classes 1 and 1");
        assertEquals(-200, k.kern(4, 11), "classes 1 and 1");
        assertEquals(-300, k.kern(4, 13), "classes 1 and 2");
        assertEquals(0, k.kern(4, 14), "class 3 is past the class 2 count");
        assertEquals(0, k.kern(5, 10), "class 2 is past the class 1 count");
        assertEquals(0, k.kern(6, 10), "glyph 6 is not covered");
        assertEquals(0, k.kern(11, 1), "no pair the other way round");
    }

    @Test
    void withoutAKernFeatureOrPairLookupsThereIsNoKerning() {
        assertSame(GposKerning.NONE, GposKerning.parse(table().tag(102, "mark").bytes()));
        // all three lookups of single adjustment (type 1)
        assertSame(GposKerning.NONE, GposKerning.parse(table().u16(208, 1).u16(226, 1).u16(242, 1).bytes()));
        // pair subtables of a third format are skipped
        assertSame(GposKerning.NONE, GposKerning.parse(table().u16(300, 3).u16(400, 3).u16(500, 3).u16(600, 3)
                .bytes()));
        GposKerning onlyB = GposKerning.parse(table().u16(300, 3).u16(500, 3).u16(600, 3).bytes());
        assertEquals(-200, onlyB.kern(4, 10));
        assertEquals(1, onlyB.kern(1, 12), "A is skipped: B decides");
        assertEquals(0, GposKerning.NONE.kern(1, 11));
        assertTrue(GposKerning.NONE.isEmpty());
    }

    @Test
    void aDamagedTableIsSetUnkerned() {
        byte[] whole = table().bytes();
        assertSame(GposKerning.NONE, GposKerning.parse(Arrays.copyOf(whole, 250)));
    }
}
