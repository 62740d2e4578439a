package io.pressrun.pdf;

import io.pressrun.batch.Editions;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** What to do with each operator of a content stream and its operands. */
    interface OperatorVisitor {
        void visit(String operator, List<COSBase> operands) throws IOException;
    }

    /** Calls {@code visitor} for each operator of the page's content stream, in order, with its operands. */
    static void operators(PDPage page, OperatorVisitor visitor) throws IOException {
        List<COSBase> operands = new ArrayList<>();
        var parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                visitor.visit(op.getName(), operands);
                operands.clear();
            } else {
                operands.add((COSBase) token);
            }
        }
    }
}
