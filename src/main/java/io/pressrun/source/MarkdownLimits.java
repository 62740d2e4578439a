package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Bounds on Markdown that would make parsing or walking it blow up: nesting depth (the walk
 * recurses), images nested in image descriptions and overlong paragraphs (commonmark-java's
 * inline parsing is quadratic in some patterns within one paragraph). Checked before and
 * right after parsing, each refusal naming its line.
 */
final class MarkdownLimits {
    /** Quotes, lists, emphasis, links and images inside each other: deeper than this is refused. */
    static final int MAX_NESTING = 50;
    /** Characters in one paragraph (a run of lines without a blank line). */
    static final int MAX_PARAGRAPH = 64 * 1024;

    private final Path file;
    private final int firstLine;

    /** @param firstLine the file line on which the body starts (1-based) */
    MarkdownLimits(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /**
     * Checks the raw text: paragraph length, and images nested in image descriptions
     * ({@code ![![![...](a)](b)](c)}) more than {@link #MAX_NESTING} deep, which commonmark-java
     * parses in time quadratic in the depth. Counts unescaped {@code ![} still open within a
     * paragraph; a blank line closes them all, as it ends the paragraph.
     */
    void checkText(String markdown) {
        boolean[] isImage = new boolean[16];
        int open = 0;
        int images = 0;
        int line = firstLine;
        int paragraphStart = -1;
        int paragraphLine = line;
        boolean blankLine = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\\' && i + 1 < markdown.length()) {
                blankLine = false;
                if (markdown.charAt(++i) == '\n') {
                    line++;
                }
            } else if (c == '\n') {
                if (blankLine) {
                    open = 0;
                    images = 0;
                    paragraphStart = -1;
                }
                line++;
                blankLine = true;
            } else {
                blankLine &= c == ' ' || c == '\t';
                if (!blankLine && paragraphStart < 0) {
                    paragraphStart = i;
                    paragraphLine = line;
                }
                if (paragraphStart >= 0 && i - paragraphStart > MAX_PARAGRAPH) {
                    throw new ArticleException(Diagnostic.error(file, paragraphLine, String.format(
                            "the paragraph starting here is over %,d characters long; split it with blank lines",
                            MAX_PARAGRAPH)));
                }
                if (c == '[') {
                    if (open == isImage.length) {
                        isImage = Arrays.copyOf(isImage, open * 2);
                    }
                    boolean image = i > 0 && markdown.charAt(i - 1) == '!';
                    isImage[open++] = image;
                    if (image && ++images > MAX_NESTING) {
                        throw tooDeep(line);
                    }
                } else if (c == ']' && open > 0 && isImage[--open]) {
                    images--;
                }
            }
        }
    }

    /**
     * Refuses a parsed tree nested deeper than {@link #MAX_NESTING} levels before the recursive
     * walk meets it. Walks with an explicit stack so the check itself cannot overflow.
     */
    void checkNesting(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int depth = depths.pop() + (isNestingLevel(n) ? 1 : 0);
            if (depth > MAX_NESTING) {
                var spans = n.getSourceSpans();
                throw tooDeep(spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex());
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                nodes.push(c);
                depths.push(depth);
            }
        }
    }

    ArticleException tooDeep(int line) {
        return new ArticleException(Diagnostic.error(file, line, "the Markdown is nested more than " + MAX_NESTING
                + " levels deep (quotes, lists, emphasis, links or images inside each other); flatten the structure"));
    }

    private static boolean isNestingLevel(Node n) {
        return n instanceof org.commonmark.node.BlockQuote || n instanceof BulletList || n instanceof OrderedList
                || n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Link
                || n instanceof org.commonmark.ext.gfm.strikethrough.Strikethrough
                || n instanceof org.commonmark.node.Image;
    }
}
