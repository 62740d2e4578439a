package io.pressrun;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The oracle must be able to say no. */
class VeraPdfOracleTest {

    /** A page of text in Helvetica, not embedded: no tags, no metadata, no output intent. */
    static byte[] plainPdf() throws IOException {
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 720);
                cs.showText("Untagged text");
                cs.endText();
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void reportsAnUntaggedUnembeddedPdfForBothProfiles() throws IOException {
        VeraPdfOracle.Result r = VeraPdfOracle.check(plainPdf(), "plain");
        assertFalse(r.compliant(), r::describe);
        // no structure tree, font not embedded: in the terms of each standard
        assertTrue(r.fails(PDFAFlavour.PDFUA_1, "7.1"), r::describe);
        assertTrue(r.fails(PDFAFlavour.PDFUA_1, "7.21.4.1"), r::describe);
        assertTrue(r.fails(PDFAFlavour.PDFA_2_A, "6.7.3.3"), r::describe);
        assertTrue(r.fails(PDFAFlavour.PDFA_2_A, "6.2.11.4.1"), r::describe);
        assertTrue(r.failures().stream().allMatch(f -> !f.description().isEmpty() && f.failedChecks() > 0
                && !f.contexts().isEmpty()), r::describe);
    }
}
