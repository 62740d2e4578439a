package io.pressrun.pdf;

import io.pressrun.batch.Editions;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writing sample PDFs and reading them back. */
final class PdfTestSupport {
    static final BuildContext CTX = BuildContext.defaults();
    static final Editions WRITER = new Editions(CTX);

    private PdfTestSupport() {
    }

    static byte[] write(Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        WRITER.writePdf(a, out);
        return out.toByteArray();
    }

    /** Writes the PDF and keeps a copy in target/pdf-samples for looking at. */
    static byte[] writeAndKeep(Article a, String name) throws IOException {
        byte[] pdf = write(a);
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Whitespace collapsed to single spaces, words broken after a hyphen at a line end rejoined. */
    static String normalise(String s) {
        return s.replaceAll("-\\s*\\R\\s*", "-").replaceAll("\\s+", " ").strip();
    }
}
