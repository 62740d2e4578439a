package io.pressrun.cli;

import io.pressrun.batch.ArticleResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a build shows while it runs and when it ends: the messages of each article, what was
 * built, and the totals. On a terminal a progress bar (done/total, rate, ETA) stands in for the
 * per-article lines; elsewhere, and whenever {@code CI} is set, plain lines; on GitHub Actions
 * the messages are also workflow annotations and the totals a job summary.
 */
interface BuildOutput {

    /** Before the first article: how many there are. */
    void started(int articles);

    /** Each article as it finishes. */
    void finished(ArticleResult result);

    /** After the last: every result and the wall-clock time. */
    void done(List<ArticleResult> results, long millis);

    /**
     * The outputs for this run.
     *
     * @param env      the process environment ({@code CI}, {@code TERM}, {@code GITHUB_ACTIONS},
     *                 {@code GITHUB_STEP_SUMMARY})
     * @param terminal whether standard output and error are a terminal someone watches
     */
    static BuildOutput forRun(Map<String, String> env, boolean terminal, PrintWriter out, PrintWriter err) {
        boolean ci = !env.getOrDefault("CI", "").isBlank();
        boolean dumb = "dumb".equals(env.get("TERM"));
        List<BuildOutput> outputs = new ArrayList<>();
        outputs.add(terminal && !ci && !dumb ? new ProgressBarOutput(err) : new PlainOutput(out, err));
        if ("true".equals(env.get("GITHUB_ACTIONS"))) {
            outputs.add(new GitHubActionsOutput(out, env.get("GITHUB_STEP_SUMMARY")));
        }
        return outputs.size() == 1 ? outputs.get(0) : new BuildOutput() {
            @Override
            public void started(int articles) {
                outputs.forEach(o -> o.started(articles));
            }

            @Override
            public void finished(ArticleResult result) {
                outputs.forEach(o -> o.finished(result));
            }

            @Override
            public void done(List<ArticleResult> results, long millis) {
                outputs.forEach(o -> o.done(results, millis));
            }
        };
    }

    /** The closing line: how many were built, skipped (when any) and failed, and the time taken. */
    static String totals(List<ArticleResult> results, long millis) {
        long built = results.stream().filter(ArticleResult::built).count();
        long skipped = results.stream().filter(ArticleResult::skipped).count();
        long failed = results.stream().filter(ArticleResult::failed).count();
        return skipped == 0 ? String.format("%d built, %d failed (%d ms)", built, failed, millis)
                : String.format("%d built, %d skipped, %d failed (%d ms)", built, skipped, failed, millis);
    }
}
