package io.pressrun.spark;

import io.pressrun.batch.BatchReport;
import io.pressrun.batch.BuildManifest;
import io.pressrun.model.Diagnostic;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one article, as one line of the job's report ({@value PressJob#REPORT}): its
 * source, slug, status, edition files and messages in the fields the command line's
 * {@code --report} gives them, and {@code "printed"}, each message as the command line prints it
 * ({@code path:line: error: message}); with what the driver needs for the build manifest.
 *
 * @param status  {@code built}, {@code skipped} or {@code failed}
 * @param json    the line, without its line break
 * @param handled the slug the article claims, when its front matter could be read: the
 *                manifest's earlier entry for it is replaced (or dropped, when {@code entry} is null)
 * @param entry   the article's manifest entry, when it was built or skipped as up to date
 */
record ArticleReport(String status, String json, String handled, BuildManifest.Entry entry) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ArticleReport of(String source, String status, String slug, List<BuildManifest.Edition> outputs,
                            List<Diagnostic> diagnostics, String outDir, long millis, String handled,
                            BuildManifest.Entry entry) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"source\": ").append(BatchReport.str(source))
                .append(", \"slug\": ").append(BatchReport.str(slug))
                .append(", \"status\": ").append(BatchReport.str(status))
                .append(", \"millis\": ").append(millis)
                .append(", \"outputs\": [");
        for (int i = 0; i < outputs.size(); i++) {
            BuildManifest.Edition e = outputs.get(i);
            sb.append(i == 0 ? "" : ", ").append(BatchReport.output(outDir + "/" + e.file(), e.bytes(), e.sha256()));
        }
        sb.append("], \"messages\": ").append(BatchReport.messages(diagnostics)).append(", \"printed\": [");
        for (int i = 0; i < diagnostics.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(BatchReport.str(diagnostics.get(i).format()));
        }
        return new ArticleReport(status, sb.append("]}").toString(), handled, entry);
    }
}
