package io.pressrun.typeset.font;

import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every script the bundled theme names a face for has, letter by letter, a real glyph in that
 * face (never glyph 0, .notdef); Hangul is set in it, the scripts that cannot be set correctly
 * yet are refused by the font set rather than drawn.
 */
class ScriptFontsTest {
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));
    private static final Theme THEME = Theme.load(Templates.bundled());

    @ParameterizedTest
    @CsvSource({
        "HEBREW, ממשלות העולם קוראות, NotoSerifHebrew-Regular.ttf",
        "ARABIC, الحكومات تطالب فيسبوك, NotoNaskhArabic-Regular.ttf",
        "DEVANAGARI, सरकारें मांग करती हैं, NotoSerifDevanagari-Regular.ttf",
        "BENGALI, সরকার দাবি করছে, NotoSerifBengali-Regular.ttf",
        "THAI, รัฐบาลเรียกร้อง, NotoSerifThai-Regular.ttf",
        "HANGUL, 정부가 암호화를 요구했다, NanumMyeongjo.ttf",
    })
    void eachLetterOfTheScriptHasAGlyphInItsFace(Character.UnicodeScript script, String sample, String file) {
        assertEquals(file, THEME.scriptFaces().get(script), "the theme names the face for " + script);
        FontFace face = TestFonts.load(file);
        sample.codePoints().filter(cp -> cp != ' ').forEach(cp -> {
            assertEquals(script, Character.UnicodeScript.of(cp), "the sample is in its script");
            assertNotEquals(0, face.glyphId(cp), String.format("U+%04X in %s", cp, file));
        });
    }

    @Test
    void hangulIsSetInItsFaceAndReadsBack() {
        String sample = "정부가 암호화를 요구했다";
        StringBuilder read = new StringBuilder();
        for (Span span : TestFonts.fontSet().spans(sample, SERIF, null)) {
            read.append(span.text());
            for (int gid : span.glyphs().gids()) {
                assertNotEquals(0, gid, span.text() + " has .notdef in " + span.face().name());
            }
            if (!span.text().isBlank()) {
                assertEquals("NanumMyeongjo.ttf", span.face().name(), span.text());
            }
        }
        assertEquals(sample, read.toString(), "the spans hold the text as written");
    }

    @Test
    void scriptsThatCannotBeSetYetAreRefusedByTheFontSet() {
        for (String text : List.of("\u1100\u1161", "\u1112\u1161\u11AB")) {
            var e = assertThrows(UnsetScriptException.class, () -> TestFonts.fontSet().spans("ok " + text, SERIF, null));
            assertTrue(e.getMessage().contains(String.format("U+%04X", text.codePointAt(0))), e.getMessage());
        }
    }
}
