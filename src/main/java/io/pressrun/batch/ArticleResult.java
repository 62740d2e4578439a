package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one article: built (with its output files) or failed (with its errors).
 *
 * @param slug   empty when the source could not be read far enough to know it
 * @param millis wall-clock time spent on this article
 */
public record ArticleResult(Path source, String slug, boolean built, List<Path> outputs,
                            List<Diagnostic> diagnostics, long millis) {
    public ArticleResult {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }
}
