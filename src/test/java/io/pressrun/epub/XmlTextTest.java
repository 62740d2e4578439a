package io.pressrun.epub;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What XML 1.0 can carry is kept; everything else is dropped, character by character. */
class XmlTextTest {
    @Test
    void textXmlCanCarryIsReturnedUnchanged() {
        String s = "Tab\there, line\nfeed, return\r, space ~ \u00A0 \u00E9 \u2014 \uFFFD and 😀 🇳🇴.";
        assertSame(s, XmlText.clean(s));
        assertEquals("", XmlText.clean(null));
    }

    @Test
    void controlsAreDroppedAtTheEdgesOfTheirRanges() {
        assertEquals("ab", XmlText.clean("a\u0000\u001Fb"));
        assertEquals("a b", XmlText.clean("a \u007F\u0080\u009Fb"));
        assertEquals("a\u007E\u00A0b", XmlText.clean("a\u007E\u00A0b"));
        assertEquals("ab", XmlText.clean("a\uFFFE\uFFFFb"));
    }

    @Test
    void surrogatePairsAreKeptAndLoneHalvesDropped() {
        assertEquals("😀x", XmlText.clean("\u0001😀x"), "a pair after a dropped character");
        assertEquals("a", XmlText.clean("a\uD83D"), "a high surrogate at the end");
        assertEquals("ax", XmlText.clean("a\uD83Dx"));
        assertEquals("ax", XmlText.clean("a\uDE00x"), "a low surrogate alone");
        assertEquals("x😀", XmlText.clean("x\uDE00\uD83D\uDE00"));
    }
}
