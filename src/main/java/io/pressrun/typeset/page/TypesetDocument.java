package io.pressrun.typeset.page;

import io.pressrun.model.PageStart;
import io.pressrun.typeset.inline.StructTag;

import java.util.List;

/**
 * The result of typesetting: pages of placed lines, pictures and rules, the outline of its
 * headings in reading order ({@link io.pressrun.typeset.LayoutDump} lists them), and where in
 * the article each page begins ({@code pageStarts}, in page order; see {@link PageStarts}), the
 * places links inside the document go to ({@code anchors}), and the outermost structure of what
 * is set in reading order ({@code readingOrder}: in the article's order, which a figure that
 * waited for a later page does not follow on the pages).
 */
public record TypesetDocument(float pageWidth, float pageHeight, List<Page> pages, List<OutlineEntry> outline,
                              List<PageStart> pageStarts, List<Anchor> anchors, List<StructTag> readingOrder) {
    public TypesetDocument {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
        pageStarts = List.copyOf(pageStarts);
        anchors = List.copyOf(anchors);
        readingOrder = List.copyOf(readingOrder);
    }

    /** A page and the number printed on it. */
    public record Page(int number, List<Placed> items) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
