package io.pressrun.pdf;

import io.pressrun.typeset.page.Anchor;
import io.pressrun.typeset.page.OutlineEntry;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a reader finds their way in the PDF: the outline (bookmarks) of the layout's headings,
 * nested by level, each opening its page at the heading; the viewer shows the outline on
 * opening; page labels that are the printed page numbers, so "page 3" in the viewer is the
 * page that says 3; and the layout's named places as named destinations. Everything comes from the layout; nothing is worked out again here.
 */
final class PdfNavigation {
    private PdfNavigation() {
    }

    /** Adds the outline, page mode and page labels to {@code doc}, whose pages are painted already. */
    static void apply(PDDocument doc, TypesetDocument layout) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (!layout.outline().isEmpty()) {
            catalog.setDocumentOutline(outline(doc, layout));
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
        catalog.setPageLabels(pageLabels(doc, layout));
        namedDestinations(doc, layout);
    }

    private static PDDocumentOutline outline(PDDocument doc, TypesetDocument layout) {
        var root = new PDDocumentOutline();
        record Open(int level, PDOutlineNode node) {
        }
        Deque<Open> path = new ArrayDeque<>();
        for (OutlineEntry e : layout.outline()) {
            while (!path.isEmpty() && path.peek().level() >= e.level()) {
                path.pop();
            }
            var item = new PDOutlineItem();
            item.setTitle(e.title());
            item.setDestination(destination(doc, e.page(), e.top()));
            (path.isEmpty() ? root : path.peek().node()).addLast(item);
            path.push(new Open(e.level(), item));
        }
        openAll(root);
        return root;
    }

    /** A destination at the height {@code top} of page {@code page} (1-based), keeping the reader's zoom. */
    static PDPageXYZDestination destination(PDDocument doc, int page, float top) {
        var target = new PDPageXYZDestination();
        target.setPage(doc.getPage(page - 1));
        target.setLeft(-1); // null: keep the reader's horizontal position and zoom
        target.setTop((int) Math.ceil(top));
        target.setZoom(-1);
        return target;
    }

    /**
     * The named places of the layout as named destinations ({@code article.pdf#results} opens at
     * the heading written {@code {#results}}); the first of a name wins.
     */
    private static void namedDestinations(PDDocument doc, TypesetDocument layout) {
        Map<String, PDPageDestination> named = new TreeMap<>();
        for (Anchor a : layout.anchors()) {
            named.putIfAbsent(a.name(), destination(doc, a.page(), a.top()));
        }
        if (named.isEmpty()) {
            return;
        }
        var tree = new PDDestinationNameTreeNode();
        tree.setNames(named);
        var names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setDests(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    /** Shows every entry: an article has few headings, and each is worth seeing. */
    private static void openAll(PDOutlineNode node) {
        for (PDOutlineItem child : node.children()) {
            openAll(child);
        }
        if (node.hasChildren()) {
            node.openNode();
        }
    }

    /** Decimal labels from each page's printed number; a new range wherever the numbers jump. */
    private static PDPageLabels pageLabels(PDDocument doc, TypesetDocument layout) {
        var labels = new PDPageLabels(doc);
        int previous = Integer.MIN_VALUE;
        for (int i = 0; i < layout.pages().size(); i++) {
            int number = layout.pages().get(i).number();
            if (number != previous + 1) {
                var range = new PDPageLabelRange();
                range.setStyle(PDPageLabelRange.STYLE_DECIMAL);
                range.setStart(number);
                labels.setLabelItem(i, range);
            }
            previous = number;
        }
        return labels;
    }
}
