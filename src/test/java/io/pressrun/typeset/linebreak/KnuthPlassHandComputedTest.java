package io.pressrun.typeset.linebreak;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pressrun.typeset.linebreak.Paragraphs.box;
import static io.pressrun.typeset.linebreak.Paragraphs.filled;
import static io.pressrun.typeset.linebreak.Paragraphs.glue;
import static io.pressrun.typeset.linebreak.Paragraphs.hyphen;
import static io.pressrun.typeset.linebreak.Paragraphs.penalty;
import static io.pressrun.typeset.linebreak.Paragraphs.totalFit;
import static io.pressrun.typeset.linebreak.Paragraphs.unfilled;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Badness, tolerance, fitness classes and demerits, against numbers worked out by hand from
 * Knuth and Plass, "Breaking Paragraphs into Lines" (1981), and tex.web, as this breaker
 * follows them: badness 100|r|^3 (tex.web §108 approximates it in integers; every number here
 * gives the same choice either way), a first-pass tolerance of 200, the paper's fitness classes
 * by adjustment ratio r (tight r < -1/2, decent to 1/2, loose to 1, very loose above: tex.web
 * §817 draws the same lines at badness 12 and 99), and demerits (l + b)^2 + p^2, or - p^2 for a
 * negative penalty, with l = 10, plus 10 000 for a line whose fitness class is two or more away
 * from the line before it, 10 000 for the second of two hyphenated lines in a row and 5 000 for
 * a last line after a hyphenated one (tex.web §859 with plain TeX's values).
 *
 * <p>The values are seen through the only thing the breaker tells: where it breaks. Each
 * paragraph has exactly two ways to be broken within the tolerance, and its numbers are chosen
 * so that the rule under test decides between them. Widths are in arbitrary units; a space is
 * written {@code ␣(width, stretch, shrink)}.
 */
class KnuthPlassHandComputedTest {
    /** The break at the space after b in {@link #fork}. */
    static final int AT_SPACE = 3;
    /** The break at the penalty inside "c·d" in {@link #fork}. */
    static final int AT_PENALTY = 5;

    /**
     * {@code a ␣ b ␣ c·d ␣ e}: the first line ends at the second space or at the penalty
     * between c and d. Any other break leaves a line of a single box, which cannot be set to the
     * measure, so every paragraph built on it has just those two ways.
     */
    static Item[] fork(float a, Item.Glue s1, float b, Item.Glue s2, float c, Item.Penalty p, float d,
                       Item.Glue s3, float e) {
        return new Item[] {box(a), s1, box(b), s2, box(c), p, box(d), s3, box(e)};
    }

    @Test
    void badnessIsAHundredTimesTheRatioCubed() {
        // measure 100; 40 ␣(10,10,5) 40 ␣(10,10,5) 4·[penalty 108]·30 ␣(10,10,5) 30, last line filled
        // at the space:   "40 40", natural 90, stretch 10: r = 10/10 = 1, b = 100 r^3 = 100
        //                 (10 + 100)^2 = 12 100; the last line "4 30 30" has r ~ 0: 10^2 = 100
        //                 total 12 200
        // at the penalty: "40 40 4", natural 104, shrink 10: r = -4/10 = -0.4, b = 100 * 0.064 = 6.4
        //                 (10 + 6.4)^2 + 108^2 = 268.96 + 11 664 = 11 932.96; last line "30 30": 100
        //                 total 12 032.96: the penalty wins by 167
        // were b = 100 r^2, the penalty would cost (10 + 16)^2 + 11 664 + 100 = 12 440 and lose
        var items = filled(fork(40, glue(10, 10, 5), 40, glue(10, 10, 5), 4, penalty(108), 30, glue(10, 10, 5), 30));
        assertEquals(List.of(AT_PENALTY, 10), totalFit(items, 100));
    }

    @Test
    void theLinePenaltyIsTen() {
        // the paragraph above, once with penalty 108 and once with 109: with line penalty l both
        // last lines cost l^2, and the penalty wins when (l + 100)^2 - (l + 6.4)^2 > p^2, that is
        // when 93.6 (2 l + 106.4) > p^2
        //   p = 108: 11 664 < 93.6 (2 l + 106.4) for l > 9.10: at l = 10, 11 831.04 > 11 664, the penalty
        //   p = 109: 11 881 > 93.6 (2 l + 106.4) for l < 10.27: at l = 10, 11 831.04 < 11 881, the space
        //            (total (10 + 6.4)^2 + 11 881 + 100 = 12 249.96 against 12 200)
        var cheap = filled(fork(40, glue(10, 10, 5), 40, glue(10, 10, 5), 4, penalty(108), 30, glue(10, 10, 5), 30));
        var dear = filled(fork(40, glue(10, 10, 5), 40, glue(10, 10, 5), 4, penalty(109), 30, glue(10, 10, 5), 30));
        assertEquals(List.of(AT_PENALTY, 10), totalFit(cheap, 100));
        assertEquals(List.of(AT_SPACE, 10), totalFit(dear, 100));
    }

    @Test
    void theToleranceIsABadnessOf200() {
        // 40 ␣(10,8,4) 40 ␣(10,8,4) 4·[penalty 240]·30 ␣(10,10,5) 30, last line filled
        // measure 100:
        //   at the space:   "40 40", stretch 8: r = 10/8 = 1.25, b = 100 * 1.953125 = 195.3 <= 200;
        //                   very loose (r > 1) above the decent last line: + 10 000
        //                   (10 + 195.3)^2 + 10 000 + 100 = 52 253.2
        //   at the penalty: "40 40 4", shrink 8: r = -4/8 = -0.5, b = 12.5, decent
        //                   (10 + 12.5)^2 + 240^2 + 100 = 506.25 + 57 600 + 100 = 58 206.25: the space wins
        // measure 100.16:
        //   at the space:   r = 10.16/8 = 1.27, b = 100 * 2.048 = 204.8 > 200: not a feasible line
        //   at the penalty: r = -3.84/8 = -0.48, so the penalty it is, however dear
        //   (were b = 100 r^2, b = 161.3 would be feasible, and (171.3)^2 + 10 100 = 39 440 would win)
        var items = filled(fork(40, glue(10, 8, 4), 40, glue(10, 8, 4), 4, penalty(240), 30, glue(10, 10, 5), 30));
        assertEquals(List.of(AT_SPACE, 10), totalFit(items, 100));
        assertEquals(List.of(AT_PENALTY, 10), totalFit(items, 100.16f));
    }

    @Test
    void aLineIsLooseUpToARatioOfOneAndVeryLooseAbove() {
        // 40 ␣(10,10,5) 40 ␣(10,10,5) 4·[penalty p]·43 ␣(10,40,5) 43, the last line not filled
        // measure 100, p = 130:
        //   at the space:   "40 40": r = 10/10 = 1, b = 100, loose; "4 43 43", natural 100: r = 0, decent
        //                   classes 2 and 1 are neighbours: (10 + 100)^2 + 10^2 = 12 200
        //   at the penalty: "40 40 4": r = -0.4, b = 6.4; "43 43", natural 96: r = 4/40 = 0.1, b = 0.1
        //                   (16.4)^2 + 130^2 + (10.1)^2 = 268.96 + 16 900 + 102.01 = 17 270.97: the space
        // measure 100 + 10/512, p = 130:
        //   at the space:   r = 1 + 1/512 = 1.00195, b = 100.59, very loose; the last line r = 0.0005,
        //                   decent: classes 3 and 1, + 10 000: (110.59)^2 + 100 + 10 000 = 22 329.5
        //   at the penalty: r = -3.98/10 = -0.398, b = 6.31; last line r = 0.1005, b = 0.10
        //                   (16.31)^2 + 16 900 + (10.10)^2 = 265.9 + 16 900 + 102.0 = 17 267.9: the penalty
        // measure 100 + 10/512, p = 150: the penalty costs 265.9 + 22 500 + 102.0 = 22 867.9, more
        //   than the very loose line with its 10 000: the space again
        float justOver = 100 + 10f / 512;
        var p130 = unfilled(fork(40, glue(10, 10, 5), 40, glue(10, 10, 5), 4, penalty(130), 43, glue(10, 40, 5), 43));
        var p150 = unfilled(fork(40, glue(10, 10, 5), 40, glue(10, 10, 5), 4, penalty(150), 43, glue(10, 40, 5), 43));
        assertEquals(List.of(AT_SPACE, 9), totalFit(p130, 100));
        assertEquals(List.of(AT_PENALTY, 9), totalFit(p130, justOver));
        assertEquals(List.of(AT_SPACE, 9), totalFit(p150, justOver));
    }

    @Test
    void aLineIsDecentUpToARatioOfAHalfAndLooseAbove() {
        // 40 ␣(10,20,10) 40 ␣(10,20,10) 2·[penalty -110]·20 ␣(10,40,5) 20, the last line not filled;
        // the second line is very loose either way, so the first is next to a class 3
        // measure 100:
        //   at the space:   "40 40": r = 10/20 = 0.5, b = 12.5, decent; "2 20 20", natural 52:
        //                   r = 48/40 = 1.2, b = 172.8, very loose: classes 1 and 3, + 10 000
        //                   (22.5)^2 + (182.8)^2 + 10 000 = 506.25 + 33 415.84 + 10 000 = 43 922.09
        //   at the penalty: "40 40 2", natural 102, shrink 20: r = -0.1, b = 0.1, decent, a bonus:
        //                   (10.1)^2 - 110^2 = -11 997.99; "20 20", natural 50: r = 1.25, b = 195.31,
        //                   very loose, + 10 000: (205.31)^2 + 10 000 = 52 153.22; total 40 155.23: the penalty
        // measure 100 + 20/512:
        //   at the space:   r = 0.5 + 1/512 = 0.50195, b = 12.65, loose: classes 2 and 3, no extra
        //                   (22.65)^2 + (10 + 173.22)^2 = 512.9 + 33 570.4 = 34 083.3
        //   at the penalty: r = -0.098, b = 0.09: 101.9 - 12 100; last r = 1.25098, b = 195.77:
        //                   (205.77)^2 + 10 000 = 52 341.5; total 40 343.4: the space
        var items = unfilled(fork(40, glue(10, 20, 10), 40, glue(10, 20, 10), 2, penalty(-110), 20, glue(10, 40, 5), 20));
        assertEquals(List.of(AT_PENALTY, 9), totalFit(items, 100));
        assertEquals(List.of(AT_SPACE, 9), totalFit(items, 100 + 20f / 512));
    }

    @Test
    void aLineIsTightBelowARatioOfMinusAHalf() {
        // 50 ␣(10,10,20) 50 ␣(10,10,20) 4·[penalty -90]·27 ␣(10,40,5) 27, the last line not filled;
        // the second line is loose either way, so a tight first line is two classes away from it
        // measure 100:
        //   at the space:   "50 50", natural 110, shrink 20: r = -0.5, b = 12.5, decent; "4 27 27",
        //                   natural 68: r = 32/40 = 0.8, b = 51.2, loose: classes 1 and 2, no extra
        //                   (22.5)^2 + (61.2)^2 = 506.25 + 3 745.44 = 4 251.69
        //   at the penalty: "50 50 4", natural 124, shrink 40: r = -0.6, b = 21.6, tight, a bonus:
        //                   (31.6)^2 - 90^2 = 998.56 - 8 100; "27 27", natural 64: r = 0.9, b = 72.9,
        //                   loose: classes 0 and 2, + 10 000: (82.9)^2 + 10 000 = 16 872.41
        //                   total 9 770.97: the space
        // measure 100 - 20/512:
        //   at the space:   r = -0.5 - 1/512 = -0.50195, b = 12.65, tight; last r = 0.799, b = 51.0,
        //                   loose: + 10 000: 512.9 + 3 722.6 + 10 000 = 14 235.4
        //   at the penalty: r = -0.601, b = 21.7: 1 005.3 - 8 100; last r = 0.899, b = 72.7:
        //                   6 832.9 + 10 000; total 9 738.4: the penalty
        var items = unfilled(fork(50, glue(10, 10, 20), 50, glue(10, 10, 20), 4, penalty(-90), 27, glue(10, 40, 5), 27));
        assertEquals(List.of(AT_SPACE, 9), totalFit(items, 100));
        assertEquals(List.of(AT_PENALTY, 9), totalFit(items, 100 - 20f / 512));
    }

    @Test
    void twoHyphenatedLinesInARowCostDoubleHyphenDemerits() {
        // measure 100, spaces ␣(10,10,10): 40 ␣ 45-25 ␣ 25 ␣ 25-25 ␣ 30, last line filled
        // (indices: the hyphens are 3 and 9, the space after the second hyphenated word is 11)
        // hyphen, hyphen [3, 9]: "40 45-" is 100 exactly: 10^2 + 50^2 = 2 600; "25 25 25-" is 100
        //   exactly: 100 + 2 500 + 10 000 (the second hyphen in a row) = 12 600; "25 30" after a
        //   hyphen is the last line: 100 + 5 000 = 5 100; total 20 300
        // hyphen, space [3, 11]: 2 600; "25 25 25 25", natural 120, shrink 20: r = -1, b = 100,
        //   tight next to decent: 110^2 = 12 100; "30": 100; total 14 800: no second hyphen
        // without the 10 000 the two hyphens would cost 10 300 and win
        var space = glue(10, 10, 10);
        var items = filled(box(40), space, box(45), hyphen(), box(25), space, box(25), space, box(25), hyphen(),
                box(25), space, box(30));
        assertEquals(List.of(3, 11, 14), totalFit(items, 100));
    }

    @Test
    void aHyphenBeforeTheLastLineCostsFinalHyphenDemerits() {
        // measure 100, spaces ␣(20,10,16): 40 ␣ 35-x ␣ 30, last line filled
        // at the hyphen [3, 8]: "40 35-" is 100 exactly: 10^2 + 50^2 = 2 600; the last line follows a
        //   hyphen: 100 + 5 000; total 7 700
        // at the space [5, 8], x = 19: "40 35 19", natural 114, shrink 16: r = -0.875, b = 66.99:
        //   (76.99)^2 = 5 927.8, + 100 for the last line: 6 027.8: the space (without the 5 000 the
        //   hyphen would cost 2 700 and win)
        // x = 21: r = -1, b = 100: 12 100 + 100 = 12 200: the hyphen (were the last line charged
        //   10 000 like a second hyphen, 12 700 would lose)
        // so the final hyphen demerits lie between 6 027.8 - 2 700 and 12 200 - 2 700
        var space = glue(20, 10, 16);
        var x19 = filled(box(40), space, box(35), hyphen(), box(19), space, box(30));
        var x21 = filled(box(40), space, box(35), hyphen(), box(21), space, box(30));
        assertEquals(List.of(5, 8), totalFit(x19, 100));
        assertEquals(List.of(3, 8), totalFit(x21, 100));
    }
}
