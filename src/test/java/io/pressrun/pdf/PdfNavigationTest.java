package io.pressrun.pdf;

import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF's outline, read back with PDFBox: the title and every heading, nested by level, each
 * opening the page it is on at its first line; the viewer opens with the outline; page labels
 * are the printed page numbers.
 */
class PdfNavigationTest {
    private static final Article ARTICLE = SampleArticles.longSample();
    private static TypesetDocument layout;
    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        layout = PdfTestSupport.WRITER.layout(ARTICLE);
        pdf = PdfTestSupport.write(ARTICLE);
    }

    /** The outline as indented lines: two spaces per level below the first, then the title. */
    private static void list(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            list(item, indent + "  ", out);
        }
    }

    @Test
    void outlineHasTheTitleAndEveryHeadingNestedByLevel() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outline = new ArrayList<>();
            list(doc.getDocumentCatalog().getDocumentOutline(), "", outline);
            assertEquals(List.of(
                    "The Day the Ferry Stopped, in Full",
                    "  A lifeline, cut",
                    "    What happens next",
                    "  Part 2",
                    "  Part 3",
                    "  Part 4",
                    "  Credits",
                    "    About the authors",
                    "    Images"), outline);
            assertEquals(PageMode.USE_OUTLINES, doc.getDocumentCatalog().getPageMode());
            PDOutlineItem title = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertTrue(title.isNodeOpen(), "the title's entry is open, its headings shown");
        }
    }

    @Test
    void eachEntryOpensItsHeadingsPageAtTheHeading() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDOutlineItem> items = new ArrayList<>();
            collect(doc.getDocumentCatalog().getDocumentOutline(), items);
            assertTrue(items.size() > 5);
            for (PDOutlineItem item : items) {
                var target = assertInstanceOf(PDPageXYZDestination.class, item.getDestination(), item.getTitle());
                int page = doc.getPages().indexOf(target.getPage()) + 1;
                Placed.TextLine line = firstLineOf(item.getTitle());
                assertEquals(pageOf(line), page, item.getTitle());
                float ascent = line.line().ascent();
                assertTrue(target.getTop() >= line.baseline() + ascent
                                && target.getTop() <= line.baseline() + ascent + 12,
                        item.getTitle() + ": top " + target.getTop() + " over baseline " + line.baseline());
                assertEquals(-1, target.getLeft(), "left is kept");
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains(item.getTitle()), item.getTitle() + " on page " + page);
            }
            assertNull(items.get(0).getAction(), "destinations, not actions");
        }
    }

    @Test
    void pageLabelsAreThePrintedPageNumbers() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertTrue(labels.length >= 3, "several pages");
            String[] expected = new String[doc.getNumberOfPages()];
            for (int i = 0; i < expected.length; i++) {
                expected[i] = String.valueOf(i + 1);
                var stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                List<String> lines = stripper.getText(doc).lines().map(String::strip).toList();
                assertEquals(expected[i], lines.get(lines.size() - 1), "the number printed at the foot of page " + (i + 1));
            }
            assertArrayEquals(expected, labels);
        }
    }

    private static void collect(PDOutlineNode node, List<PDOutlineItem> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(item);
            collect(item, out);
        }
    }

    /** The first line of the layout whose text starts the heading (the title is set over several lines). */
    private static Placed.TextLine firstLineOf(String heading) {
        for (TypesetDocument.Page page : layout.pages()) {
            for (Placed p : page.items()) {
                if (p instanceof Placed.TextLine t && t.tag().role().startsWith("H")
                        && heading.startsWith(t.line().text().replaceAll("-$", ""))) {
                    return t;
                }
            }
        }
        throw new AssertionError("no heading line for " + heading);
    }

    private static int pageOf(Placed.TextLine line) {
        for (TypesetDocument.Page page : layout.pages()) {
            if (page.items().contains(line)) {
                return page.number();
            }
        }
        throw new AssertionError();
    }
}
