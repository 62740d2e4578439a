package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a code line too wide for the measure wraps; the monospaced face makes widths a count of characters. */
class CodeLinesTest {
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final TextStyle MONO = new TextStyle("mono", false, false, 10, new Colour(0, 0, 0));
    private static final float CHAR = FONTS.face(MONO).width("a", 10);

    /** The code each line shows, without a continuation's mark. */
    private static List<String> pieces(String code, float width) {
        return CodeLines.set(FONTS, code, MONO, width).stream()
                .map(l -> l.spans().subList(l.label() == null ? 0 : l.label().spans(), l.spans().size()).stream()
                        .map(p -> p.span().text()).collect(Collectors.joining()))
                .toList();
    }

    /** Room for {@code n} characters and a little more. */
    private static float chars(int n) {
        return n * CHAR + 0.01f;
    }

    @Test
    void aLineExactlyAsWideAsTheMeasureStaysWhole() {
        float ten = 0;
        for (int i = 0; i < 10; i++) {
            ten += CHAR;
        }
        assertEquals(List.of("abcdefghij"), pieces("abcdefghij", ten));
        assertEquals(List.of("abcdefghi", "j"), pieces("abcdefghij", Math.nextDown(ten)));
    }

    @Test
    void aContinuationNeverStartsWithASpace() {
        // room for 8: after "aaaa" come two spaces; the break goes after both
        assertEquals(List.of("aaaa  ", "bbbb"), pieces("aaaa  bbbb", chars(8)));
        // room for 6: "aa;aa," ends at a comma that a space follows: no break there, back to the semicolon
        assertEquals(List.of("aa;", "aa, ", "bbbb"), pieces("aa;aa, bbbb", chars(6)));
    }

    @Test
    void aLineBreaksAfterPunctuationButNotBetweenTwoMarks() {
        // room for 8: "aaaa,,bb" ends inside the word; the last mark that a word follows is the second comma
        assertEquals(List.of("aaaa,,", "bbbb"), pieces("aaaa,,bbbb", chars(8)));
        // room for 6: "aa;bb," ends between two commas, no break there: back to the semicolon
        assertEquals(List.of("aa;", "bb,,cc"), pieces("aa;bb,,cc", chars(6)));
    }

    @Test
    void aContinuationBreaksOnlyPastAThirdOfItsOwnPiece() {
        // room for 9: the second piece, " b cccccc", has its only space after "b" within its first third: it is cut at the measure
        assertEquals(List.of("aaaaaaaaa", " b cccccc", "cc"), pieces("aaaaaaaaa b cccccccc", chars(9)));
        // the second piece "xxxxx cccc" has a space past its first third: it breaks there
        assertEquals(List.of("aaaaaaaaa", "xxxxx ", "cccccc"), pieces("aaaaaaaaaxxxxx cccccc", chars(9)));
    }
}
