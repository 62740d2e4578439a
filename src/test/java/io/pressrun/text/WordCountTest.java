package io.pressrun.text;

import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

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

    @Test
    void blocksCountTheirTextAndTheirFiguresCaptions() {
        Image photo = new Image("a.png", Path.of("a.png"), "image/png", 1, 1, Bytes.copyOf(new byte[] {1}),
                "alt words are not counted", "A caption of six words here", "Credit not counted");
        List<Block> body = List.of(
                new Block.Paragraph(List.of(new Inline.Text("Three short words"))),
                new Block.BlockQuote(List.of(new Block.Figure(photo))));
        assertEquals(3 + 6, WordCount.of(body));
    }
}
