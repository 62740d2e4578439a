package io.pressrun.model;

import java.util.List;

/** A block of the body. */
public sealed interface Block {

    /** A paragraph of running text. */
    record Paragraph(List<Inline> content) implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /**
     * A heading; level 2 or 3 (level 1 is the title; deeper levels are set as 3). {@code id} is
     * the anchor its source gave it ({@code {#id}}), empty when none.
     */
    record Heading(int level, List<Inline> content, String id) implements Block {
        public Heading {
            content = List.copyOf(content);
            id = id == null ? "" : id;
        }

        /** A heading without an anchor of its own. */
        public Heading(int level, List<Inline> content) {
            this(level, content, "");
        }
    }

    /** A quotation set apart. */
    record BlockQuote(List<Block> content) implements Block {
        public BlockQuote {
            content = List.copyOf(content);
        }
    }

    /** An ordered or unordered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
        public ListBlock {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** Preformatted text (a fenced or indented code block), kept verbatim. */
    record CodeBlock(String text) implements Block {
    }

    /**
     * A table: a header row and body rows of cells (inline content), every row with one cell
     * per column, and each column's alignment.
     */
    record Table(List<ColumnAlign> alignments, List<List<Inline>> header, List<List<List<Inline>>> rows)
            implements Block {
        public Table {
            alignments = List.copyOf(alignments);
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(row -> row.stream().map(List::copyOf).toList()).toList();
            for (List<List<Inline>> row : rows) {
                if (row.size() != alignments.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
                            + alignments.size() + " columns");
                }
            }
            if (header.size() != alignments.size()) {
                throw new IllegalArgumentException("a header of " + header.size() + " cells in a table of "
                        + alignments.size() + " columns");
            }
        }

        /** How a column's cells are aligned; {@code NONE} when the source does not say (set flush left). */
        public enum ColumnAlign { NONE, LEFT, CENTRE, RIGHT }

        public int columns() {
            return alignments.size();
        }
    }

    /**
     * The article's notes, numbered from 1 in the order of their first reference
     * ({@link Inline.NoteReference}); the last block of a body that has notes.
     */
    record Notes(List<Note> notes) implements Block {
        public Notes {
            notes = List.copyOf(notes);
        }
    }

    /** One note: its number and its text. */
    record Note(int number, List<Block> content) {
        public Note {
            content = List.copyOf(content);
        }
    }

    /** A figure: an image with its alt text, caption and credit. */
    record Figure(Image image) implements Block {
    }

    /** A thematic break: the start of a new section. */
    record SectionBreak() implements Block {
    }
}
