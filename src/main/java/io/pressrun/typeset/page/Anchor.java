package io.pressrun.typeset.page;

import java.util.Objects;

/**
 * A named place in the layout that links inside the document go to ({@code note-3}, where note
 * 3 is set; {@code ref-3}, its first reference): its page and the top of its line (points from
 * the page's lower left corner, PDF user space).
 */
public record Anchor(String name, int page, float top) {
    public Anchor {
        Objects.requireNonNull(name, "name");
    }
}
