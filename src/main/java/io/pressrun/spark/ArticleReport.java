package io.pressrun.spark;

import io.pressrun.PressResult;
import io.pressrun.batch.ArticleBuild;
import io.pressrun.batch.BatchReport;
import io.pressrun.model.Diagnostic;

import java.io.Serializable;
import java.util.List;

/**
 * What became of one article, as one line of the job's report ({@value PressJob#REPORT}): its
 * source, slug, status, edition files and messages in the fields the command line's
 * {@code --report} gives them, and {@code "printed"}, each message as the command line prints it
 * ({@code path:line: error: message}).
 *
 * @param status {@code built}, {@code skipped} or {@code failed}
 * @param json   the line, without its line break
 */
record ArticleReport(String status, String json) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ArticleReport of(String source, PressResult result, List<ArticleBuild.Edition> written, String outDir,
                            long millis) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"source\": ").append(BatchReport.str(source))
                .append(", \"slug\": ").append(BatchReport.str(result.slug()))
                .append(", \"status\": ").append(BatchReport.str(result.status().word()))
                .append(", \"millis\": ").append(millis)
                .append(", \"outputs\": [");
        for (int i = 0; i < written.size(); i++) {
            ArticleBuild.Edition e = written.get(i);
            sb.append(i == 0 ? "" : ", ").append(BatchReport.output(outDir + "/" + e.fileName(), e.bytes().length,
                    e.sha256()));
        }
        sb.append("], \"messages\": ").append(BatchReport.messages(result.diagnostics())).append(", \"printed\": [");
        List<Diagnostic> ds = result.diagnostics();
        for (int i = 0; i < ds.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(BatchReport.str(ds.get(i).format()));
        }
        return new ArticleReport(result.status().word(), sb.append("]}").toString());
    }
}
