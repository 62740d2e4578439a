package io.pressrun.cli;

import io.pressrun.batch.ArticleResult;
import io.pressrun.model.Diagnostic;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Plain lines, for logs: each message on stderr as {@code path:line: error: message}, each
 * built article's files on stdout ({@code built a.pdf a.epub}, or {@code skipped ...} when they
 * were up to date), each failed article as {@code path: error: not built}, and the totals on
 * stderr.
 */
class PlainOutput implements BuildOutput {
    private final PrintWriter out;
    private final PrintWriter err;

    PlainOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void started(int articles) {
    }

    @Override
    public void finished(ArticleResult r) {
        messages(r, err);
        if (!r.failed()) {
            out.println(r.status().word() + " " + (r.files().isEmpty() ? r.source().toString()
                    : String.join(" ", r.files().stream().map(Path::toString).toList())));
        }
        out.flush();
        err.flush();
    }

    /** The article's messages, and "not built" when it failed. */
    static void messages(ArticleResult r, PrintWriter err) {
        for (Diagnostic d : r.diagnostics()) {
            err.println(d.format());
        }
        if (r.failed()) {
            err.println(r.source() + ": error: not built");
        }
    }

    @Override
    public void done(List<ArticleResult> results, long millis) {
        err.println(BuildOutput.totals(results, millis));
        err.flush();
    }
}
