package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deeply nested input is refused with a message, never with a StackOverflowError from a
 * recursive parser or walk (found by fuzzing).
 */
class NestingLimitTest {
    @TempDir
    Path dir;

    private Diagnostic refused(String text) {
        return ArticleReading.refused(TestFiles.write(dir, "story.md", text)).diagnostic();
    }

    private void refusedAsTooDeep(String body) {
        Diagnostic d = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(FRONT + "\n" + body));
        assertTrue(d.message().contains("nested more than " + MarkdownLimits.MAX_NESTING + " levels deep"), d.format());
        assertTrue(d.message().contains("flatten"), d.format());
        assertEquals(7, d.line(), "the first body line: " + d.format());
    }

    @Test
    void tenThousandQuoteMarkers() {
        refusedAsTooDeep(">".repeat(10_000) + " deep\n");
    }

    @Test
    void nestedListMarkers() {
        refusedAsTooDeep("- ".repeat(5_000) + "x\n");
        refusedAsTooDeep("1. ".repeat(3_000) + "x\n");
        refusedAsTooDeep("> - ".repeat(3_000) + "x\n");
    }

    @Test
    void nestedEmphasis() {
        refusedAsTooDeep("*a **".repeat(3_000) + "b" + "** a*".repeat(3_000) + "\n");
    }

    @Test
    void nestedImagesThatOverflowTheMarkdownParser() {
        refusedAsTooDeep("![".repeat(20_000) + "a" + "](p.png)".repeat(20_000) + "\n");
    }

    @Test
    void theLimitItselfIsAccepted() {
        Path file = TestFiles.write(dir, "story.md", FRONT + "\n" + ">".repeat(MarkdownLimits.MAX_NESTING) + " quoted\n");
        Block b = ArticleReading.read(file).article().body().get(0);
        for (int i = 1; i < MarkdownLimits.MAX_NESTING; i++) {
            b = assertInstanceOf(Block.BlockQuote.class, b).content().get(0);
        }
        assertInstanceOf(Block.Paragraph.class, assertInstanceOf(Block.BlockQuote.class, b).content().get(0));
    }

    @Test
    void deepFlowCollectionsInFrontMatter() {
        Diagnostic d = refused("---\ntitle: T\nauthor: A\ndate: 2024-01-01\ntags: " + "[".repeat(5_000)
                + "]".repeat(5_000) + "\n---\nBody\n");
        assertTrue(d.message().contains("nests lists and mappings more than " + FrontMatterReader.MAX_NESTING
                + " levels deep"), d.format());
        assertEquals(5, d.line(), d.format());
    }

    @Test
    void deepBlockSequencesInFrontMatter() {
        Diagnostic d = refused("---\ntitle: T\nauthor: A\ndate: 2024-01-01\nx:\n  " + "- ".repeat(100_000)
                + "a\n---\nBody\n");
        assertTrue(d.message().contains("more than " + FrontMatterReader.MAX_NESTING + " levels deep"), d.format());
        assertEquals(6, d.line(), d.format());
    }

    @Test
    void ordinaryFrontMatterNestingIsAccepted() {
        Path file = TestFiles.write(dir, "story.md", "---\ntitle: T\nauthors:\n  - name: A\n    role: R\ndate: 2024-01-01\n"
                + "image:\n  src: lead.png\n  alt: ''\ntags: [a, b]\n---\nBody\n");
        TestFiles.write(dir, "lead.png", TestFiles.png(4, 4));
        assertEquals("A", ArticleReading.read(file).article().authors().get(0).name());
    }

    @Test
    void anImageUsedManyTimesIsDecodedOnce() {
        TestFiles.write(dir, "p.png", TestFiles.png(400, 300));
        Path file = TestFiles.write(dir, "story.md", FRONT + "\n" + "![a picture](p.png)\n\n".repeat(20_000) + "\n");
        var article = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ArticleReading.read(file).article());
        assertEquals(20_000, article.images().size());
        assertEquals(400, article.images().get(19_999).width());
    }

    @Test
    void overlongParagraphIsRefusedQuickly() {
        // 40,000 "<a " in one paragraph take commonmark-java seconds; the limit refuses it before parsing
        long start = System.nanoTime();
        Diagnostic d = refused(FRONT + "\nIntro.\n\n" + "<a ".repeat(40_000) + "\n");
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "refused in under a second");
        assertEquals(9, d.line(), d.format());
        assertTrue(d.message().startsWith("the paragraph starting here is over 65,536 characters"), d.format());
    }

    @Test
    void longArticlesWithNormalParagraphsAreFine() {
        String paragraph = "A sentence of ordinary length, with a [link](https://example.com). ".repeat(60);
        Path file = TestFiles.write(dir, "long.md", FRONT + "\n" + (paragraph + "\n\n").repeat(200));
        assertEquals(200, ArticleReading.read(file).article().body().size());
    }
}
