package io.pressrun.typeset.page;

import java.util.List;

/**
 * The result of typesetting: pages of placed lines, pictures and rules
 * ({@link io.pressrun.typeset.LayoutDump} lists them).
 */
public record TypesetDocument(float pageWidth, float pageHeight, List<Page> pages) {
    public TypesetDocument {
        pages = List.copyOf(pages);
    }

    public record Page(int number, List<Placed> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
