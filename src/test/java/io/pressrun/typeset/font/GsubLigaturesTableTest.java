package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ligatures read from a GSUB table written byte by byte. Glyphs: 5 is f, 6 x, 7 i, 8 l; the
 * expected ligature glyphs are those written into the table.
 */
class GsubLigaturesTableTest {
    private static final int F = 5;
    private static final int X = 6;
    private static final int I = 7;
    private static final int L = 8;

    /**
     * The liga feature with two lookups: 0 (type 4, at 206) with the subtable at 300, covering f
     * and x but with a ligature set for f only, whose ligatures are, in this order: glyph 90 of
     * one component, 100 = f f i, 101 = f f, 102 = f i; 1 (type 7, at 216) with an extension to
     * the subtable at 400, whose one ligature is 103 = f l.
     */
    static LayoutTableBytes table() {
        var t = new LayoutTableBytes().header("latn", 100, 200, 1);
        t.u16(100, 1).tag(102, "liga").u16(106, 8).u16(108, 0, 2, 0, 1);
        t.u16(200, 2, 6, 16);
        t.u16(206, 4, 0, 1, 94);
        t.u16(216, 7, 0, 1, 14).u16(230, 1, 4).u32(234, 170);
        t.u16(300, 1, 50, 1, 10);
        t.u16(310, 4, 10, 14, 22, 28);
        t.u16(320, 90, 1);
        t.u16(324, 100, 3, F, I);
        t.u16(332, 101, 2, F);
        t.u16(338, 102, 2, I);
        t.u16(350, 1, 2, F, X);
        t.u16(400, 1, 20, 1, 8);
        t.u16(408, 1, 4);
        t.u16(412, 103, 2, L);
        t.u16(420, 1, 1, F);
        return t;
    }

    @Test
    void theFirstLigatureThatFitsAndMatchesWins() {
        GsubLigatures g = GsubLigatures.parse(table().bytes());
        assertFalse(g.isEmpty());
        assertArrayEquals(new int[]{100, 3}, g.ligature(new int[]{F, F, I}, 0, 3));
        assertArrayEquals(new int[]{101, 2}, g.ligature(new int[]{F, F, I}, 0, 2), "f f i does not fit before 2");
        assertArrayEquals(new int[]{102, 2}, g.ligature(new int[]{F, F, I}, 1, 3), "from the second f");
        assertArrayEquals(new int[]{101, 2}, g.ligature(new int[]{F, F, L}, 0, 3), "every component must match");
        assertArrayEquals(new int[]{102, 2}, g.ligature(new int[]{X, F, I, X}, 1, 4));
    }

    @Test
    void theExtensionLookupIsReadToo() {
        GsubLigatures g = GsubLigatures.parse(table().bytes());
        assertArrayEquals(new int[]{103, 2}, g.ligature(new int[]{F, L}, 0, 2));
        assertNull(g.ligature(new int[]{F, L}, 0, 1), "the l is past the end");
    }

    @Test
    void noLigatureWhereTheTableHasNone() {
        GsubLigatures g = GsubLigatures.parse(table().bytes());
        assertNull(g.ligature(new int[]{F}, 0, 1), "a ligature of one component is no ligature");
        assertNull(g.ligature(new int[]{X, X}, 0, 2), "x is covered but has no ligature set");
        assertNull(g.ligature(new int[]{I, F}, 0, 2), "i is not covered");
        assertNull(g.ligature(new int[]{F, X}, 0, 2));
        assertNull(GsubLigatures.NONE.ligature(new int[]{F, I}, 0, 2));
        assertTrue(GsubLigatures.NONE.isEmpty());
    }

    @Test
    void withoutLigaOrLigatureSubtablesThereAreNoLigatures() {
        assertSame(GsubLigatures.NONE, GsubLigatures.parse(table().tag(102, "dlig").bytes()));
        assertSame(GsubLigatures.NONE, GsubLigatures.parse(table().u16(206, 1).u16(232, 1).bytes()),
                "single substitutions only");
        assertSame(GsubLigatures.NONE, GsubLigatures.parse(table().u16(300, 2).u16(400, 2).bytes()),
                "a ligature subtable of an unknown format");
        GsubLigatures onlyExtension = GsubLigatures.parse(table().u16(300, 2).bytes());
        assertNull(onlyExtension.ligature(new int[]{F, F, I}, 0, 3));
        assertArrayEquals(new int[]{103, 2}, onlyExtension.ligature(new int[]{F, L}, 0, 2));
    }

    @Test
    void aDamagedTableGivesNoLigatures() {
        assertSame(GsubLigatures.NONE, GsubLigatures.parse(Arrays.copyOf(table().bytes(), 232)));
    }
}
