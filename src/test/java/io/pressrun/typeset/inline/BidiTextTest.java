package io.pressrun.typeset.inline;

import io.pressrun.model.TextDirection;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TextStyle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BidiTextTest {
    private static final TextStyle STYLE = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));

    private static BidiText of(String text, TextDirection direction) {
        return BidiText.of(List.of(StyledRun.of(text, STYLE)), direction);
    }

    @Test
    void levelsByTheBidirectionalAlgorithm() {
        String text = "في عام 2021 قالت TLS";
        BidiText b = of(text, null);
        assertEquals(TextDirection.RTL, b.direction(), "from the first strong character");
        assertEquals(1, b.level(text.indexOf('ف')));
        assertEquals(2, b.level(text.indexOf('2')), "European digits in right-to-left text");
        assertEquals(2, b.level(text.indexOf('T')), "Latin in right-to-left text");
        BidiText latin = of("plain text", null);
        assertEquals(TextDirection.LTR, latin.direction());
        assertEquals(0, latin.level(3));
        assertEquals(1, of("an عربي word", TextDirection.LTR).level(3), "Arabic inside left-to-right text");
    }

    @Test
    void latinInARightToLeftParagraphIsAnEmbeddedLeftToRightRun() {
        // UAX #9 rule I2: a left-to-right character at the odd level of a right-to-left paragraph goes up to 2
        BidiText b = of("TLS 1.3", TextDirection.RTL);
        assertEquals(TextDirection.RTL, b.direction());
        assertEquals(2, b.level(0));
        assertEquals(2, b.level(3), "a space between two left-to-right characters takes their direction");
        assertEquals(2, b.level(4), "European digits");
    }

    @Test
    void thaiBreaksBetweenWordsAndNowhereElse() {
        String text = "ประเทศไทยมีประชากร"; // ประเทศ|ไทย|มี|ประชากร
        BidiText b = of(text, TextDirection.LTR);
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (b.breakBefore(i)) {
                breaks.add(i);
            }
        }
        assertTrue(breaks.contains("ประเทศ".length()), breaks.toString());
        assertTrue(breaks.contains("ประเทศไทย".length()), breaks.toString());
        assertFalse(breaks.contains(1), "never inside a syllable: " + breaks);
        BidiText latin = of("no breaks here between letters", TextDirection.LTR);
        for (int i = 0; i < 30; i++) {
            assertFalse(latin.breakBefore(i));
        }
    }
}
