package io.pressrun.typeset.page;

import io.pressrun.model.PageStart;

import java.util.List;

/**
 * The result of typesetting: pages of placed lines, pictures and rules
 * ({@link io.pressrun.typeset.LayoutDump} lists them), and where in the article each page
 * begins ({@code pageStarts}, in page order; see {@link PageStarts}).
 */
public record TypesetDocument(float pageWidth, float pageHeight, List<Page> pages, List<PageStart> pageStarts) {
    public TypesetDocument {
        pages = List.copyOf(pages);
        pageStarts = List.copyOf(pageStarts);
    }

    /** Pages whose places in the article are not known. */
    public TypesetDocument(float pageWidth, float pageHeight, List<Page> pages) {
        this(pageWidth, pageHeight, pages, List.of());
    }

    public record Page(int number, List<Placed> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
