package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GposKerningTest {
    private static int kern(FontFace face, String pair) {
        FontFace.Glyphs g = face.shape(pair, false);
        return face.kerning().kern(g.gids()[0], g.gids()[1]);
    }

    @Test
    void charisHasNoKerningFeature() {
        // the bundled Charis SIL positions marks in GPOS (mark, mkmk) but has no kern feature
        for (String file : new String[]{"CharisSIL-Regular.ttf", "CharisSIL-Bold.ttf"}) {
            FontFace charis = TestFonts.load(file);
            System.out.printf("%s: AV %d, To %d, Ty %d units%n", file, kern(charis, "AV"), kern(charis, "To"),
                    kern(charis, "Ty"));
            assertTrue(charis.kerning().isEmpty(), file);
            assertEquals(charis.advanceWidth("AVATAR", 12), charis.width("AVATAR", 12), 1e-4f);
        }
    }

    @Test
    void notoSansKernsKnownPairsTighter() {
        FontFace noto = TestFonts.load("NotoSans-Regular.ttf");
        assertFalse(noto.kerning().isEmpty(), "Noto Sans has GPOS kerning");
        for (String pair : new String[]{"AV", "VA", "To", "Ty", "Yo", "LT", "Av", "oo", "nn"}) {
            System.out.printf("NotoSans-Regular %s: %d units of %.0f%n", pair, kern(noto, pair), noto.unitsPerEm());
        }
        for (String pair : new String[]{"AV", "VA", "To", "Ty", "Yo", "LT"}) {
            assertTrue(kern(noto, pair) < 0, pair + " is kerned tighter");
        }
        assertEquals(0, kern(noto, "nn"), "nn is not kerned");
    }

    @Test
    void kernedWidthIsSmallerThanTheAdvances() {
        for (String file : new String[]{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DejaVuSans.ttf"}) {
            FontFace face = TestFonts.load(file);
            float kerned = face.width("AVATAR", 12);
            float advances = face.advanceWidth("AVATAR", 12);
            System.out.printf("%s AVATAR at 12 pt: %.3f kerned, %.3f advances%n", file, kerned, advances);
            assertTrue(kerned < advances - 0.5f, file + ": AVATAR is kerned");
            assertEquals(face.advanceWidth("minimum", 12), face.width("minimum", 12), 1e-4f);
        }
    }

    @Test
    void theKerningOfAFileNotReadBeforeIsReadFromItsTable() {
        FontFace noto = TestFonts.load("NotoSans-Regular.ttf");
        GposKerning k = GposKerning.of("a name no other font has " + System.nanoTime(), noto.trueTypeFont());
        assertFalse(k.isEmpty());
        assertEquals(noto.kerning().kern(36, 57), k.kern(36, 57), "the same table: the same kerning");
        assertTrue(k.kern(36, 57) < 0, "glyphs 36 and 57 are A and V in Noto Sans");
    }

    @Test
    void readOncePerFontFile() {
        FontFace a = TestFonts.load("NotoSans-Regular.ttf");
        FontFace b = TestFonts.load("NotoSans-Regular.ttf");
        assertSame(a.kerning(), b.kerning());
    }

    /**
     * One kern lookup with one class pair subtable (format 2 at 300) whose value records both have
     * an x advance (value formats 0x4 and 0x4): four bytes a class pair, the second glyph's two
     * unused. First glyphs 1 and 2 covered, 2 in class 1; second glyph 11 in class 1, 12 in
     * class 2, past the two classes the subtable counts.
     */
    private static GposKerning classPairsWithBothValueRecords() {
        var t = new LayoutTableBytes().header("latn", 100, 200, 1);
        t.u16(100, 1).tag(102, "kern").u16(106, 8).u16(108, 0, 1, 0);
        t.u16(200, 1, 4).u16(204, 2, 0, 1, 96);
        t.u16(300, 2, 32, 0x4, 0x4, 40, 50, 2, 2);
        t.u16(316, 1, 91, 2, 92, 3, 93, 4, 94); // classes (0, 0), (0, 1), (1, 0), (1, 1)
        t.u16(332, 1, 2, 1, 2); // coverage: glyphs 1 and 2
        t.u16(340, 1, 2, 1, 1); // first classes: glyph 2 in class 1
        t.u16(350, 1, 11, 2, 1, 2); // second classes: glyph 11 in class 1, glyph 12 in class 2
        return GposKerning.parse(t.bytes());
    }

    @Test
    void aClassPairsRecordHoldsBothValueRecords() {
        GposKerning k = classPairsWithBothValueRecords();
        assertEquals(1, k.kern(1, 10), "classes 0 and 0");
        assertEquals(2, k.kern(1, 11), "classes 0 and 1");
        assertEquals(3, k.kern(2, 10), "classes 1 and 0");
        assertEquals(4, k.kern(2, 11), "classes 1 and 1");
    }

    @Test
    void aSecondClassPastTheSubtablesCountIsNotKerned() {
        GposKerning k = classPairsWithBothValueRecords();
        assertEquals(0, k.kern(1, 12));
        assertEquals(0, k.kern(2, 12), "the bytes after the last record are not a record");
    }
}
