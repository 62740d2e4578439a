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
    void readOncePerFontFile() {
        FontFace a = TestFonts.load("NotoSans-Regular.ttf");
        FontFace b = TestFonts.load("NotoSans-Regular.ttf");
        assertSame(a.kerning(), b.kerning());
    }
}
