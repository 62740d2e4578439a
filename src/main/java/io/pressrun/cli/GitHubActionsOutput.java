package io.pressrun.cli;

import io.pressrun.batch.ArticleResult;
import io.pressrun.model.Diagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * On GitHub Actions: every error and warning also as a workflow command
 * ({@code ::error file=...,line=...::message}), which GitHub shows as an annotation on the
 * line of the article, and the totals with a table of the failed articles appended to the
 * job summary ({@code $GITHUB_STEP_SUMMARY}).
 */
final class GitHubActionsOutput implements BuildOutput {
    /** Failed articles listed in the summary at most; the rest are counted. */
    static final int SUMMARY_ROWS = 50;

    private final PrintWriter out;
    private final String summaryFile;

    GitHubActionsOutput(PrintWriter out, String summaryFile) {
        this.out = out;
        this.summaryFile = summaryFile;
    }

    @Override
    public void started(int articles) {
    }

    @Override
    public synchronized void finished(ArticleResult r) {
        for (Diagnostic d : r.diagnostics()) {
            out.println(annotation(d));
        }
        out.flush();
    }

    /** The workflow command for one message (escaped as GitHub's toolkit escapes them). */
    static String annotation(Diagnostic d) {
        String kind = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        var sb = new StringBuilder("::").append(kind).append(" file=").append(property(d.file().toString()));
        if (d.line() > 0) {
            sb.append(",line=").append(d.line());
        }
        return sb.append("::").append(data(d.message())).toString();
    }

    @Override
    public void done(List<ArticleResult> results, long millis) {
        if (summaryFile == null || summaryFile.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(summaryFile), summary(results, millis), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            out.println("::warning::" + data("could not write the job summary " + summaryFile));
        }
    }

    /** Markdown: the totals, then each failed article with its first error. */
    static String summary(List<ArticleResult> results, long millis) {
        var sb = new StringBuilder("### Pressrun\n\n").append(BuildOutput.totals(results, millis)).append("\n\n");
        List<ArticleResult> failed = results.stream().filter(ArticleResult::failed).toList();
        if (failed.isEmpty()) {
            return sb.toString();
        }
        sb.append("| article | error |\n| --- | --- |\n");
        for (ArticleResult r : failed.subList(0, Math.min(SUMMARY_ROWS, failed.size()))) {
            String error = r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                    .map(d -> (d.line() > 0 ? "line " + d.line() + ": " : "") + d.message()).findFirst()
                    .orElse("not built");
            sb.append("| ").append(cell(r.source().toString())).append(" | ").append(cell(error)).append(" |\n");
        }
        if (failed.size() > SUMMARY_ROWS) {
            sb.append("\nand ").append(failed.size() - SUMMARY_ROWS).append(" more failed articles\n");
        }
        return sb.append('\n').toString();
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
