package io.pressrun.pdf;

import io.pressrun.EditionText;
import io.pressrun.OutsidePrograms;
import io.pressrun.SampleArticles;
import io.pressrun.TextFidelity;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Font expansion in the PDF: justified lines are drawn with horizontal scaling ({@code Tz}) in
 * steps of half a percent within ±2 %, put back to 100 % before each text object ends, the
 * text still reads word for word, and the file still conforms to PDF/UA-1 and PDF/A-2a.
 */
class FontExpansionPdfTest {
    private static Article article() {
        return SampleArticles.longSample();
    }

    private static String sourceText(Article a) {
        var sb = new StringBuilder();
        for (Block b : a.body()) {
            if (b instanceof Block.Paragraph p) {
                for (Inline i : p.content()) {
                    if (i instanceof Inline.Text t) {
                        sb.append(t.text());
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Every {@code Tz} operand on the page, and whether each text object that scales ends at 100. */
    private static List<Float> scales(PDPage page) throws IOException {
        List<Float> scales = new ArrayList<>();
        PdfTestSupport.operators(page, (op, operands) -> {
            if (op.equals("Tz")) {
                scales.add(((COSNumber) operands.get(0)).floatValue());
            } else if (op.equals("ET")) {
                assertEquals(100, scales.isEmpty() ? 100 : scales.get(scales.size() - 1),
                        "horizontal scaling put back before ET");
            }
        });
        return scales;
    }

    @Test
    void justifiedLinesAreDrawnWithHorizontalScalingInSteps() throws IOException {
        int expanded = 0;
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.writeAndKeep(article(), "expansion"))) {
            for (PDPage page : doc.getPages()) {
                for (float tz : scales(page)) {
                    assertTrue(tz >= 98 - 1e-3 && tz <= 102 + 1e-3, "within 2 %: " + tz);
                    float steps = (tz - 100) / 0.5f;
                    assertEquals(Math.round(steps), steps, 1e-3, "a whole step: " + tz);
                    expanded += tz != 100 ? 1 : 0;
                }
            }
        }
        assertTrue(expanded > 20, "lines drawn expanded or narrowed: " + expanded);
    }

    @Test
    void textReadsWordForWordWithPdfBox() throws IOException {
        Article a = article();
        TextFidelity.assertWordsInOrder(sourceText(a), EditionText.ofPdf(PdfTestSupport.write(a)), "PDFBox text");
    }

    @Test
    void textReadsWordForWordWithPdftotext() throws Exception {
        OutsidePrograms.require("poppler-utils", "pdftotext");
        Article a = article();
        Path pdf = Files.createTempFile("expansion", ".pdf");
        try {
            Files.write(pdf, PdfTestSupport.write(a));
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            TextFidelity.assertWordsInOrder(sourceText(a), text, "pdftotext");
        } finally {
            Files.delete(pdf);
        }
    }

    @Test
    void conforms() throws IOException {
        PdfConformanceTest.assertConforms(PdfTestSupport.write(article()), "font expansion");
    }
}
