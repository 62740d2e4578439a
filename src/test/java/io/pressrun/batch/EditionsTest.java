package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.model.Article;
import io.pressrun.source.ArticleReader;
import io.pressrun.source.InputLimits;
import io.pressrun.style.Templates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article's PDF edition, painted from its layout. */
class EditionsTest {
    @TempDir
    Path dir;

    @Test
    void thePdfEditionIsAPdfWithTheArticlesText() throws Exception {
        Path source = TestFiles.write(dir, "harbour.md", TestFiles.FRONT + "\nThe quay was quiet again.\n");
        Article article = new ArticleReader(Templates.bundled(), InputLimits.DEFAULT).read(source).article();
        Editions editions = new Editions(BuildContext.defaults());
        var out = new ByteArrayOutputStream();
        editions.writePdf(article, editions.layout(article), out);
        byte[] pdf = out.toByteArray();
        assertEquals("%PDF-", new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("The quay was quiet again."));
        }
    }
}
