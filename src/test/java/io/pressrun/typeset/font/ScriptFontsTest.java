package io.pressrun.typeset.font;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Every script the bundled fallback chain claims is set, letter by letter, in the face chosen for
 * it, each letter a real glyph of that face (never glyph 0, .notdef).
 */
class ScriptFontsTest {
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));

    @ParameterizedTest
    @CsvSource({
        "HEBREW, ממשלות העולם, NotoSerifHebrew-Regular.ttf",
        "ARABIC, الحكومات تطالب, NotoNaskhArabic-Regular.ttf",
        "DEVANAGARI, सरकारें मांग करती हैं, NotoSerifDevanagari-Regular.ttf",
        "BENGALI, সরকার দাবি করছে, NotoSerifBengali-Regular.ttf",
        "THAI, รัฐบาลเรียกร้อง, NotoSerifThai-Regular.ttf",
        "HANGUL, 정부가 암호화를 요구했다, NanumMyeongjo.ttf",
    })
    void eachLetterOfTheScriptHasAGlyphInItsFace(Character.UnicodeScript script, String sample, String face) {
        FontSet fonts = TestFonts.fontSet();
        StringBuilder read = new StringBuilder();
        for (Span span : fonts.spans(sample, SERIF, null)) {
            read.append(span.text());
            int[] gids = span.glyphs().gids();
            for (int i = 0; i < gids.length; i++) {
                assertNotEquals(0, gids[i], span.text() + " has .notdef in " + span.face().name());
            }
            span.text().codePoints().filter(cp -> Character.UnicodeScript.of(cp) == script).forEach(cp -> {
                assertEquals(face, span.face().name(), String.format("U+%04X", cp));
                assertNotEquals(0, span.face().glyphId(cp), String.format("U+%04X", cp));
            });
        }
        assertEquals(sample, read.toString(), "the spans hold the text as written");
    }
}
