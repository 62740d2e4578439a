package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shaping through the JDK's engine, and the text each shaped glyph reads as. */
class ComplexShapingTest {
    private static final FontFace NASKH = TestFonts.load("NotoNaskhArabic-Regular.ttf");
    private static final FontFace DEVANAGARI = TestFonts.load("NotoSerifDevanagari-Regular.ttf");

    @Test
    void arabicLettersJoinAndComeInVisualOrder() {
        String word = "مرحبا";
        FontFace.Glyphs g = NASKH.shape(word, false, 1);
        assertTrue(g.rtl());
        assertEquals(5, g.gids().length);
        // the joined forms are not the letters' own glyphs (their isolated forms)
        assertNotEquals(NASKH.glyphId('م'), g.gids()[4], "the first letter, rightmost, is its initial form");
        // read right to left, the glyphs' texts are the word
        StringBuilder read = new StringBuilder();
        for (int i = g.gids().length - 1; i >= 0; i--) {
            read.append(g.texts()[i]);
        }
        assertEquals(word, read.toString());
        // placed left to right, ending where the span's width ends
        for (int i = 1; i < g.gids().length; i++) {
            assertTrue(g.xs()[i] > g.xs()[i - 1], Arrays.toString(g.xs()));
        }
        assertTrue(g.units() > g.xs()[4]);
    }

    @Test
    void aDevanagariVowelSignStandsBeforeItsConsonantAndReadsAfterIt() {
        String word = "किताब"; // क + ि: the sign is drawn first
        FontFace.Glyphs g = DEVANAGARI.shape(word, false, 0);
        assertFalse(g.rtl());
        assertEquals(DEVANAGARI.glyphId('क'), g.gids()[1], "the consonant comes second");
        assertEquals(word, String.join("", g.texts()), "in drawing order the glyphs read as the word");
    }

    @Test
    void latinKeepsPressrunsOwnShapingUnlessRightToLeft() {
        FontFace serif = TestFonts.load("NotoSerif-Regular.ttf");
        assertEquals(null, serif.shape("office", true, 0).texts());
        assertEquals(2, serif.shape("TLS", false, 2).level(), "left to right inside right-to-left text");
        assertTrue(serif.shape("(", false, 1).texts() != null, "a bracket in right-to-left text is mirrored by the engine");
        assertEquals(serif.glyphId(')'), serif.shape("(", false, 1).gids()[0]);
    }

    @Test
    void clustersGiveTheirCharactersToTheirGlyphsInOrder() {
        // two glyphs for two characters reordered: each reads as one, in drawing order
        assertArrayEquals(new String[]{"क", "ि", "त"},
                ComplexShaping.texts("कित", new int[]{0, 0, 2}, new boolean[3], false));
        // a split vowel: three glyphs for two characters, the glyph beyond them reads as nothing
        assertArrayEquals(new String[]{"ক", "ো", ""},
                ComplexShaping.texts("কো", new int[]{0, 0, 0}, new boolean[3], false));
        // left to right, a mark in a cluster of its own reads with the letter before it
        assertArrayEquals(new String[]{"कं", ""},
                ComplexShaping.texts("कं", new int[]{0, 1}, new boolean[]{false, true}, false));
    }

    @Test
    void moreCharactersThanGlyphsGoToTheLastGlyph() {
        // a conjunct: three characters, one glyph
        assertArrayEquals(new String[]{"क्ष"}, ComplexShaping.texts("क्ष", new int[]{0}, new boolean[1], false));
        // three characters, two glyphs: the first takes one, the last the rest
        assertArrayEquals(new String[]{"क", "्ष"},
                ComplexShaping.texts("क्ष", new int[]{0, 0}, new boolean[2], false));
        // a letter and its mark in one cluster: the letter reads as both, the mark as nothing
        assertArrayEquals(new String[]{"कं", ""},
                ComplexShaping.texts("कं", new int[]{0, 0}, new boolean[]{false, true}, false));
        // a cluster of marks only: its glyphs share its characters as letters would
        assertArrayEquals(new String[]{"ं", "ँ"},
                ComplexShaping.texts("ंँ", new int[]{0, 0}, new boolean[]{true, true}, false));
    }

    @Test
    void aMarkReadsWithTheLetterBeforeItsOtherMarks() {
        // letter, mark, mark: both marks read with the letter
        assertArrayEquals(new String[]{"कंँ", "", ""},
                ComplexShaping.texts("कंँ", new int[]{0, 1, 2}, new boolean[]{false, true, true}, false));
        // a mark with no letter before it keeps its own character
        assertArrayEquals(new String[]{"ं", "क"},
                ComplexShaping.texts("ंक", new int[]{0, 1}, new boolean[]{true, false}, false));
        // right to left a mark keeps its own character wherever it stands
        assertArrayEquals(new String[]{"ً", "ا", "ن"},
                ComplexShaping.texts("ناً", new int[]{2, 1, 0}, new boolean[]{true, false, false}, true));
    }

    @Test
    void aRightToLeftClusterThatDoesNotSplitReadsWhole() {
        // two letters and a mark drawn as one letter and two marks: the first glyph in reading
        // order (the rightmost letter) reads as the whole cluster
        assertArrayEquals(new String[]{"", "", "لاً"},
                ComplexShaping.texts("لاً", new int[]{0, 0, 0}, new boolean[]{true, true, false}, true));
        // two letters in one cluster: each reads as its own, right to left
        assertArrayEquals(new String[]{"ا", "ل"},
                ComplexShaping.texts("لا", new int[]{0, 0}, new boolean[2], true));
    }

    @Test
    void whatNeedsTheShapingEngine() {
        assertFalse(ComplexShaping.needed("plain Latin, Ελληνικά, Кириллица", 0));
        assertTrue(ComplexShaping.needed("plain", 1), "anything right to left");
        assertTrue(ComplexShaping.needed("שלום", 0), "Hebrew marks, even at an even level");
        assertTrue(ComplexShaping.needed("a ก", 0));
        assertFalse(ComplexShaping.shapedScript('\u058F'), "Armenian, just before Hebrew");
        assertTrue(ComplexShaping.shapedScript('\u0591'));
        assertFalse(ComplexShaping.shapedScript('가'), "precomposed Hangul is set as it comes");
    }

    @Test
    void aRaisedMarkIsPlacedOffTheBaseline() {
        FontFace.Glyphs g = NASKH.shape("مجاناً", false, 1);
        int mark = -1;
        for (int i = 0; i < g.gids().length; i++) {
            if ("ً".equals(g.texts()[i])) {
                mark = i;
            }
        }
        assertTrue(mark >= 0, Arrays.toString(g.texts()));
        assertTrue(g.dy(mark) > 0, "tanwin stands above the alef");
        int alef = mark + 1;
        assertEquals(0, g.dy(alef), "the alef sits on the baseline");
        assertTrue(g.xs()[mark] >= g.xs()[alef] && g.xs()[mark] < g.xs()[alef] + NASKH.advance(g.gids()[alef]),
                "the mark stands over its alef: " + Arrays.toString(g.xs()));
    }

    @Test
    void rightToLeftGlyphsKeepCharactersOfTheirOwn() {
        // visual order: mark, then its letter; each keeps its own character
        assertArrayEquals(new String[]{"ً", "ا"},
                ComplexShaping.texts("اً", new int[]{1, 0}, new boolean[]{true, false}, true));
        // alef with madda above drawn as alef and madda: the cluster is decomposed
        assertArrayEquals(new String[]{"\u0653", "ا"},
                ComplexShaping.texts("آ", new int[]{0, 0}, new boolean[]{true, false}, true));
        // a ligature of two letters reads as both, in reading order
        assertArrayEquals(new String[]{"لا"},
                ComplexShaping.texts("لا", new int[]{0}, new boolean[1], true));
    }

    @Test
    void aFaceWithoutAShapingEngineRefusesTextThatNeedsOne() throws Exception {
        FontFace bare = new FontFace("bare", NASKH.trueTypeFont());
        assertThrows(UnsetScriptException.class, () -> bare.shape("مرحبا", false, 1));
        assertEquals(null, bare.shape("abc", false, 0).texts());
    }
}
