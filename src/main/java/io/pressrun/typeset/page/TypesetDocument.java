package io.pressrun.typeset.page;

import java.util.List;

/**
 * The result of typesetting: pages of placed lines, pictures and rules, and the outline of its
 * headings in reading order ({@link io.pressrun.typeset.LayoutDump} lists them).
 */
public record TypesetDocument(float pageWidth, float pageHeight, List<Page> pages, List<OutlineEntry> outline) {
    public TypesetDocument {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
    }

    /** A page and the number printed on it. */
    public record Page(int number, List<Placed> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
