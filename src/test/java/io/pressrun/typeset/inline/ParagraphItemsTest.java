package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The items a paragraph becomes, written as: {@code [text]} a box, {@code _} a space,
 * {@code fill} the glue that ends a paragraph or a line broken on purpose, {@code !} a forced
 * break, {@code -} a hyphenation point, {@code dash} and {@code break} the break after a
 * hyphen and after another dash or slash, {@code free} a break that costs nothing.
 */
class ParagraphItemsTest {
    private static final Colour BLACK = new Colour(0, 0, 0);
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10, BLACK);
    private static final TextStyle MONO = new TextStyle("mono", false, false, 10, BLACK);
    private static final FontSet FONTS = TestFonts.fontSet();

    static String describe(List<Item> items) {
        var sb = new StringBuilder();
        for (Item it : items) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            if (it instanceof Item.Box b) {
                sb.append('[').append(b.text()).append(']');
            } else if (it instanceof Item.Glue g) {
                sb.append(g.stretch() == Item.FILL ? "fill" : "_");
            } else if (it instanceof Item.Penalty p) {
                sb.append(p.isForced() ? "!" : p.isHyphen() ? (p.hyphen().text().isEmpty() && p.cost() == 0 ? "cut" : "-")
                        : p.flagged() ? "dash"
                        : p.cost() > 0 ? "break" : "free");
            }
        }
        return sb.toString();
    }

    private static String items(String text) {
        return describe(ParagraphItems.build(FONTS, List.of(StyledRun.of(text, SERIF)), 1000));
    }

    @Test
    void wordsAreBoxesAndSpacesGlue() {
        assertEquals("[a] _ [b] fill !", items("a b"));
        assertEquals("[a] _ [b] fill !", items("  a \t\n b  "), "space at the ends and runs of it");
        assertEquals("[a] free [b] fill !", items("a\u200Bb"), "a zero-width space");
        assertEquals("fill !", items(""));
    }

    @Test
    void aSpaceIsTheFamilysWordSpaceFromTheTheme() {
        // the bundled theme's word-space.serif: 0.28 em, stretching by a third, shrinking by half
        Item.Glue g = (Item.Glue) ParagraphItems.build(FONTS, List.of(StyledRun.of("a b", SERIF)), 1000).get(1);
        assertEquals(2.8f, g.width(), 1e-5f);
        assertEquals(2.8f * 0.3333f, g.stretch(), 1e-5f);
        assertEquals(1.4f, g.shrink(), 1e-5f);
        // the sans family's: the face's own space, a third, two fifths
        TextStyle sans = new TextStyle("sans", false, false, 10, BLACK);
        Item.Glue s = (Item.Glue) ParagraphItems.build(FONTS, List.of(StyledRun.of("a b", sans)), 1000).get(1);
        float space = FONTS.face(sans).width(" ", 10);
        assertEquals(space, s.width(), 1e-5f);
        assertEquals(space * 0.3333f, s.stretch(), 1e-5f);
        assertEquals(space * 0.4f, s.shrink(), 1e-5f);
    }

    @Test
    void aSpaceInsideInlineCodeKeepsItsWidth() {
        List<Item> items = ParagraphItems.build(FONTS, List.of(StyledRun.of("see ", SERIF),
                StyledRun.of("show w", MONO), StyledRun.of(" here", SERIF)), 1000);
        assertEquals("[see] _ [show] _ [w] _ [here] fill !", describe(items));
        List<Float> text = glue(items.get(1));
        assertEquals(List.of(FONTS.face(MONO).width(" ", 10), 0f, 0f), glue(items.get(3)),
                "the monospaced face's own space, no stretch, no shrink inside the code");
        assertTrue(text.get(1) > 0 && text.get(2) > 0, "the space before the code is the text's: " + text);
        assertEquals(text, glue(items.get(5)), "the space after it is the text's");
    }

    private static List<Float> glue(Item item) {
        Item.Glue g = (Item.Glue) item;
        return List.of(g.width(), g.stretch(), g.shrink());
    }

    @Test
    void aLineBreakEndsTheLineWithoutTheSpaceBeforeIt() {
        var runs = List.of(StyledRun.of("a ", SERIF), StyledRun.lineBreak(SERIF), StyledRun.of("b", SERIF));
        assertEquals("[a] fill ! [b] fill !", describe(ParagraphItems.build(FONTS, runs, 1000)));
    }

    @Test
    void aLineBreakKeepsTheBidiLevelsOfTheTextAfterIt() {
        // "a", a line break, "bc عربي": the Arabic word is right to left (level 1) in all its letters
        var runs = List.of(StyledRun.of("a", SERIF), StyledRun.lineBreak(SERIF), StyledRun.of("bc عربي", SERIF));
        List<Item> items = ParagraphItems.build(FONTS, runs, 1000);
        assertEquals("[a] fill ! [bc] _ [عربي] fill !", describe(items));
        Item.Box arabic = (Item.Box) items.get(5);
        assertEquals(List.of(1), arabic.spans().stream().map(s -> s.level()).distinct().toList());
        assertEquals(List.of(0), ((Item.Box) items.get(3)).spans().stream().map(s -> s.level()).distinct().toList());
    }

    @Test
    void aBreakMayFollowAHyphenDashOrSlashInsideAWord() {
        assertEquals("[well-] dash [known] fill !", items("well-known"));
        assertEquals("[1990–] break [2000] fill !", items("1990–2000"));
        assertEquals("[yes—] break [no] fill !", items("yes—no"));
        assertEquals("[and/] break [or] fill !", items("and/or"));
        assertEquals("[well-] _ [known] fill !", items("well- known"), "no break of its own before a space");
        assertEquals("[well-] fill !", items("well-"), "nor at the end");
    }

    @Test
    void softHyphensAreTheOnlyPointsOfAWordThatHasThem() {
        var en = Hyphenation.forLanguage("en", false);
        var runs = List.of(StyledRun.of("\u00ADhy\u00ADphenation\u00AD", SERIF));
        assertEquals("[hy] - [phenation] fill !", describe(ParagraphItems.build(FONTS, runs, 1000, en)),
                "at the start and end of the word a soft hyphen is no point");
        assertEquals("[hy] - [phen] - [ation] fill !",
                describe(ParagraphItems.build(FONTS, List.of(StyledRun.of("hyphenation", SERIF)), 1000, en)),
                "the patterns' points otherwise");
        assertEquals("[hyphenation] fill !",
                describe(ParagraphItems.build(FONTS, List.of(StyledRun.of("hyphenation", MONO)), 1000, en)),
                "never in code");
    }

    @Test
    void aWordAfterCodeThatEndsInASpaceIsNoLongerCode() {
        var en = Hyphenation.forLanguage("en", false);
        var runs = List.of(StyledRun.of("see ", SERIF), StyledRun.of("code ", MONO), StyledRun.of("hyphenation", SERIF));
        assertEquals("[see] _ [code] _ [hy] - [phen] - [ation] fill !",
                describe(ParagraphItems.build(FONTS, runs, 1000, en)), "the space ends the code's word");
    }

    @Test
    void aPointBetweenTwoStylesCutsTheWordThere() {
        var runs = List.of(StyledRun.of("ab\u00AD", SERIF), StyledRun.of("cd", SERIF.withBold()),
                StyledRun.of("e\u00ADfg", SERIF));
        List<Item> items = ParagraphItems.build(FONTS, runs, 1000);
        assertEquals("[ab] - [cde] - [fg] fill !", describe(items));
        Item.Box middle = (Item.Box) items.get(2);
        assertEquals(List.of("cd", "e"), middle.spans().stream().map(s -> s.text()).toList());
        assertEquals(List.of("NotoSerif-Bold.ttf", "NotoSerif-Regular.ttf"),
                middle.spans().stream().map(s -> s.face().name()).toList());
        Item.Penalty hyphen = (Item.Penalty) items.get(1);
        assertEquals("-", hyphen.hyphen().text());
        assertEquals(ParagraphItems.HYPHEN_COST, hyphen.cost());
        assertEquals(hyphen.hyphen().width(), hyphen.width());
        assertEquals("NotoSerif-Regular.ttf", hyphen.hyphen().face().name(), "in the face of the text before it");
        assertEquals("NotoSerif-Regular.ttf", ((Item.Penalty) items.get(3)).hyphen().face().name());
        float ab = FONTS.face(SERIF).width("ab", 10);
        assertEquals(ab, ((Item.Box) items.get(0)).width(), 1e-4f);
    }

    @Test
    void aWordAsWideAsTheLineIsLeftWholeAndAWiderOneIsCutToFit() {
        FontFace charis = FONTS.face(SERIF);
        float m = charis.advanceWidth("m", 10);
        assertEquals("[mmmm] fill !", describe(ParagraphItems.build(FONTS, List.of(StyledRun.of("mmmm", SERIF)),
                charis.width("mmmm", 10))));
        // a cut is a free break with an empty hyphen: nothing drawn, the word read whole
        assertEquals("[mm] cut [mm] fill !", describe(ParagraphItems.build(FONTS,
                List.of(StyledRun.of("mmmm", SERIF)), 2 * m)), "two m fit exactly");
        assertEquals("[mm] cut [mm] cut [m] fill !", describe(ParagraphItems.build(FONTS,
                List.of(StyledRun.of("mmmmm", SERIF)), 2.5f * m)));
        assertEquals("[m] cut [m] cut [m] fill !", describe(ParagraphItems.build(FONTS,
                List.of(StyledRun.of("mmm", SERIF)), m / 2)), "a letter wider than the line is a piece of its own");
    }

    @Test
    void aCutWordKeepsItsStyles() {
        float m = FONTS.face(SERIF).advanceWidth("m", 10);
        float bold = FONTS.face(SERIF.withBold()).advanceWidth("m", 10);
        List<Item> items = ParagraphItems.build(FONTS, List.of(StyledRun.of("mm", SERIF),
                StyledRun.of("mm", SERIF.withBold())), 2 * m + bold + 0.001f);
        assertEquals("[mmm] cut [m] fill !", describe(items));
        Item.Box first = (Item.Box) items.get(0);
        assertEquals(List.of("mm", "m"), first.spans().stream().map(s -> s.text()).toList());
        assertEquals(List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
                first.spans().stream().map(s -> s.face().name()).toList());
    }
}
