package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine-readable record of a batch ({@code --report FILE.json}): one entry per article
 * with its status, outputs and messages, and the totals.
 */
public final class BatchReport {
    private BatchReport() {
    }

    public static String toJson(List<ArticleResult> results, long totalMillis) {
        StringBuilder sb = new StringBuilder(256 + results.size() * 256);
        long built = results.stream().filter(ArticleResult::built).count();
        sb.append("{\n  \"built\": ").append(built)
                .append(",\n  \"failed\": ").append(results.size() - built)
                .append(",\n  \"millis\": ").append(totalMillis)
                .append(",\n  \"articles\": [");
        for (int i = 0; i < results.size(); i++) {
            ArticleResult r = results.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"source\": ").append(str(r.source().toString()))
                    .append(", \"slug\": ").append(str(r.slug()))
                    .append(", \"status\": ").append(str(r.built() ? "built" : "failed"))
                    .append(", \"millis\": ").append(r.millis())
                    .append(", \"outputs\": [");
            for (int j = 0; j < r.outputs().size(); j++) {
                sb.append(j == 0 ? "" : ", ").append(str(r.outputs().get(j).toString()));
            }
            sb.append("], \"messages\": [");
            for (int j = 0; j < r.diagnostics().size(); j++) {
                Diagnostic d = r.diagnostics().get(j);
                sb.append(j == 0 ? "" : ", ").append("{\"severity\": ").append(str(d.severity().word))
                        .append(", \"line\": ").append(d.line())
                        .append(", \"message\": ").append(str(d.message())).append('}');
            }
            sb.append("]}");
        }
        sb.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    /** Writes the report atomically. */
    public static void write(Path file, List<ArticleResult> results, long totalMillis) throws IOException {
        ReportFiles.write(file, toJson(results, totalMillis));
    }

    static String str(String s) {
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
