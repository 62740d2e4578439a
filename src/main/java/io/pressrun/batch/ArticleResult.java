package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What became of one article: built (with its output files), skipped because its editions
 * were already up to date (with those files), or failed (with its errors).
 *
 * @param slug    empty when the source could not be read far enough to know it
 * @param outputs the edition files, each with its size and SHA-256; none when failed
 * @param millis  wall-clock time spent on this article
 */
public record ArticleResult(Path source, String slug, Status status, List<Output> outputs,
                            List<Diagnostic> diagnostics, long millis) {

    public enum Status {
        /** The editions were written. */
        BUILT,
        /** Nothing the editions depend on changed since they were written; they were left as they were. */
        SKIPPED,
        /** The article could not be built; it left no file behind. */
        FAILED;

        /** {@code built}, {@code skipped} or {@code failed}, as the report writes it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An edition file: its path, its size in bytes and the SHA-256 of its bytes (lower-case hex). */
    public record Output(Path file, long bytes, String sha256) {
    }

    public ArticleResult {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }

    static ArticleResult failed(Path source, String slug, List<Diagnostic> diagnostics, long millis) {
        return new ArticleResult(source, slug, Status.FAILED, List.of(), diagnostics, millis);
    }

    /** The editions were written in this run. */
    public boolean built() {
        return status == Status.BUILT;
    }

    public boolean skipped() {
        return status == Status.SKIPPED;
    }

    public boolean failed() {
        return status == Status.FAILED;
    }

    /** The edition files' paths. */
    public List<Path> files() {
        return outputs.stream().map(Output::file).toList();
    }
}
