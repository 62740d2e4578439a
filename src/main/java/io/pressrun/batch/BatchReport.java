package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine-readable record of a batch ({@code --report FILE.json}): one entry per article
 * with its status ({@code built}, {@code skipped} or {@code failed}), its time, each output
 * file with its size and SHA-256, and its messages; the editions whose article is gone; and
 * the totals.
 */
public final class BatchReport {
    private BatchReport() {
    }

    public static String toJson(BatchOutcome outcome, Shard shard, long totalMillis) {
        List<ArticleResult> results = outcome.results();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"built\": ").append(results.stream().filter(ArticleResult::built).count())
                .append(",\n  \"skipped\": ").append(results.stream().filter(ArticleResult::skipped).count())
                .append(",\n  \"failed\": ").append(results.stream().filter(ArticleResult::failed).count())
                .append(",\n  \"millis\": ").append(totalMillis)
                .append(",\n  \"shard\": ").append(str(shard.toString()))
                .append(",\n  \"articles\": [");
        for (int i = 0; i < results.size(); i++) {
            ArticleResult r = results.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"source\": ").append(str(r.source().toString()))
                    .append(", \"slug\": ").append(str(r.slug()))
                    .append(", \"status\": ").append(str(r.status().word()))
                    .append(", \"millis\": ").append(r.millis())
                    .append(", \"outputs\": [");
            for (int j = 0; j < r.outputs().size(); j++) {
                ArticleResult.Output o = r.outputs().get(j);
                sb.append(j == 0 ? "" : ", ").append(output(o.file().toString(), o.bytes(), o.sha256()));
            }
            sb.append("], \"messages\": ").append(messages(r.diagnostics())).append('}');
        }
        sb.append(results.isEmpty() ? "]" : "\n  ]").append(",\n  \"orphans\": [");
        List<Orphan> orphans = outcome.orphans();
        for (int i = 0; i < orphans.size(); i++) {
            Orphan o = orphans.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"slug\": ").append(str(o.slug()))
                    .append(", \"source\": ").append(str(o.source()))
                    .append(", \"files\": ").append(paths(o.files()))
                    .append(", \"removed\": ").append(paths(o.removed())).append('}');
        }
        sb.append(orphans.isEmpty() ? "]" : "\n  ]").append(",\n  \"messages\": [");
        for (int i = 0; i < outcome.notes().size(); i++) {
            Diagnostic d = outcome.notes().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"file\": ").append(str(d.file().toString()))
                    .append(", \"severity\": ").append(str(d.severity().word))
                    .append(", \"message\": ").append(str(d.message())).append('}');
        }
        return sb.append("]\n}\n").toString();
    }

    /** An edition file as the report lists it: {@code {"file": ..., "bytes": ..., "sha256": ...}}. */
    public static String output(String file, long bytes, String sha256) {
        return "{\"file\": " + str(file) + ", \"bytes\": " + bytes + ", \"sha256\": " + str(sha256) + "}";
    }

    /** An article's messages as the report lists them: {@code [{"severity": ..., "line": ..., "message": ...}]}. */
    public static String messages(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder("[");
        for (int j = 0; j < diagnostics.size(); j++) {
            Diagnostic d = diagnostics.get(j);
            sb.append(j == 0 ? "" : ", ").append("{\"severity\": ").append(str(d.severity().word))
                    .append(", \"line\": ").append(d.line())
                    .append(", \"message\": ").append(str(d.message())).append('}');
        }
        return sb.append(']').toString();
    }

    private static String paths(List<Path> paths) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < paths.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(str(paths.get(i).toString()));
        }
        return sb.append(']').toString();
    }

    /** Writes the report of a batch, or of one part of it, atomically. */
    public static void write(Path file, BatchOutcome outcome, Shard shard, long totalMillis) throws IOException {
        ReportFiles.write(file, toJson(outcome, shard, totalMillis));
    }

    /** {@code s} as a JSON string, quoted. */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
