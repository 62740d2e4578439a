package io.pressrun.typeset.linebreak;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pressrun.typeset.linebreak.Paragraphs.box;
import static io.pressrun.typeset.linebreak.Paragraphs.filled;
import static io.pressrun.typeset.linebreak.Paragraphs.firstFit;
import static io.pressrun.typeset.linebreak.Paragraphs.glue;
import static io.pressrun.typeset.linebreak.Paragraphs.hyphen;
import static io.pressrun.typeset.linebreak.Paragraphs.totalFit;
import static io.pressrun.typeset.linebreak.Paragraphs.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whole paragraphs whose best breaks were found by hand: every way to break them within the
 * tolerance is listed with its demerits (the rules as in {@link KnuthPlassHandComputedTest}),
 * and first fit, which fills each line as far as the natural spacing allows, takes another.
 */
class KnownParagraphsTest {

    @Test
    void totalFitShrinksTheFirstLineWhereFirstFitLeavesItVeryLoose() {
        // words 10 12 14 36 13 17 25 29 19 36, spaces ␣(10,5,4), measure 120: the words are at the
        // even indices, the spaces at the odd ones, the paragraph ends at 20
        // first fit [7, 15, 20]:
        //   "10 12 14 36", natural 102, stretch 15: r = 1.2, b = 172.8, very loose: (182.8)^2 = 33 415.84
        //   "13 17 25 29", natural 114: r = 0.4, b = 6.4, decent, two classes from very loose:
        //   (16.4)^2 + 10 000 = 10 268.96
        //   "19 36": 100; total 43 784.8
        // total fit [9, 17, 20]:
        //   "10 12 14 36 13", natural 125, shrink 16: r = -5/16 = -0.3125, b = 3.05: (13.05)^2 = 170.35
        //   "17 25 29 19", natural 120: r = 0, b = 0: 100
        //   "36": 100; total 370.35
        // no other way keeps every line within the tolerance
        var items = words(glue(10, 5, 4), 10, 12, 14, 36, 13, 17, 25, 29, 19, 36);
        LineWidths w = LineWidths.constant(120);
        assertEquals(List.of(7, 15, 20), firstFit(items, w));
        assertEquals(List.of(9, 17, 20), totalFit(items, w));
    }

    @Test
    void oneHyphenAndAnEvenParagraphBeatTwoHyphensInARow() {
        // words 11 14 16 15-16 24 22 17-17 19-19 35 12, spaces ␣(10,5,4), the first line 100 wide and
        // the others 120; the hyphens are at 7, 15 and 19, the paragraph ends at 26
        // total fit [7, 17, 26]:
        //   "11 14 16 15-", natural 91 of 100, stretch 15: r = 0.6, b = 21.6, loose:
        //   (31.6)^2 + 50^2 = 998.56 + 2 500 = 3 498.56
        //   "16 24 22 1717", natural 126, shrink 12: r = -0.5, b = 12.5, decent: (22.5)^2 = 506.25
        //   "1919 35 12": 100; total 4 104.81
        // first fit [7, 15, 23, 26]:
        //   3 498.56, then "16 24 22 17-", natural 114: r = 0.4, b = 6.4, the second hyphen in a row:
        //   (16.4)^2 + 2 500 + 10 000 = 12 768.96; "17 1919 35", natural 110: r = 1, b = 100, loose:
        //   12 100; "12": 100; total 28 467.52
        // the only other way, [7, 15, 26]: its last line "17 1919 35 12", natural 132, shrink 12:
        //   r = -1, b = 100, after a hyphen: 12 100 + 5 000; total 33 367.52
        var s = glue(10, 5, 4);
        List<Item> items = filled(box(11), s, box(14), s, box(16), s, box(15), hyphen(), box(16), s, box(24), s,
                box(22), s, box(17), hyphen(), box(17), s, box(19), hyphen(), box(19), s, box(35), s, box(12));
        LineWidths w = LineWidths.firstAndRest(100, 120);
        assertEquals(List.of(7, 15, 23, 26), firstFit(items, w));
        assertEquals(List.of(7, 17, 26), totalFit(items, w));
    }
}
