package io.pressrun.typeset.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A face's metrics, checked against the font file as fontbox alone reads it. */
class FontFaceTest {
    @Test
    void metricsAreFractionsOfTheEmAndGlyphsComeFromTheCharacterMap() throws IOException {
        try (InputStream in = FontFaceTest.class.getResourceAsStream("/fonts/CharisSIL-Regular.ttf");
             TrueTypeFont raw = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
            FontFace charis = TestFonts.load("CharisSIL-Regular.ttf");
            assertEquals(2048, charis.unitsPerEm());
            float ascender = raw.getHorizontalHeader().getAscender();
            float descender = raw.getHorizontalHeader().getDescender();
            assertTrue(ascender > 1000 && descender < -300, ascender + " " + descender);
            assertEquals(ascender / 2048, charis.ascent(), 1e-6f);
            assertEquals(descender / 2048, charis.descent(), 1e-6f);
            assertEquals(raw.nameToGID("f"), charis.glyphId('f'));
            assertEquals(0, charis.glyphId(0x0F00), "no glyph: .notdef");
            assertNotNull(charis.trueTypeFont());
            assertEquals("CharisSIL-Regular.ttf", charis.toString());
        }
    }

    @Test
    void glyphsKnowWhetherTheyAreKerned() {
        FontFace noto = TestFonts.load("NotoSans-Regular.ttf");
        assertTrue(noto.shape("AV", false).isKerned());
        assertFalse(noto.shape("nn", false).isKerned());
        assertFalse(noto.shape("", false).isKerned());
    }
}
