package io.pressrun.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressrun.SampleArticles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF as pdf.js (Firefox's viewer, and many web apps') reads it: the same outline as
 * PDFBox's (titles, nesting, target pages), every page opened, the headings in its text.
 */
class PdfJsTest {
    @TempDir
    Path dir;

    @Test
    void pdfJsAndPdfBoxReadTheSameOutline() throws Exception {
        PdfJs.require();
        byte[] pdf = PdfTestSupport.write(SampleArticles.longSample());
        JsonNode read = PdfJs.read(pdf, dir);

        List<String> theirs = new ArrayList<>();
        for (JsonNode item : read.get("outline")) {
            theirs.add(item.get("depth").asInt() + " " + item.get("title").asText() + " p" + item.get("page").asInt());
        }
        List<String> ours = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            outline(doc, doc.getDocumentCatalog().getDocumentOutline(), 0, ours);
            assertEquals(doc.getNumberOfPages(), read.get("pages").size(), "pdf.js opens every page");
        }
        assertTrue(ours.size() > 5, ours.toString());
        assertEquals(ours, theirs);
        var all = new StringBuilder();
        read.get("pages").forEach(p -> all.append(p.asText()).append('\n'));
        for (JsonNode item : read.get("outline")) {
            assertTrue(all.toString().replaceAll("\\s+", " ").contains(item.get("title").asText()),
                    item.get("title").asText() + " in pdf.js's text");
        }
    }

    private static void outline(PDDocument doc, PDOutlineNode node, int depth, List<String> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            var dest = (PDPageDestination) item.getDestination();
            out.add(depth + " " + item.getTitle() + " p" + (doc.getPages().indexOf(dest.getPage()) + 1));
            outline(doc, item, depth + 1, out);
        }
    }
}
