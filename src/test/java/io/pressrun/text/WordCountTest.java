package io.pressrun.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCountTest {
    @Test
    void countsRunsWithALetterOrDigit() {
        assertEquals(0, WordCount.of(""));
        assertEquals(4, WordCount.of("  It’s 16.8 million — cases … "));
        assertEquals(3, WordCount.of("Привет, 世界 😀 ok"), "CJK runs count as one; a lone emoji is not a word");
    }

    @Test
    void readTimeRoundsAndNeverDropsBelowOneMinute() {
        assertEquals(1, WordCount.readingMinutes(0));
        assertEquals(1, WordCount.readingMinutes(344));
        assertEquals(2, WordCount.readingMinutes(345));
        assertEquals(4, WordCount.readingMinutes(920));
    }
}
