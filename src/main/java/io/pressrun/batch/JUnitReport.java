package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A batch as a JUnit XML report ({@code --junit FILE.xml}), the format GitLab, Jenkins,
 * Azure Pipelines and GitHub's test-report actions show: one test case per article, named by
 * its source file; a failed article is a failed test whose message is its first error and
 * whose text is every message, as printed on stderr.
 */
public final class JUnitReport {
    private JUnitReport() {
    }

    public static String toXml(List<ArticleResult> results, long totalMillis) {
        long failed = results.stream().filter(ArticleResult::failed).count();
        var sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<testsuites name=\"pressrun\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failed).append("\" time=\"").append(seconds(totalMillis)).append("\">\n")
                .append("  <testsuite name=\"pressrun build\" tests=\"").append(results.size())
                .append("\" failures=\"").append(failed).append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(seconds(totalMillis)).append("\">\n");
        for (ArticleResult r : results) {
            sb.append("    <testcase classname=\"pressrun.build\" name=\"").append(attr(r.source().toString()))
                    .append("\" time=\"").append(seconds(r.millis())).append('"');
            if (!r.failed()) {
                sb.append("/>\n");
                continue;
            }
            var all = new StringBuilder();
            String first = "not built";
            for (Diagnostic d : r.diagnostics()) {
                all.append(d.format()).append('\n');
                if (d.severity() == Diagnostic.Severity.ERROR && first.equals("not built")) {
                    first = d.message();
                }
            }
            sb.append(">\n      <failure message=\"").append(attr(first)).append("\" type=\"article\">")
                    .append(text(all.toString())).append("</failure>\n    </testcase>\n");
        }
        return sb.append("  </testsuite>\n</testsuites>\n").toString();
    }

    /** Writes the report, whole or not at all. */
    public static void write(Path file, List<ArticleResult> results, long totalMillis) throws IOException {
        ReportFiles.write(file, toXml(results, totalMillis));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** XML 1.0 character data: markup escaped, characters XML cannot carry dropped. */
    private static String text(String s) {
        var sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
