package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each set line is found in its text at its first whole word, whatever the line breaker did. */
class LineStartsTest {
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10.5f, new Colour(0, 0, 0));
    private static final String TEXT = "Notwithstanding  the\u00ADextraordinarily  uncharacteristic circumstances, "
            + "internationalisation\u200Bcommittees reconsidered\nincomprehensibilities of well-established "
            + "telecommunications infrastructure, responsibilities and counterrevolutionary characterisations.";

    static List<Line> set(String text, float width) {
        List<StyledRun> runs = new ArrayList<>();
        for (String part : text.split("(?<=\n)|(?=\n)")) {
            runs.add(part.equals("\n") ? StyledRun.lineBreak(SERIF) : StyledRun.of(part, SERIF));
        }
        List<Item> items = ParagraphItems.build(FONTS, runs, width, Hyphenation.forLanguage("en", false));
        LineWidths widths = LineWidths.constant(width);
        return LineSetter.set(items, new KnuthPlassLineBreaker().breaks(items, widths), widths, Alignment.JUSTIFIED);
    }

    /**
     * The first word that begins on the line: after the rest of a word hyphenated on the line
     * before, its pieces (spans that touch, with no space between them) up to a hyphen the break added.
     */
    static String firstWholeWord(Line line) {
        var sb = new StringBuilder();
        boolean rest = true;
        float end = Float.NaN;
        for (Line.PlacedSpan s : line.spans()) {
            if (rest && "".equals(s.actualText())) {
                continue;
            }
            if (!rest && Math.abs(s.x() - end) > 0.01f) {
                break; // a space before it: another word
            }
            rest = false;
            sb.append(s.span().text());
            end = s.x() + s.span().width();
            if (s.actualText() != null) {
                break;
            }
        }
        String word = sb.toString().strip().split("\\s+")[0];
        return word.endsWith("-") && line.hyphenated() ? word.substring(0, word.length() - 1) : word;
    }

    @Test
    void everyLineStartsAtItsFirstWholeWord() {
        for (float width : new float[]{90, 120, 160, 240}) {
            List<Line> lines = set(TEXT, width);
            int[] starts = LineStarts.of(TEXT, lines);
            assertEquals(lines.size(), starts.length);
            boolean sawHyphen = false;
            for (int n = 0; n < lines.size(); n++) {
                sawHyphen |= lines.get(n).hyphenated();
                String word = firstWholeWord(lines.get(n));
                String from = TEXT.substring(starts[n]).replace("\u00AD", "").replace("\u200B", " ");
                assertTrue(from.startsWith(word.isEmpty() ? "" : word.substring(0, Math.min(4, word.length()))),
                        "width " + width + ", line " + n + " «" + lines.get(n).text() + "» " + " starts at «"
                                + TEXT.substring(starts[n], Math.min(TEXT.length(), starts[n] + 20)) + "»");
                if (n > 0) {
                    assertTrue(starts[n] >= starts[n - 1], "starts never move back");
                }
            }
            assertTrue(sawHyphen || width > 200, "narrow lines hyphenate long words at width " + width);
        }
    }

    @Test
    void aLineThatIsOnlyTheRestOfAWordStartsAtTheNextWord() {
        List<Line> lines = set("Incomprehensibilities go", 40);
        int[] starts = LineStarts.of("Incomprehensibilities go", lines);
        for (int n = 1; n < lines.size(); n++) {
            if ("".equals(lines.get(n).spans().get(0).actualText())) {
                String from = "Incomprehensibilities go".substring(starts[n]);
                assertTrue(from.isEmpty() || from.equals("go"), "after the rest of the word: «" + from + "»");
            }
        }
    }

    @Test
    void aListLabelIsNotText() {
        List<Line> lines = set("First item of the list", 400);
        Line labelled = lines.get(0).withLabel(List.of(new Line.PlacedSpan(FONTS.spans("12.", SERIF, null).get(0),
                -20)), StructTag.of("Lbl"));
        assertEquals(0, LineStarts.of("First item of the list", List.of(labelled))[0]);
    }

    @Test
    void codeLinesStartAtTheirSourceLines() {
        String code = "\tfirst = 1\n\n  second = 2\r\nthird = 3\n";
        List<Line> lines = CodeLines.set(FONTS, code, new TextStyle("mono", false, false, 9, new Colour(0, 0, 0)), 400);
        int[] starts = LineStarts.of(code, lines);
        assertEquals(4, lines.size(), "a blank line is a line");
        assertTrue(code.startsWith("first", starts[0]));
        assertTrue(code.startsWith("second", starts[1]), "a blank line starts where the next text does");
        assertTrue(code.startsWith("second", starts[2]));
        assertTrue(code.startsWith("third", starts[3]));
    }

    @Test
    void linesThatShowMoreThanTheTextNeverPointPastItsEnd() {
        // the first line shows "abc" where the text has only "ab": the next line has no word of the text
        List<Line> lines = List.of(new Line(List.of(new Line.PlacedSpan(LineSetterTest.span("abc", 30), 0)), 30),
                new Line(List.of(new Line.PlacedSpan(LineSetterTest.span("d", 10), 0)), 10));
        assertEquals(List.of(0, 2), Arrays.stream(LineStarts.of("ab", lines)).boxed().toList());
    }
}
