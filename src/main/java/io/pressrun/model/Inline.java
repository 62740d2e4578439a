package io.pressrun.model;

import java.util.List;

/** Inline content of a paragraph, heading or list item. */
public sealed interface Inline {

    /** Plain text, typographic punctuation already applied. */
    record Text(String text) implements Inline {
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    /** Inline code, verbatim. */
    record Code(String text) implements Inline {
    }

    /** A hyperlink; {@code href} is an absolute URL or a mailto: address. */
    record Link(String href, List<Inline> content) implements Inline {
        public Link {
            content = List.copyOf(content);
        }
    }

    /** Struck-through text ({@code ~~text~~}): text the author marks as no longer valid, still shown. */
    record Strikethrough(List<Inline> content) implements Inline {
        public Strikethrough {
            content = List.copyOf(content);
        }
    }

    /** A reference to note {@code number} of the body's {@link Block.Notes}; read as its number. */
    record NoteReference(int number) implements Inline {
        /** The reference as a reader sees it: the note's number. */
        public String text() {
            return String.valueOf(number);
        }
    }

    /** A hard line break. */
    record LineBreak() implements Inline {
    }
}
