package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The scan of the raw Markdown before parsing: which brackets count as open images, where a
 * paragraph ends, and which line a refusal names.
 */
class MarkdownLimitsTest {
    private static final ArticleReader READER = new ArticleReader(Templates.bundled(), InputLimits.DEFAULT);
    private static final String TOO_MANY = "![".repeat(MarkdownLimits.MAX_NESTING + 1);

    @TempDir
    Path dir;

    private List<Block> read(String body) {
        return READER.read(TestFiles.write(dir, "a.md", FRONT + body)).article().body();
    }

    private Diagnostic refused(String body) {
        return assertThrows(ArticleException.class,
                () -> READER.read(TestFiles.write(dir, "a.md", FRONT + body))).diagnostic();
    }

    @Test
    void openImagesInOneParagraphAddUpAcrossItsLines() {
        String half = "![".repeat(30) + "x";
        assertEquals(8, refused("\n" + half + "\n" + half + "\n").line(), "the line of the image over the limit");
    }

    @Test
    void aBlankLineClosesEveryOpenImage() {
        String half = "![".repeat(30) + "x";
        assertEquals(2, read("\n" + half + "\n\n" + half + "\n").size());
        assertEquals(2, read("\n" + half + "\n  \t \n" + half + "\n").size(), "a line of spaces and tabs is blank");
    }

    @Test
    void closedImagesDoNotCount() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 4));
        List<Block> body = read("\nText " + "![a](p.png) ".repeat(60) + "end.\n");
        assertEquals(60, body.stream().filter(b -> b instanceof Block.Figure).count());
    }

    @Test
    void onlyABracketAfterAnExclamationMarkOpensAnImage() {
        assertEquals(1, read("\n" + "[!a".repeat(60) + "\n").size());
        assertEquals(1, read("\n" + "!\\[".repeat(60) + "\n").size(), "an escaped bracket opens nothing");
        assertEquals(1, read("\n] stray ]] brackets [ and ] more.\n").size());
    }

    @Test
    void aBodyMayStartWithABracketAndEndWithABackslash() {
        assertEquals(1, read("[a link](https://example.org/) at the very start").size());
        assertEquals(1, read("\nEnds with a backslash \\").size());
    }

    @Test
    void escapedLineBreaksAreCountedAsLines() {
        Diagnostic d = refused("\nOne\\\ntwo\\\nthree.\n\n" + TOO_MANY + "x\n");
        assertEquals(11, d.line());
    }

    @Test
    void oneLevelOverTheNestingLimitIsRefusedAtItsLine() {
        int over = MarkdownLimits.MAX_NESTING + 1;
        for (String deep : List.of(">".repeat(over) + " deep", "- ".repeat(over) + "deep",
                "> - ".repeat(over / 2 + 1) + "deep")) {
            Diagnostic d = refused("\nIntro.\n\n" + deep + "\n");
            assertEquals(9, d.line(), deep);
            assertEquals("the Markdown is nested more than 50 levels deep (quotes, lists, emphasis, links or images"
                    + " inside each other); flatten the structure", d.message());
        }
    }

    @Test
    void theParagraphLimitCountsFromItsFirstCharacterAndNamesItsLine() {
        MarkdownLimits limits = new MarkdownLimits(Path.of("a.md"), 5);
        // the limit counts the characters after a paragraph's first; indentation is not the paragraph
        String longest = "  " + "a".repeat(MarkdownLimits.MAX_PARAGRAPH + 1);
        limits.checkText("Intro.\n\n" + longest + "\n\n" + longest + "\n");
        var e = assertThrows(ArticleException.class, () -> limits.checkText("Intro.\n\n" + longest + "a\n"));
        assertEquals(7, e.diagnostic().line(), "the line the paragraph starts on, the body starting on line 5");
        assertEquals(String.format("the paragraph starting here is over %,d characters long; split it with blank lines",
                MarkdownLimits.MAX_PARAGRAPH), e.diagnostic().message());
    }

    @Test
    void aBlankLineEndsAParagraphForTheLimit() {
        MarkdownLimits limits = new MarkdownLimits(Path.of("a.md"), 1);
        String half = "a".repeat(MarkdownLimits.MAX_PARAGRAPH / 2 + 1);
        limits.checkText(half + "\n \t\n" + half + "\n");
        var e = assertThrows(ArticleException.class, () -> limits.checkText(half + "\nb\n" + half + "\n"));
        assertEquals(1, e.diagnostic().line(), "lines without a blank one between are one paragraph");
    }
}
