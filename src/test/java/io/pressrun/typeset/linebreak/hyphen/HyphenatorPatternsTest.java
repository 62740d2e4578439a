package io.pressrun.typeset.linebreak.hyphen;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Liang's algorithm over small pattern files, the expected points worked out by hand. */
class HyphenatorPatternsTest {

    private static Hyphenator read(String file, Charset charset) throws IOException {
        return Hyphenator.read(new ByteArrayInputStream(file.getBytes(charset)), Locale.ROOT);
    }

    private static Hyphenator read(String file) throws IOException {
        return read(file, StandardCharsets.UTF_8);
    }

    @Test
    void oddValuesBetweenLettersArePointsOutsideTheMinimums() throws IOException {
        Hyphenator h = read("UTF-8\na1b\nb1c\nc1d\nd1e\n");
        assertEquals(2, h.leftMin());
        assertEquals(2, h.rightMin());
        // .abcde.: points after a, b, c and d; two letters at least on either side leaves b|c and c|d
        assertArrayEquals(new int[]{2, 3}, h.points("abcde"));
        assertEquals("ab-c-de", h.hyphenate("abcde"));
        assertArrayEquals(new int[]{2}, h.points("abcd"));
        assertArrayEquals(new int[0], h.points("abc"), "shorter than both minimums together");
        assertArrayEquals(new int[]{2, 3}, h.points("ABCDE"), "words are lowercased first");
    }

    @Test
    void theMinimumsComeFromTheFile() throws IOException {
        Hyphenator h = read("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN   3\na1b\nb1c\nc1d\nd1e\n");
        assertEquals(1, h.leftMin());
        assertEquals(3, h.rightMin());
        assertArrayEquals(new int[]{1, 2}, h.points("abcde"));
        assertArrayEquals(new int[]{1}, h.points("abcd"));
    }

    @Test
    void theHighestValueOfEveryMatchingPatternDecides() throws IOException {
        // at b|c: 1 from b1c, 2 from ab2cd: even, no point; at c|d: 3 from .abc3 beats 2 from c2d
        Hyphenator h = read("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nb1c\nab2cd\nc2d\n.abc3\n");
        assertArrayEquals(new int[]{3}, h.points("abcd"));
        assertArrayEquals(new int[]{2}, h.points("xbcd"), "without ab2cd and .abc3: b1c is odd, c2d even");
    }

    @Test
    void aPatternGivenTwiceKeepsTheHigherValueAtEachPlace() throws IOException {
        Hyphenator h = read("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nx1y0z\nx0y2z\n");
        // merged: x1y2z
        assertArrayEquals(new int[]{1}, h.points("xyz"));
        Hyphenator nine = read("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\np9q\nq0r\n");
        assertArrayEquals(new int[]{1}, nine.points("pqr"), "9 is a digit too");
        Hyphenator both = read("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nx1yz\nxy3z\n");
        assertArrayEquals(new int[]{1, 2}, both.points("xyz"), "merged: x1y3z, a point from each");
    }

    @Test
    void aFileOfOnlyItsCharsetLineHasNoPatterns() throws IOException {
        assertArrayEquals(new int[0], read("UTF-8").points("hyphenation"));
    }

    @Test
    void commentsKeywordsAndReplacementsAreSkippedAndOnlyTheLastLevelCounts() throws IOException {
        Hyphenator h = read(String.join("\n", "UTF-8", "LEFTHYPHENMIN 1", "RIGHTHYPHENMIN 1", "% a comment 1x",
                "# another 1y", "", "  ", "1z", "NEXTLEVEL", "COMPOUNDLEFTHYPHENMIN 2", "NOHYPHEN x,y", "a1b",
                "c1d/c=c,1,1", "   e1f   ", ""));
        assertArrayEquals(new int[]{1}, h.points("ab"));
        assertArrayEquals(new int[0], h.points("az"), "1z was of the level before");
        assertArrayEquals(new int[0], h.points("cd"), "a replacement pattern is skipped");
        assertArrayEquals(new int[]{1}, h.points("ef"), "white space around a pattern is dropped");
        assertArrayEquals(new int[0], read("UTF-8\n").points("abcdef"), "no patterns, no points");
    }

    @Test
    void theFirstLineNamesTheCharacterSet() throws IOException {
        String file = "ISO8859-1\r\nLEFTHYPHENMIN 1\r\nRIGHTHYPHENMIN 1\r\n\u00e91f\r\n";
        Hyphenator latin1 = read(file, StandardCharsets.ISO_8859_1);
        assertArrayEquals(new int[]{1}, latin1.points("\u00e9f"));
        assertEquals(1, latin1.leftMin(), "the line after a CR LF is read");
        Hyphenator unknown = read("NO-SUCH-CHARSET\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n\u00e91f\n");
        assertArrayEquals(new int[]{1}, unknown.points("\u00e9f"), "UTF-8 when the name is unknown");
        Hyphenator crOnly = read("UTF-8\rLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na1b\n");
        assertArrayEquals(new int[]{1}, crOnly.points("ab"));
    }

    @Test
    void aWordWhoseLowercaseIsLongerIsNotHyphenated() throws IOException {
        Hyphenator h = read("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na1b\n");
        assertArrayEquals(new int[0], h.points("\u0130ab"), "İ lowercases to two characters");
    }
}
