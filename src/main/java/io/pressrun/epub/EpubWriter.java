package io.pressrun.epub;

import io.pressrun.image.EditionImages;
import io.pressrun.model.Article;
import io.pressrun.model.ErrorWords;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an article as an EPUB 3 edition (with an NCX for older readers). The package document,
 * navigation, NCX and article page come from the FreeMarker templates in {@code templates/epub/};
 * the style sheet is {@code templates/epub/style.css}. The output is a function of the article and
 * the timestamp only: writing the same article twice gives the same bytes.
 *
 * <p>Thread-safe: one writer may serve concurrent {@link #write} calls.
 */
public final class EpubWriter {
    static final String MIMETYPE = "application/epub+zip";
    static final String CONTAINER_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    private final Templates templates;
    private final EditionImages images;
    private final byte[] css;

    /**
     * Reads the stylesheet once; a template set without {@code epub/style.css} is refused here.
     *
     * @param images how pictures are prepared for the EPUB (their largest size)
     */
    public EpubWriter(Templates templates, EditionImages images) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.images = Objects.requireNonNull(images, "images");
        this.css = templates.readFile("epub/style.css")
                .orElseThrow(() -> new IllegalStateException("templates/epub/style.css is missing"));
    }

    /**
     * Writes the EPUB to {@code out}, which is flushed but not closed. Nothing is written when the
     * edition cannot be made (a template fails or renders malformed XML, an image type is not
     * supported); then an {@link IOException} says why.
     */
    public void write(Article article, Instant timestamp, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(out, "out");
        DeterministicZip zip;
        try {
            zip = assemble(article, timestamp);
        } catch (UncheckedIOException e) {
            throw new IOException("EPUB for " + article.source() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IOException("EPUB for " + article.source() + ": " + e.getMessage(), e);
        }
        zip.writeTo(out);
    }

    private DeterministicZip assemble(Article article, Instant timestamp) throws IOException {
        Labels labels = Labels.forLanguage(templates, article.language());
        ImageFiles files = new ImageFiles(article, images);
        Map<String, Object> model = XhtmlModel.of(article, timestamp, labels, files);

        var zip = new DeterministicZip(timestamp)
                .stored("mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII))
                .deflated("META-INF/container.xml", utf8(CONTAINER_XML))
                .deflated("OEBPS/package.opf", render(templates, "epub/package.opf.ftl", model))
                .deflated("OEBPS/nav.xhtml", render(templates, "epub/nav.xhtml.ftl", model))
                .deflated("OEBPS/toc.ncx", render(templates, "epub/toc.ncx.ftl", model))
                .deflated("OEBPS/article.xhtml", render(templates, "epub/article.xhtml.ftl", model))
                .deflated("OEBPS/style.css", css);
        for (ImageFiles.ImageFile f : files.all()) {
            zip.stored("OEBPS/" + f.href(), f.data().toArray()); // JPEG and PNG are compressed already
        }
        return zip;
    }

    private static byte[] render(Templates templates, String name, Map<String, Object> model) throws IOException {
        String xml = templates.render(name, model);
        try {
            WellFormedXml.require(name, xml);
        } catch (IOException e) {
            String problem = ErrorWords.clean(e.getMessage());
            if (problem.startsWith(name + " ")) {
                problem = "the template" + problem.substring(name.length());
            }
            throw new ConfigurationException(templates.shownPath(name), 0, problem
                    + "; fix the template so that it always writes well-formed XML", e);
        }
        return utf8(xml);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
