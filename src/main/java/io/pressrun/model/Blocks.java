package io.pressrun.model;

import java.util.List;
import java.util.function.Consumer;

/** Walks block trees. */
public final class Blocks {
    private Blocks() {
    }

    /** Calls {@code sink} for every figure, in reading order, at any depth. */
    public static void collectFigures(List<Block> blocks, Consumer<Block.Figure> sink) {
        for (Block b : blocks) {
            if (b instanceof Block.Figure f) {
                sink.accept(f);
            } else if (b instanceof Block.BlockQuote q) {
                collectFigures(q.content(), sink);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> collectFigures(item, sink));
            } else if (b instanceof Block.Notes n) {
                n.notes().forEach(note -> collectFigures(note.content(), sink));
            }
        }
    }

    /**
     * The running text of blocks in reading order, one block a line: paragraphs, headings, quotes,
     * list items and code (figures carry their words in their image's caption and credit).
     */
    public static String blockText(List<Block> blocks) {
        var sb = new StringBuilder();
        appendBlocks(blocks, sb);
        return sb.toString();
    }

    private static void appendBlocks(List<Block> blocks, StringBuilder sb) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                appendText(p.content(), sb, true);
            } else if (b instanceof Block.Heading h) {
                appendText(h.content(), sb, true);
            } else if (b instanceof Block.BlockQuote q) {
                appendBlocks(q.content(), sb);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> appendBlocks(item, sb));
            } else if (b instanceof Block.CodeBlock c) {
                sb.append(c.text());
            } else if (b instanceof Block.Table t) {
                appendCells(t.header(), sb);
                t.rows().forEach(row -> appendCells(row, sb));
            } else if (b instanceof Block.Notes n) {
                n.notes().forEach(note -> appendBlocks(note.content(), sb));
            }
            sb.append('\n');
        }
    }

    /** A table row: its cells one after the other, a tab between them, then a new line. */
    private static void appendCells(List<List<Inline>> cells, StringBuilder sb) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            appendText(cells.get(i), sb, true);
        }
        sb.append('\n');
    }

    /**
     * The words of a heading for a table of contents or an outline: its plain text without the
     * numbers of the notes it refers to.
     */
    public static String titleText(List<Inline> inlines) {
        var sb = new StringBuilder();
        appendText(inlines, sb, false);
        return sb.toString();
    }

    /** The plain text of inline content, as a reader sees it. */
    public static String plainText(List<Inline> inlines) {
        var sb = new StringBuilder();
        appendText(inlines, sb, true);
        return sb.toString();
    }

    private static void appendText(List<Inline> inlines, StringBuilder sb, boolean notes) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            } else if (i instanceof Inline.Emphasis e) {
                appendText(e.content(), sb, notes);
            } else if (i instanceof Inline.Strong s) {
                appendText(s.content(), sb, notes);
            } else if (i instanceof Inline.Link l) {
                appendText(l.content(), sb, notes);
            } else if (i instanceof Inline.Strikethrough s) {
                appendText(s.content(), sb, notes);
            } else if (i instanceof Inline.NoteReference r && notes) {
                sb.append(r.text());
            } else if (i instanceof Inline.LineBreak) {
                sb.append('\n');
            }
        }
    }
}
