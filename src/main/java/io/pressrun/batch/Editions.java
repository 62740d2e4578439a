package io.pressrun.batch;

import io.pressrun.epub.EpubWriter;
import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.Article;
import io.pressrun.pdf.PdfWriter;
import io.pressrun.style.Labels;
import io.pressrun.typeset.Typesetter;
import io.pressrun.typeset.font.FontFiles;
import io.pressrun.typeset.page.TypesetDocument;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An article's editions made in order: the PDF is typeset, then painted; the EPUB is rendered
 * from the templates. Everything read once (fonts, the EPUB stylesheet) is read here, when
 * constructed; each call works only on its article. Thread-safe.
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
        pdf.write(article, layout(article), ctx.timestampFor(article), out);
    }

    /** Writes the article's EPUB edition to {@code out}. */
    public void writeEpub(Article article, OutputStream out) throws IOException {
        epub.write(article, ctx.timestampFor(article), out);
    }
}
