package io.pressrun.typeset.linebreak;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pressrun.typeset.linebreak.Paragraphs.box;
import static io.pressrun.typeset.linebreak.Paragraphs.glue;
import static io.pressrun.typeset.linebreak.Paragraphs.penalty;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LineBreakerTest {

    @Test
    void theNextLineStartsPastSpacesAndBreakPointsButAtAForcedBreak() {
        // a word, a space (the break), a free break point, a word: the next line starts at the word
        List<Item> items = Paragraphs.filled(box(10), glue(10, 5, 2), penalty(0), box(10));
        assertEquals(3, LineBreaker.nextLineStart(items, 1));
        // two line breaks in a row: the line after the first is the empty one that ends at the second
        List<Item> blank = List.of(box(10), new Item.Glue(0, Item.FILL, 0), Item.Penalty.forcedBreak(),
                new Item.Glue(0, Item.FILL, 0), Item.Penalty.forcedBreak(), box(10));
        assertEquals(4, LineBreaker.nextLineStart(blank, 2));
    }
}
