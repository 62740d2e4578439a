package io.pressrun.build;

import io.pressrun.epub.EpubWriter;
import io.pressrun.model.Article;
import io.pressrun.pdf.PdfWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes one article's editions into the output folder, all or nothing. Thread-safe. */
public final class EditionBuilder {
    private final PdfWriter pdf;
    private final EpubWriter epub;

    public EditionBuilder(BuildContext ctx) {
        this.pdf = ctx.wants(BuildContext.Format.PDF) ? new PdfWriter(ctx) : null;
        this.epub = ctx.wants(BuildContext.Format.EPUB) ? new EpubWriter(ctx) : null;
    }

    /** Writes {@code <slug>.pdf} and {@code <slug>.epub} (as asked) and returns their paths. */
    public List<Path> write(Article article, Path outDir) throws IOException {
        OutputFiles files = new OutputFiles(outDir);
        try {
            if (pdf != null) {
                files.stage(article.slug() + ".pdf", out -> pdf.write(article, out));
            }
            if (epub != null) {
                files.stage(article.slug() + ".epub", out -> epub.write(article, out));
            }
            return files.commit();
        } catch (IOException | RuntimeException | Error e) {
            files.abort();
            throw e;
        }
    }
}
