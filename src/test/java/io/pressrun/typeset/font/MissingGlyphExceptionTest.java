package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The message names the character and the text around it, shortened past sixty characters. */
class MissingGlyphExceptionTest {

    @Test
    void theTextIsQuotedWholeUpToSixtyCharactersAndShortenedToSixtyPastThat() {
        String sixty = "a".repeat(59) + "\uA000";
        assertEquals("no font has a glyph for U+A000 '\uA000' (in \"" + sixty + "\")",
                new MissingGlyphException(0xA000, sixty).getMessage());
        String longer = "b" + sixty;
        assertEquals("no font has a glyph for U+A000 '\uA000' (in \"b" + "a".repeat(56) + "...\")",
                new MissingGlyphException(0xA000, longer).getMessage());
    }
}
