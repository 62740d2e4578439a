package io.pressrun.batch;

import io.pressrun.epub.EpubWriter;
import io.pressrun.epub.PageList;
import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.Article;
import io.pressrun.pdf.PdfWriter;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.typeset.Typesetter;
import io.pressrun.typeset.font.FontFiles;
import io.pressrun.typeset.font.MissingGlyphException;
import io.pressrun.typeset.page.TypesetDocument;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An article's editions made in order: the PDF is typeset, then painted; the EPUB is rendered
 * from the templates, with page-break markers where the PDF's pages begin (the layout tells
 * where, and is computed for that even when only the EPUB is written). Everything read once
 * (fonts, the EPUB stylesheet) is read here, when constructed; each call works only on its
 * article. Thread-safe.
 */
public final class Editions {
    private final BuildContext ctx;
    private final FontFiles fonts;
    private final PdfWriter pdf;
    private final EpubWriter epub;

    public Editions(BuildContext ctx) {
        this.ctx = ctx;
        this.fonts = FontFiles.load(ctx.theme());
        var images = new EditionImages(ImageLimits.fromTheme(ctx.theme()));
        this.pdf = new PdfWriter(images);
        this.epub = new EpubWriter(ctx.templates(), images);
    }

    /** The article's pages, laid out with this thread's fonts. */
    public TypesetDocument layout(Article article) {
        Labels labels = Labels.forLanguage(ctx.templates(), article.language());
        return new Typesetter(ctx.theme(), labels, ctx.paper(), fonts.fontSet()).typeset(article);
    }

    /** Typesets the article and writes its PDF edition to {@code out}. */
    public void writePdf(Article article, OutputStream out) throws IOException {
        writePdf(article, layout(article), out);
    }

    /** Writes the PDF edition of {@code layout}, the article's {@link #layout}. */
    public void writePdf(Article article, TypesetDocument layout, OutputStream out) throws IOException {
        pdf.write(article, layout, ctx.timestampFor(article), out);
    }

    /**
     * Typesets the article for its page numbers and writes its EPUB edition to {@code out}. An
     * article with a character no font can show has no PDF edition, so its EPUB has no page
     * numbers; only the PDF needs glyphs.
     */
    public void writeEpub(Article article, OutputStream out) throws IOException {
        PageList pages;
        try {
            pages = pageList(ctx.paper(), layout(article));
        } catch (MissingGlyphException e) {
            pages = PageList.NONE;
        }
        epub.write(article, pages, ctx.timestampFor(article), out);
    }

    /** Writes the EPUB edition, its pages marked where the pages of {@code layout} (the article's {@link #layout}) begin. */
    public void writeEpub(Article article, TypesetDocument layout, OutputStream out) throws IOException {
        writeEpub(article, layout, epubPictures(article), out);
    }

    /** The EPUB's image files and cover, which do not depend on the layout: they can be made while it is set. */
    public EpubWriter.Pictures epubPictures(Article article) throws IOException {
        return epub.pictures(article);
    }

    /** Writes the EPUB edition with {@code pictures}, the article's {@link #epubPictures}, its pages marked as {@code layout}'s. */
    public void writeEpub(Article article, TypesetDocument layout, EpubWriter.Pictures pictures, OutputStream out)
            throws IOException {
        epub.write(article, pictures, pageList(ctx.paper(), layout), ctx.timestampFor(article), out);
    }

    /** The pages of a PDF edition as the EPUB writer takes them: plain data, named by the paper. */
    static PageList pageList(Paper paper, TypesetDocument layout) {
        return new PageList(paper == Paper.LETTER ? "Letter" : "A4", layout.pageStarts());
    }
}
