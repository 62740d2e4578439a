package io.pressrun.epub;

import io.pressrun.image.EditionImages;
import io.pressrun.model.Article;
import io.pressrun.model.ErrorWords;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an article as an EPUB 3 edition (with an NCX for older readers). The package document,
 * navigation, NCX, cover page and article page come from the FreeMarker templates in
 * {@code templates/epub/}; the style sheet is {@code templates/epub/style.css}; the cover image is
 * drawn by {@link CoverImage}. Where the PDF edition's pages begin ({@link PageList}), the article
 * page has page-break markers and the navigation a page list. The package carries accessibility
 * metadata true of the book ({@link AccessibilityMetadata}). The output is a function of the
 * article, its pages and the timestamp only: writing the same article twice gives the same bytes.
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
    private final CoverImage.Look look;

    /**
     * Reads the stylesheet and the theme's colours (for the cover) once; a template set without
     * {@code epub/style.css} is refused here.
     *
     * @param images how pictures are prepared for the EPUB (their largest size)
     */
    public EpubWriter(Templates templates, EditionImages images) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.images = Objects.requireNonNull(images, "images");
        this.css = templates.readFile("epub/style.css")
                .orElseThrow(() -> new IllegalStateException("templates/epub/style.css is missing"));
        Theme theme = Theme.load(templates);
        this.look = new CoverImage.Look(colour(theme, "colours.text"), colour(theme, "colours.accent"),
                colour(theme, "colours.muted"));
    }

    /** The theme's colour at {@code key}, for the cover. */
    static java.awt.Color colour(Theme theme, String key) {
        float[] c = theme.colour(key);
        return new java.awt.Color(c[0], c[1], c[2]);
    }

    /**
     * Writes the EPUB to {@code out}, which is flushed but not closed. Nothing is written when the
     * edition cannot be made (a template fails or renders malformed XML, an image type is not
     * supported); then an {@link IOException} says why.
     */
    public void write(Article article, Instant timestamp, OutputStream out) throws IOException {
        write(article, PageList.NONE, timestamp, out);
    }

    /**
     * Writes the EPUB with the pages of the PDF edition marked, see {@link #write(Article, Instant,
     * OutputStream)}.
     */
    public void write(Article article, PageList pages, Instant timestamp, OutputStream out) throws IOException {
        write(article, pictures(article), pages, timestamp, out);
    }

    /**
     * The pictures of an article's EPUB: each image file prepared and the cover drawn. They do
     * not depend on the PDF's pages, so they can be made while the article is typeset.
     *
     * @throws IOException when they cannot be made, with the message {@link #write} would give
     */
    public Pictures pictures(Article article) throws IOException {
        Objects.requireNonNull(article, "article");
        try {
            Labels labels = Labels.forLanguage(templates, article.language());
            ImageFiles files = new ImageFiles(article, images);
            byte[] cover = CoverImage.render(article,
                    article.leadImage().map(i -> files.fileOf(i).data()).orElse(null), labels, look);
            return new Pictures(article, files, cover);
        } catch (RuntimeException e) {
            throw failure(article, e);
        }
    }

    /** The image files and the cover of one article's EPUB ({@link #pictures}). */
    public static final class Pictures {
        private final Article article;
        private final ImageFiles files;
        private final byte[] cover;

        private Pictures(Article article, ImageFiles files, byte[] cover) {
            this.article = article;
            this.files = files;
            this.cover = cover;
        }
    }

    /**
     * Writes the EPUB with {@code pictures}, the article's {@link #pictures}, and the pages of the
     * PDF edition marked, see {@link #write(Article, Instant, OutputStream)}.
     */
    public void write(Article article, Pictures pictures, PageList pages, Instant timestamp, OutputStream out)
            throws IOException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(out, "out");
        if (pictures.article != article) {
            throw new IllegalArgumentException("the pictures of another article");
        }
        DeterministicZip zip;
        try {
            zip = assemble(article, pictures, pages, timestamp);
        } catch (RuntimeException e) {
            throw failure(article, e);
        }
        zip.writeTo(out);
    }

    /**
     * Why the EPUB of {@code article} cannot be made, as an {@link IOException} naming its
     * source: a failed read or write, a template that fails or writes malformed XML, an image
     * type not supported. Any other unchecked exception is thrown as it is.
     */
    static IOException failure(Article article, RuntimeException e) {
        if (e instanceof UncheckedIOException u) {
            return new IOException("EPUB for " + article.source() + ": " + u.getCause().getMessage(), u.getCause());
        }
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            return new IOException("EPUB for " + article.source() + ": " + e.getMessage(), e);
        }
        throw e;
    }

    private DeterministicZip assemble(Article article, Pictures pictures, PageList pages, Instant timestamp)
            throws IOException {
        Labels labels = Labels.forLanguage(templates, article.language());
        ImageFiles files = pictures.files;
        Map<String, Object> model = XhtmlModel.of(article, timestamp, labels, files, new PageMarks(pages.starts()));
        byte[] cover = pictures.cover;
        model.put("cover", coverModel(article, labels));
        byte[] xhtml = render(templates, "epub/article.xhtml.ftl", model);

        PageList marked = marked(pages, new String(xhtml, StandardCharsets.UTF_8));
        model.put("pages", marked.starts().stream().map(s -> PageMarks.marker(s.page())).toList());
        model.put("a11y", AccessibilityMetadata.of(article, labels, templates, marked));

        var zip = new DeterministicZip(timestamp)
                .stored("mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII))
                .deflated("META-INF/container.xml", utf8(CONTAINER_XML))
                .deflated("OEBPS/package.opf", render(templates, "epub/package.opf.ftl", model))
                .deflated("OEBPS/nav.xhtml", render(templates, "epub/nav.xhtml.ftl", model))
                .deflated("OEBPS/toc.ncx", render(templates, "epub/toc.ncx.ftl", model))
                .deflated("OEBPS/cover.xhtml", render(templates, "epub/cover.xhtml.ftl", model))
                .deflated("OEBPS/article.xhtml", xhtml)
                .deflated("OEBPS/style.css", css)
                .stored("OEBPS/" + CoverImage.HREF, cover);
        for (ImageFiles.ImageFile f : files.all()) {
            if (f.href().endsWith(".svg")) {
                zip.deflated("OEBPS/" + f.href(), f.data().toArray()); // SVG is text
            } else {
                zip.stored("OEBPS/" + f.href(), f.data().toArray()); // JPEG and PNG are compressed already
            }
        }
        return zip;
    }

    private static Map<String, Object> coverModel(Article article, Labels labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", CoverImage.ID);
        m.put("href", CoverImage.HREF);
        m.put("mediaType", "image/jpeg");
        m.put("width", CoverImage.WIDTH);
        m.put("height", CoverImage.HEIGHT);
        m.put("alt", XmlText.clean(labels.get("cover-alt", Map.of("title", article.title(),
                "publisher", article.publisher(), "date", labels.formatDate(article.date())))));
        m.put("title", XmlText.clean(labels.get("cover")));
        return m;
    }

    /**
     * The pages whose markers the article page has: all of them with the bundled template; a
     * user's template that writes no markers gets no page list, rather than links to nowhere.
     */
    static PageList marked(PageList pages, String xhtml) {
        List<io.pressrun.model.PageStart> found = new ArrayList<>();
        for (var s : pages.starts()) {
            if (xhtml.contains("id=\"" + PageMarks.marker(s.page()).get("id") + "\"")) {
                found.add(s);
            }
        }
        return found.size() == pages.starts().size() ? pages : PageList.NONE;
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
