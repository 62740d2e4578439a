package io.pressrun;

import io.pressrun.batch.ArticleBuild;
import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Press} made of one article: its editions' bytes, its slug, and every warning and
 * error met, each the {@code path:line: error: message} the command line prints
 * ({@link Diagnostic#format()}). An article that fails has no edition, and at least one error
 * says why. Byte arrays are the caller's to keep: each call of {@link #pdf()} or {@link #epub()}
 * gives a copy.
 *
 * @param pdf         the PDF edition, when it was made
 * @param epub        the EPUB edition, when it was made
 * @param status      {@code BUILT}; {@code SKIPPED} for a draft when drafts are not built; or {@code FAILED}
 * @param slug        the file name the editions take ({@code <slug>.pdf}); empty when the source
 *                    could not be read far enough to know it
 * @param diagnostics warnings and errors, in the order met
 */
public record PressResult(ArticleResult.Status status, String slug, Optional<byte[]> pdf, Optional<byte[]> epub,
                          List<Diagnostic> diagnostics) {

    public PressResult {
        pdf = pdf.map(byte[]::clone);
        epub = epub.map(byte[]::clone);
        diagnostics = List.copyOf(diagnostics);
    }

    static PressResult of(ArticleBuild.Outcome outcome) {
        return new PressResult(outcome.status(), outcome.slug(), edition(outcome, BuildContext.Format.PDF),
                edition(outcome, BuildContext.Format.EPUB), outcome.diagnostics());
    }

    private static Optional<byte[]> edition(ArticleBuild.Outcome outcome, BuildContext.Format format) {
        return outcome.editions().stream().filter(e -> e.format() == format).findFirst().map(ArticleBuild.Edition::bytes);
    }

    @Override
    public Optional<byte[]> pdf() {
        return pdf.map(byte[]::clone);
    }

    @Override
    public Optional<byte[]> epub() {
        return epub.map(byte[]::clone);
    }

    /**
     * The editions as a build writes them, in the order PDF, EPUB: {@code <slug>.pdf} and
     * {@code <slug>.epub}, each with its bytes.
     */
    public List<ArticleBuild.Edition> editions() {
        List<ArticleBuild.Edition> files = new ArrayList<>(2);
        pdf.ifPresent(b -> files.add(new ArticleBuild.Edition(BuildContext.Format.PDF, slug + ".pdf", b.clone())));
        epub.ifPresent(b -> files.add(new ArticleBuild.Edition(BuildContext.Format.EPUB, slug + ".epub", b.clone())));
        return files;
    }

    /** The editions were made. */
    public boolean built() {
        return status == ArticleResult.Status.BUILT;
    }

    /** The article could not be built; its errors say why. */
    public boolean failed() {
        return status == ArticleResult.Status.FAILED;
    }

    /** The messages as the command line prints them, one per diagnostic. */
    public List<String> messages() {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }
}
