package io.pressrun.typeset.font;

import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The choice of face for each character, with the bundled theme: serif is Charis SIL in four
 * variants, sans Noto Sans regular and bold, mono Noto Sans Mono regular; the fallbacks are,
 * in order, DejaVu Sans, Noto Sans Symbols 2, Symbola and Droid Sans Fallback; Hangul (and the
 * scripts that cannot be set yet) have a face of their own ({@code fonts.scripts}). ♞ is in DejaVu
 * Sans and not in Charis; ⭐ and 🬀 are in Noto Sans Symbols 2 only.
 */
class FontSetTest {
    private static final Colour BLACK = new Colour(0, 0, 0);
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10, BLACK);

    private final List<String> loads = new ArrayList<>();
    private final FontSet fonts = new FontSet(Theme.load(Templates.bundled()), name -> {
        loads.add(name);
        return TestFonts.load(name);
    });

    private String faceName(String family, boolean bold, boolean italic) {
        return fonts.face(new TextStyle(family, bold, italic, 10, BLACK)).name();
    }

    @Test
    void aVariantTheFamilyLacksDegradesToBoldThenRegular() {
        assertEquals("NotoSerif-Regular.ttf", faceName("serif", false, false));
        assertEquals("NotoSerif-Bold.ttf", faceName("serif", true, false));
        assertEquals("NotoSerif-Italic.ttf", faceName("serif", false, true));
        assertEquals("NotoSerif-BoldItalic.ttf", faceName("serif", true, true));
        assertEquals("NotoSans-Regular.ttf", faceName("sans", false, true), "no sans italic");
        assertEquals("NotoSans-Bold.ttf", faceName("sans", true, true), "no sans bold italic: bold");
        assertEquals("NotoSansMono-Regular.ttf", faceName("mono", true, false), "no mono bold");
        assertEquals(List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
                "NotoSerif-BoldItalic.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansMono-Regular.ttf"),
                loads);
        assertSame(fonts.face(SERIF), fonts.face(SERIF));
        assertEquals(7, loads.size(), "each file is loaded once");
    }

    @Test
    void aFamilyThatIsNoSetOfVariantsIsAConfigurationError() {
        var e = assertThrows(ConfigurationException.class, () -> faceName("fallback", false, false));
        assertTrue(e.getMessage().contains("'fonts.fallback' must list the family's font files"), e.getMessage());
    }

    private static List<String> describe(List<Span> spans) {
        return spans.stream().map(s -> s.text() + " " + s.face().name() + (s.ligatures() ? " liga" : "")).toList();
    }

    @Test
    void eachCharacterIsInTheFirstFaceThatHasIt() {
        List<Span> spans = fonts.spans("off ♞ ok ⭐🬀.", SERIF, "https://example.org");
        assertEquals(List.of("off  NotoSerif-Regular.ttf liga", "♞ DejaVuSans.ttf", " ok  NotoSerif-Regular.ttf liga",
                "⭐🬀 NotoSansSymbols2-Regular.ttf", ". NotoSerif-Regular.ttf liga"), describe(spans));
        assertTrue(spans.stream().allMatch(s -> s.href().equals("https://example.org") && s.size() == 10));
        assertEquals(List.of("NotoSerif-Regular.ttf", "DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf"), loads,
                "the fallbacks after the one that has the character are not loaded");
        assertEquals(List.of("NotoSerif-Regular.ttf", "DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf"),
                fonts.loaded().stream().map(FontFace::name).toList());
    }

    @Test
    void fallbackFacesAndOtherFamiliesGetNoLigatures() {
        assertEquals(List.of("♞ DejaVuSans.ttf", "fi NotoSerif-Regular.ttf liga"),
                describe(fonts.spans("♞fi", SERIF, null)));
        assertEquals(List.of("fi NotoSans-Regular.ttf"),
                describe(fonts.spans("fi", new TextStyle("sans", false, false, 10, BLACK), null)));
        assertEquals(List.of("fi NotoSerif-Bold.ttf liga"), describe(fonts.spans("fi", SERIF.withBold(), null)));
    }

    @Test
    void aScriptsOwnFaceComesBeforeTheFallbacks() {
        // Droid Sans Fallback has a few Hangul syllables (가, not 각)
        assertEquals(List.of("가각 NanumMyeongjo.ttf", ",  NotoSerif-Regular.ttf liga", "정부 NanumMyeongjo.ttf"),
                describe(fonts.spans("가각, 정부", SERIF, null)));
        assertFalse(loads.contains("DejaVuSans.ttf"), "no fallback was needed");
    }

    @Test
    void punctuationAndMarksStayWithTheScriptTheyFollow() {
        // after a shaped script's letters, punctuation stays in its face; after a fallback symbol it does not
        assertEquals(List.of("किताब। NotoSerifDevanagari-Regular.ttf", " 2 NotoSerif-Regular.ttf liga"),
                describe(fonts.spans("किताब। 2", SERIF, null)));
        assertEquals(List.of("♞ DejaVuSans.ttf", "1.3 NotoSerif-Regular.ttf liga"),
                describe(fonts.spans("♞1.3", SERIF, null)));
        // right to left, a full stop stays with the text before it when that face has it; the
        // brackets, which the Arabic face lacks, come from the body face (shaped right to left,
        // so mirrored)
        assertEquals(List.of("( NotoSerif-Regular.ttf liga", "مرحبا. NotoNaskhArabic-Regular.ttf",
                ") NotoSerif-Regular.ttf liga"), describe(fonts.spans("(مرحبا.)", SERIF, null, 1)));
        assertEquals(List.of("مرحبا. NotoNaskhArabic-Regular.ttf"), describe(fonts.spans("مرحبا.", SERIF, null, 0)),
                "after a shaped script's letter at any level");
        // a combining mark stays with its letter's face even left to right
        assertEquals(List.of("e NotoSerif-Regular.ttf liga", "♞\u0301 DejaVuSans.ttf"),
                describe(fonts.spans("e♞\u0301", SERIF, null)));
    }

    @Test
    void aLetterIsSetInItsOwnFaceEvenRightToLeftAfterAFaceThatHasIt() {
        // DejaVu Sans has a Latin a, but only punctuation, digits, spaces and marks stay in it
        assertEquals(List.of("♞ DejaVuSans.ttf", "a NotoSerif-Regular.ttf liga"),
                describe(fonts.spans("♞a", SERIF, null, 1)));
        assertEquals(List.of("♞. DejaVuSans.ttf"), describe(fonts.spans("♞.", SERIF, null, 1)));
    }

    @Test
    void noTextNoSpans() {
        assertEquals(List.of(), fonts.spans("", SERIF, null));
    }

    @Test
    void aCharacterNoFaceHasIsRefusedWithItsText() {
        var e = assertThrows(MissingGlyphException.class, () -> fonts.spans("om \uA000", SERIF, null));
        assertEquals(0xA000, e.codePoint());
        assertTrue(e.getMessage().contains("U+A000") && e.getMessage().contains("\"om \uA000\""), e.getMessage());
        assertEquals(List.of("NotoSerif-Regular.ttf", "DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf", "Symbola.ttf",
                "DroidSansFallbackFull.ttf"), loads, "every fallback was tried, in order");
        assertFalse(fonts.loaded().isEmpty());
    }
}
