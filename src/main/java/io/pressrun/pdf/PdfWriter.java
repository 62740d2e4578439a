package io.pressrun.pdf;

import io.pressrun.image.EditionImages;
import io.pressrun.model.Article;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * Paints a typeset article as its PDF edition: the pages as laid out, the fonts embedded as
 * subsets, the structure tree, the outline and page labels, metadata and output intent. It lays nothing out itself.
 * Stateless and thread-safe; the same layout, article and timestamp always give the same bytes.
 */
public final class PdfWriter {
    private final EditionImages images;

    /** @param images how pictures are prepared for the PDF (at most so many pixels per inch) */
    public PdfWriter(EditionImages images) {
        this.images = Objects.requireNonNull(images, "images");
    }

    /**
     * Writes the PDF of {@code layout} to {@code out} (flushed, not closed); any failure is
     * thrown, nothing is half-written silently.
     *
     * @param article   the article's metadata (title, authors, language, ...)
     * @param layout    its pages, as the typesetter set them
     * @param timestamp the creation and modification date written into the file
     */
    public void write(Article article, TypesetDocument layout, Instant timestamp, OutputStream out)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            var structure = new PdfStructure(doc, article.language());
            var resources = new PdfResources(doc, layout, images);
            var painter = new PdfPagePainter(doc, resources, structure);
            // the structure elements in the article's order, whichever page each is painted on
            layout.readingOrder().forEach(structure::declare);
            for (TypesetDocument.Page page : layout.pages()) {
                painter.paint(page, layout.pageWidth(), layout.pageHeight());
            }
            painter.linkInside(layout.anchors());
            structure.finish();
            PdfNavigation.apply(doc, layout);
            PdfMetadata.apply(doc, article, timestamp);
            SrgbOutputIntent.apply(doc);
            doc.setVersion(1.7f); // PDF/A-2 and PDF/UA-1 are both based on ISO 32000-1 (PDF 1.7)
            doc.save(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
