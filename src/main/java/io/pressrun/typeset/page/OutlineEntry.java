package io.pressrun.typeset.page;

import java.util.Objects;

/**
 * A heading as a reader's table of contents needs it: its words, its level (1 for the title,
 * 2 and 3 below it, never skipping one), the page it starts on and the top of its first line
 * (points from the page's lower left corner, PDF user space).
 */
public record OutlineEntry(String title, int level, int page, float top) {
    public OutlineEntry {
        Objects.requireNonNull(title, "title");
        if (level < 1) {
            throw new IllegalArgumentException("outline level " + level);
        }
    }
}
