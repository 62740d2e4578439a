package io.pressrun.pdf;

import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tags that assistive technology relies on: list labels, and link text inside its Link element. */
class PdfTagsTest {

    @Test
    void listItemsHaveTheirMarkerAsLabelThenTheirBody() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(SampleArticles.sample()))) {
            List<PDStructureElement> items = find(doc, "LI");
            assertEquals(5, items.size());
            List<String> labels = new ArrayList<>();
            for (PDStructureElement li : items) {
                List<PDStructureElement> kids = elements(li);
                assertEquals(List.of("Lbl", "LBody"), kids.stream().map(PDStructureElement::getStructureType).toList());
                labels.add(text(doc, kids.get(0)).strip());
            }
            String bullet = PdfTestSupport.CTX.theme().string("pdf.list.bullet");
            assertEquals(List.of(bullet, bullet, bullet, "1.", "2."), labels);
            List<String> numbering = new ArrayList<>();
            for (PDStructureElement list : find(doc, "L")) {
                var attrs = list.getAttributes();
                assertEquals(1, attrs.size(), "one attribute object: the list's numbering");
                var attr = (org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject) attrs.getObject(0);
                numbering.add(attr.getListNumbering());
            }
            assertEquals(List.of("Disc", "Decimal"), numbering, "bullets, then numbers");
        }
    }

    @Test
    void linkTextAndAnnotationShareOneLinkElement() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(SampleArticles.sample()))) {
            List<PDStructureElement> links = find(doc, "Link");
            assertEquals(1, links.size());
            assertEquals("transport report", text(doc, links.get(0)).strip());
            assertEquals(1, annotations(links.get(0)).size());
            assertEquals("P", links.get(0).getParent() instanceof PDStructureElement p ? p.getStructureType() : "");
        }
    }

    @Test
    void aLinkBrokenOverLinesIsOneLinkWithAnAnnotationPerLine() throws IOException {
        String words = String.join(" ", SampleArticles.LOREM[0], SampleArticles.LOREM[1]);
        Article a = SampleArticles.withBody("Long link", List.of(SampleArticles.para(
                SampleArticles.text("Before "), new Inline.Link("https://example.org/long", List.of(
                        SampleArticles.text(words))), SampleArticles.text(" after."))));
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(a))) {
            List<PDStructureElement> links = find(doc, "Link");
            assertEquals(1, links.size());
            assertEquals(words, PdfTestSupport.normalise(text(doc, links.get(0))));
            List<PDAnnotationLink> annotations = annotations(links.get(0));
            assertTrue(annotations.size() >= 2, "annotations: " + annotations.size());
            int onPages = 0;
            for (PDPage page : doc.getPages()) {
                onPages += page.getAnnotations().size();
            }
            assertEquals(annotations.size(), onPages);
        }
    }

    static List<PDStructureElement> find(PDDocument doc, String role) {
        List<PDStructureElement> out = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), role, out);
        return out;
    }

    private static void walk(List<Object> kids, String role, List<PDStructureElement> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if (role.equals(e.getStructureType())) {
                    out.add(e);
                }
                walk(e.getKids(), role, out);
            }
        }
    }

    private static List<PDStructureElement> elements(PDStructureElement e) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object k : e.getKids()) {
            if (k instanceof PDStructureElement s) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<PDAnnotationLink> annotations(PDStructureElement e) {
        List<PDAnnotationLink> out = new ArrayList<>();
        for (Object k : e.getKids()) {
            if (k instanceof PDObjectReference r && r.getReferencedObject() instanceof PDAnnotationLink l) {
                out.add(l);
            }
        }
        return out;
    }

    /** The text of the element's own marked content (not of child elements), in order. */
    static String text(PDDocument doc, PDStructureElement e) throws IOException {
        var sb = new StringBuilder();
        for (Object k : e.getKids()) {
            if (k instanceof PDMarkedContentReference ref) {
                PDPage page = ref.getPage() != null ? ref.getPage() : e.getPage();
                var extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                appendText(extractor.getMarkedContents(), ref.getMCID(), sb);
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    /** Text of marked content {@code mcid}; nested content with /ActualText reads as that text. */
    private static void appendText(List<PDMarkedContent> contents, int mcid, StringBuilder sb) {
        appendText(contents, mcid, sb, false);
    }

    private static void appendText(List<PDMarkedContent> contents, int mcid, StringBuilder sb, boolean inside) {
        for (PDMarkedContent mc : contents) {
            boolean here = inside || mc.getMCID() == mcid;
            if (here && mc.getActualText() != null) {
                sb.append(mc.getActualText());
                continue;
            }
            for (Object o : mc.getContents()) {
                if (o instanceof TextPosition t && here) {
                    sb.append(t.getUnicode());
                } else if (o instanceof PDMarkedContent inner) {
                    appendText(List.of(inner), mcid, sb, here);
                }
            }
        }
    }
}
