package io.pressrun.typeset.article;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.StyledRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Columns measured from their cells' words and lines, and the widths they get in a measure. */
class TableColumnsTest {
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final TextStyle TEXT = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));

    /** A cell of one word a line. */
    private static List<StyledRun> cell(String... lines) {
        List<StyledRun> runs = new ArrayList<>();
        for (String line : lines) {
            if (!runs.isEmpty()) {
                runs.add(StyledRun.lineBreak(TEXT));
            }
            runs.add(StyledRun.of(line, TEXT));
        }
        return runs;
    }

    private static float width(String word) {
        return FONTS.spans(word, TEXT, null).get(0).width();
    }

    @Test
    void aCellsLongestLineEndsAtAForcedBreak() {
        float word = width("Longestword");
        TableColumns c = TableColumns.measure(FONTS, List.of(List.of(cell("Short", "Longestword"), cell("Longestword"))), 2);
        assertEquals(2 * word, c.minimum(), 1e-3f, "each column's widest word");
        float[] w = c.widths(4 * word);
        assertArrayEquals(new float[]{2 * word, 2 * word}, w, 1e-3f,
                "the longest line of both is the word: the room left over is shared evenly");
    }

    @Test
    void columnsWhoseLongestLinesFitExactlyGetThem() {
        float a = width("Longestword");
        float b = width("Short");
        TableColumns c = TableColumns.measure(FONTS, List.of(List.of(cell("Longestword"), cell("Short"))), 2);
        assertArrayEquals(new float[]{a, b}, c.widths(a + b), 1e-3f);
    }

    @Test
    void columnsWithNothingInThemShareTheMeasureEvenly() {
        TableColumns c = TableColumns.measure(FONTS, List.of(List.of(cell(), cell())), 2);
        assertEquals(0, c.minimum());
        assertArrayEquals(new float[]{50, 50}, c.widths(100), 1e-6f);
    }
}
