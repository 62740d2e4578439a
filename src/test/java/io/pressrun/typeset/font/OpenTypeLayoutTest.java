package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The common table formats, read from tables written byte by byte (offsets in the comments). */
class OpenTypeLayoutTest {

    /** Features at 100: kern (lookups 3 and 1), liga (lookup 2), mark (lookup 0). */
    private static LayoutTableBytes threeFeatures(LayoutTableBytes t) {
        return t.u16(100, 3)
                .tag(102, "kern").u16(106, 20)
                .tag(108, "liga").u16(112, 28)
                .tag(114, "mark").u16(118, 34)
                .u16(120, 0, 2, 3, 1)
                .u16(128, 0, 1, 2)
                .u16(134, 0, 1, 0);
    }

    @Test
    void featuresOfTheLatinScriptGiveTheirLookupsInAscendingOrder() {
        var table = new OpenTypeLayout(threeFeatures(new LayoutTableBytes().header("latn", 100, 200, 3)).bytes());
        assertArrayEquals(new int[]{1, 3}, table.lookupsOf("kern"));
        assertArrayEquals(new int[]{2}, table.lookupsOf("liga"));
        assertArrayEquals(new int[]{0}, table.lookupsOf("mark"));
        assertArrayEquals(new int[0], table.lookupsOf("size"));
    }

    @Test
    void onlyTheFeaturesTheLanguageSystemListsCount() {
        // the language system lists feature 1 (liga) only
        var bytes = threeFeatures(new LayoutTableBytes().header("latn", 100, 200, 3)).u16(26, 1, 1).bytes();
        var table = new OpenTypeLayout(bytes);
        assertArrayEquals(new int[0], table.lookupsOf("kern"));
        assertArrayEquals(new int[]{2}, table.lookupsOf("liga"));
    }

    @Test
    void twoRecordsOfOneFeatureAddUp() {
        // feature 2 is a second kern record, with lookups 4 and 1
        var bytes = threeFeatures(new LayoutTableBytes().header("latn", 100, 200, 3)).tag(114, "kern")
                .u16(134, 0, 2, 4, 1).bytes();
        assertArrayEquals(new int[]{1, 3, 4}, new OpenTypeLayout(bytes).lookupsOf("kern"));
    }

    /**
     * Script list at 10 with two scripts: {@code first} (script table at 24, language system at
     * 28 listing feature {@code firstFeature}) and {@code second} (script table at 40, language
     * system at 44 listing feature {@code secondFeature}).
     */
    private static LayoutTableBytes twoScripts(String first, int firstFeature, String second, int secondFeature) {
        var t = new LayoutTableBytes().u16(0, 1, 0, 10, 100, 200);
        t.u16(10, 2).tag(12, first).u16(16, 14).tag(18, second).u16(22, 30);
        t.u16(24, 4, 0).u16(28, 0, 0xFFFF, 1, firstFeature);
        t.u16(40, 4, 0).u16(44, 0, 0xFFFF, 1, secondFeature);
        return threeFeatures(t);
    }

    @Test
    void withoutALatinScriptTheDefaultScriptIsRead() {
        var table = new OpenTypeLayout(twoScripts("cyrl", 0, "DFLT", 1).bytes());
        assertArrayEquals(new int[0], table.lookupsOf("kern"), "the Cyrillic script's feature is not read");
        assertArrayEquals(new int[]{2}, table.lookupsOf("liga"));
    }

    @Test
    void theLatinScriptComesBeforeTheDefaultWhereverItIsListed() {
        var table = new OpenTypeLayout(twoScripts("DFLT", 0, "latn", 1).bytes());
        assertArrayEquals(new int[0], table.lookupsOf("kern"));
        assertArrayEquals(new int[]{2}, table.lookupsOf("liga"));
    }

    @Test
    void aLatinScriptWithoutDefaultLanguageSystemLeavesItToTheDefaultScript() {
        var bytes = twoScripts("DFLT", 0, "latn", 1).u16(40, 0).bytes();
        var table = new OpenTypeLayout(bytes);
        assertArrayEquals(new int[]{1, 3}, table.lookupsOf("kern"));
        assertArrayEquals(new int[0], table.lookupsOf("liga"));
    }

    @Test
    void noScriptOfOursMeansNoLookups() {
        var table = new OpenTypeLayout(twoScripts("cyrl", 0, "grek", 1).bytes());
        assertArrayEquals(new int[0], table.lookupsOf("kern"));
        assertArrayEquals(new int[0], table.lookupsOf("liga"));
    }

    @Test
    void onlyTheScriptsTheListCountsAreRead() {
        // the script list counts one script, cyrl: the latn record after it is not part of the list
        var table = new OpenTypeLayout(twoScripts("cyrl", 0, "latn", 1).u16(10, 1).bytes());
        assertArrayEquals(new int[0], table.lookupsOf("kern"));
        assertArrayEquals(new int[0], table.lookupsOf("liga"));
    }

    /**
     * Lookup list at 200 with two lookups: 0 at 206 (type 2, subtables at 230 and 240) and 1 at
     * 250 (type 9, extension subtables at 270: to type 2 at 300; at 280: to type 4 at 320; at
     * 290: format 2, not an extension format).
     */
    private static OpenTypeLayout lookups() {
        var t = new LayoutTableBytes().header("latn", 100, 200, 0).u16(100, 0);
        t.u16(200, 2, 6, 50);
        t.u16(206, 2, 0, 2, 24, 34);
        t.u16(250, 9, 0, 3, 20, 30, 40);
        t.u16(270, 1, 2).u32(274, 30);
        t.u16(280, 1, 4).u32(284, 40);
        t.u16(290, 2, 2).u32(294, 50);
        t.u16(340, 0);
        return new OpenTypeLayout(t.bytes());
    }

    @Test
    void subtablesOfTheAskedTypeDirectOrBehindAnExtension() {
        OpenTypeLayout t = lookups();
        assertEquals(List.of(230, 240), t.subtables(0, 2, 9));
        assertEquals(List.of(), t.subtables(0, 4, 9));
        assertEquals(List.of(300), t.subtables(1, 2, 9));
        assertEquals(List.of(320), t.subtables(1, 4, 9));
        assertEquals(List.of(), t.subtables(1, 3, 9));
        assertEquals(List.of(270, 280, 290), t.subtables(1, 9, 7), "as type 9 itself, not as an extension");
    }

    /** Coverage format 1 at 0 (glyphs 3, 7, 9, 20, 31), format 2 at 20 (5-9 from 0, 12 as 5, 20-22 from 6), format 3 at 50. */
    private static OpenTypeLayout coverages() {
        return new OpenTypeLayout(new LayoutTableBytes()
                .u16(0, 1, 5, 3, 7, 9, 20, 31)
                .u16(20, 2, 3, 5, 9, 0, 12, 12, 5, 20, 22, 6)
                .u16(50, 3, 1, 3).bytes());
    }

    @Test
    void coverageFormatOneIsTheGlyphsIndexInTheSortedList() {
        OpenTypeLayout t = coverages();
        int[] glyphs = {3, 7, 9, 20, 31};
        for (int i = 0; i < glyphs.length; i++) {
            assertEquals(i, t.coverage(0, glyphs[i]), "glyph " + glyphs[i]);
        }
        for (int g : new int[]{0, 2, 4, 8, 10, 19, 21, 30, 32, 65535}) {
            assertEquals(-1, t.coverage(0, g), "glyph " + g);
        }
    }

    @Test
    void coverageFormatTwoCountsFromTheRangesStartIndex() {
        OpenTypeLayout t = coverages();
        int[][] expected = {{5, 0}, {6, 1}, {9, 4}, {12, 5}, {20, 6}, {21, 7}, {22, 8}};
        for (int[] e : expected) {
            assertEquals(e[1], t.coverage(20, e[0]), "glyph " + e[0]);
        }
        for (int g : new int[]{0, 4, 10, 11, 13, 19, 23, 100}) {
            assertEquals(-1, t.coverage(20, g), "glyph " + g);
        }
        assertEquals(-1, t.coverage(50, 3), "format 3 does not exist");
    }

    @Test
    void classDefinitionsOfBothFormats() {
        var t = new OpenTypeLayout(new LayoutTableBytes()
                .u16(0, 1, 10, 3, 1, 2, 3)
                .u16(20, 2, 3, 5, 9, 4, 12, 12, 5, 20, 22, 7)
                .u16(50, 3, 10, 3).bytes());
        int[][] format1 = {{9, 0}, {10, 1}, {11, 2}, {12, 3}, {13, 0}, {0, 0}};
        for (int[] e : format1) {
            assertEquals(e[1], t.glyphClass(0, e[0]), "format 1, glyph " + e[0]);
        }
        int[][] format2 = {{4, 0}, {5, 4}, {9, 4}, {10, 0}, {11, 0}, {12, 5}, {13, 0}, {20, 7}, {22, 7}, {23, 0}};
        for (int[] e : format2) {
            assertEquals(e[1], t.glyphClass(20, e[0]), "format 2, glyph " + e[0]);
        }
        assertEquals(0, t.glyphClass(50, 10), "format 3 does not exist");
    }

    @Test
    void aGlyphPastTheClassArrayOfFormatOneHasClassZeroWhateverFollowsIt() {
        // format 1 at 0: glyphs 10 to 12 in classes 1 to 3; a format 2 table follows at 12
        var t = new OpenTypeLayout(new LayoutTableBytes()
                .u16(0, 1, 10, 3, 1, 2, 3)
                .u16(12, 2, 1, 20, 22, 7).bytes());
        assertEquals(1, t.glyphClass(0, 10));
        assertEquals(3, t.glyphClass(0, 12));
        assertEquals(0, t.glyphClass(0, 13), "the word after the array is not a class");
    }

    @Test
    void numbersAreBigEndianAndSignedWhereAsked() {
        var t = new OpenTypeLayout(new byte[]{(byte) 0x81, 0x02, 0x03, (byte) 0xF4, (byte) 0xFF, (byte) 0xFE});
        assertEquals(0x8102, t.u16(0));
        assertEquals(0x03F4, t.u16(2));
        assertEquals(0x8102 - 0x10000, t.s16(0));
        assertEquals(-2, t.s16(4));
        assertEquals(0xFFFE, t.u16(4));
        assertEquals(0x810203F4, t.u32(0));
        assertEquals(0x03F4FFFE, t.u32(2));
    }
}
