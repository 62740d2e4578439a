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

    /** A heading; level 2 or 3 (level 1 is the title; deeper levels are set as 3). */
    record Heading(int level, List<Inline> content) implements Block {
        public Heading {
            content = List.copyOf(content);
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

    /** A figure: an image with its alt text, caption and credit. */
    record Figure(Image image) implements Block {
    }

    /** A thematic break: the start of a new section. */
    record SectionBreak() implements Block {
    }
}
