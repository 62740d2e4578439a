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

    /** A hard line break. */
    record LineBreak() implements Inline {
    }
}
