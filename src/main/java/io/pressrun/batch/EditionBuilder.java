package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.typeset.page.TypesetDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one article's editions into the output folder, all or nothing. Thread-safe. */
public final class EditionBuilder {
    private final Editions editions;
    private final boolean pdf;
    private final boolean epub;

    public EditionBuilder(BuildContext ctx) {
        this.editions = new Editions(ctx);
        this.pdf = ctx.wants(BuildContext.Format.PDF);
        this.epub = ctx.wants(BuildContext.Format.EPUB);
    }

    /**
     * Writes {@code <slug>.pdf} and {@code <slug>.epub} (as asked) and returns the files written.
     * The article is typeset once: the PDF paints the layout, the EPUB marks where its pages
     * begin (with the EPUB alone, it is typeset for that; see
     * {@link Editions#writeEpub(Article, java.io.OutputStream)}).
     */
    public List<ArticleResult.Output> write(Article article, Path outDir) throws IOException {
        OutputFiles files = new OutputFiles(outDir);
        try {
            TypesetDocument layout = pdf ? editions.layout(article) : null;
            if (pdf) {
                files.stage(article.slug() + ".pdf", out -> editions.writePdf(article, layout, out));
            }
            if (epub) {
                files.stage(article.slug() + ".epub", out -> {
                    if (layout != null) {
                        editions.writeEpub(article, layout, out);
                    } else {
                        editions.writeEpub(article, out);
                    }
                });
            }
            return files.commit();
        } catch (IOException | RuntimeException | Error e) {
            files.abort();
            throw e;
        }
    }
}
