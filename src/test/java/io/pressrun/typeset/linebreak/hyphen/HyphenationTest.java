package io.pressrun.typeset.linebreak.hyphen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class HyphenationTest {
    static final Hyphenator EN = Hyphenation.hyphenator("en-US").orElseThrow();

    @Test
    void englishWordsAreHyphenatedAsTheTexPatternsSay() {
        assertEquals("hy-phen-ation", EN.hyphenate("hyphenation"));
        assertEquals("en-cryp-tion", EN.hyphenate("encryption"));
        assertEquals("gov-ern-ment", EN.hyphenate("government"));
        assertEquals("com-mu-ni-ca-tions", EN.hyphenate("communications"));
        assertEquals("ad-min-is-tra-tion", EN.hyphenate("administration"));
        assertEquals("type-set-ting", EN.hyphenate("typesetting"));
        assertEquals("project", EN.hyphenate("project"), "no point the patterns do not give");
    }

    @Test
    void theEnglishFileSetsTwoLettersBeforeAndThreeAfterABreak() {
        assertEquals(2, EN.leftMin());
        assertEquals(3, EN.rightMin());
        assertEquals("com-puter", EN.hyphenate("computer"), "never com-put-er: 'er' is under three letters");
        assertEquals("ta-ble", EN.hyphenate("table"));
    }

    @Test
    void upperCaseLettersMatchTheLowerCasePatterns() {
        assertEquals("En-cryp-tion", EN.hyphenate("Encryption"));
    }

    @Test
    void germanAndFrenchHaveTheirOwnPatterns() {
        Hyphenator de = Hyphenation.hyphenator("de").orElseThrow();
        assertEquals("sil-ben-tren-nung", de.hyphenate("silbentrennung"));
        assertEquals("ver-schlüs-se-lung", de.hyphenate("verschlüsselung"));
        Hyphenator fr = Hyphenation.hyphenator("fr").orElseThrow();
        assertEquals("gou-ver-ne-ment", fr.hyphenate("gouvernement"));
        assertEquals("hy-phé-na-tion", fr.hyphenate("hyphénation"));
        assertEquals(2, fr.rightMin(), "from the French file's header");
    }

    @Test
    void theLanguageTagChoosesThePatterns() {
        assertEquals("hyph_en_US.dic", Hyphenation.patternFile("en"));
        assertEquals("hyph_en_US.dic", Hyphenation.patternFile("en-US"));
        assertEquals("hyph_en_GB.dic", Hyphenation.patternFile("en-GB"), "British patterns for British English");
        assertEquals("hyph_en_GB.dic", Hyphenation.patternFile("en-AU"));
        assertEquals("hyph_en_US.dic", Hyphenation.patternFile("en-CA"), "other English falls back to the US patterns");
        assertEquals("hyph_de_DE.dic", Hyphenation.patternFile("de-CH"));
        assertEquals("hyph_de_DE.dic", Hyphenation.patternFile("de-AT"));
        assertEquals("hyph_fr.dic", Hyphenation.patternFile("fr-CA"));
        assertNull(Hyphenation.patternFile("sv"));
        assertNull(Hyphenation.patternFile("zh-Hans"));
        assertNull(Hyphenation.patternFile(""));
        assertNull(Hyphenation.patternFile(null));
        assertFalse(Hyphenation.forLanguage("pl", false).enabled());
        assertSame(Hyphenation.hyphenator("en-CA").orElseThrow(), EN, "patterns are read once");
        assertSame(Hyphenation.hyphenator("en-GB").orElseThrow(), Hyphenation.hyphenator("en-NZ").orElseThrow());
    }

    @Test
    void onlyPlainWordsAreHyphenated() {
        Hyphenation h = Hyphenation.of(EN, false);
        assertArrayEquals(new int[] {2, 6}, h.points("encryption"));
        assertArrayEquals(new int[] {3, 7}, h.points("“encryption,”"), "punctuation around the word is skipped");
        assertArrayEquals(new int[] {3, 6}, h.points("government’s"), "the part before an apostrophe: gov-ern-ment’s");
        assertEquals(0, h.points("encryption2019").length, "digits");
        assertEquals(0, h.points("example.org/encryption").length, "URLs and paths");
        assertEquals(0, h.points("press@encryption.example").length, "addresses");
        assertEquals(0, h.points("Encryption").length, "capitalised words unless the theme asks");
        assertEquals(0, h.points("ENCRYPTION").length, "capitals never");
        assertArrayEquals(new int[] {2, 6}, Hyphenation.of(EN, true).points("Encryption"));
        assertEquals(0, Hyphenation.NONE.points("encryption").length);
        assertArrayEquals(new int[] {2, 5, 8}, Hyphenation.forLanguage("de-CH", false).points("Regierungen,"),
                "German capitalises nouns: Re-gie-run-gen is hyphenated even so");
        assertEquals(0, Hyphenation.forLanguage("en-GB", false).points("Regierungen").length);
    }

    @Test
    void theHyphenFileFormatIsRead() throws IOException {
        String file = "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n% a comment\n1b\nNEXTLEVEL\n1c\n.a2\n";
        Hyphenator h = Hyphenator.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), Locale.ROOT);
        assertEquals(1, h.leftMin());
        assertEquals(1, h.rightMin());
        assertEquals("aba-c", h.hyphenate("abac"), "only the last level counts: 1b is forgotten");
        assertEquals("ab-c", h.hyphenate("abc"));
        assertArrayEquals(new int[] {2}, h.points("cac"), "no break before the first letter");
        assertEquals("bcb", Hyphenator.read(new ByteArrayInputStream("UTF-8\nb1c\nb2c\n".getBytes(StandardCharsets.UTF_8)),
                Locale.ROOT).hyphenate("bcb"), "the higher value of two patterns wins");
    }

    /**
     * British patterns break by parts of the word (pro-ject, know-ledge, despic-able), American
     * ones by pronunciation (proj-ect is not given at all; knowl-edge, de-spi-ca-ble). Each word
     * here is broken differently by the two bundled files, so en-GB set with the US patterns fails.
     */
    @ParameterizedTest(name = "{0}: en-GB {1}, en-US {2}")
    @CsvSource({
        "project,        pro-ject,               project",
        "despicable,     despic-able,            de-spi-ca-ble",
        "knowledge,      know-ledge,             knowl-edge",
        "democracy,      demo-cracy,             democ-racy",
        "philosophy,     philo-sophy,            phi-los-o-phy",
        "geography,      geo-graphy,             ge-og-ra-phy",
        "precedent,      pre-ced-ent,            prece-dent",
        "presentation,   present-a-tion,         pre-sen-ta-tion",
        "representative, rep-res-ent-at-ive,     rep-re-sen-ta-tive",
        "analysis,       ana-lysis,              anal-y-sis",
        "recognise,      re-cog-nise,            recog-nise",
    })
    void britishEnglishIsHyphenatedWithTheBritishPatterns(String word, String british, String american) {
        assertEquals(british, shown(word, Hyphenation.forLanguage("en-GB", false).points(word)), "en-GB");
        assertEquals(british, shown(word, Hyphenation.forLanguage("en-AU", false).points(word)), "en-AU");
        assertEquals(american, shown(word, Hyphenation.forLanguage("en-US", false).points(word)), "en-US");
        assertEquals(american, shown(word, Hyphenation.forLanguage("en", false).points(word)), "en");
    }

    @Test
    void britishAndAmericanPatternsAgreeOnPlainWords() {
        Hyphenator gb = Hyphenation.hyphenator("en-GB").orElseThrow();
        assertEquals(2, gb.leftMin());
        assertEquals(3, gb.rightMin());
        for (String word : new String[]{"government", "encryption", "administration", "typesetting"}) {
            assertEquals(EN.hyphenate(word), gb.hyphenate(word), word);
        }
        assertEquals("or-gan-isa-tion", gb.hyphenate("organisation"));
        assertEquals("pro-gramme", gb.hyphenate("programme"));
    }

    /** The word with a hyphen at each point. */
    private static String shown(String word, int[] points) {
        var out = new StringBuilder(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }
}
