package io.pressrun.cli;

import io.pressrun.batch.ArticleResult;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

import java.io.PrintWriter;
import java.util.List;

/**
 * A progress bar on the terminal (articles done of all, rate, time left), drawn by the
 * progressbar library; an article's messages are printed above it as they come, and the bar
 * gives way to the totals at the end.
 */
final class ProgressBarOutput implements BuildOutput {
    private final PrintWriter err;
    private ProgressBar bar;

    ProgressBarOutput(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void started(int articles) {
        bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(articles).setUnit(" articles", 1)
                .showSpeed().setUpdateIntervalMillis(200).clearDisplayOnFinish().setConsumer(new Consumer()).build();
    }

    @Override
    public synchronized void finished(ArticleResult r) {
        if (!r.diagnostics().isEmpty() || r.failed()) {
            clearLine();
            PlainOutput.messages(r, err);
            err.flush();
        }
        bar.step();
    }

    @Override
    public void done(List<ArticleResult> results, long millis) {
        bar.close();
        err.println(BuildOutput.totals(results, millis));
        err.flush();
    }

    private void clearLine() {
        err.print('\r' + " ".repeat(Consumer.WIDTH) + '\r');
    }

    /** Draws the bar on one line of stderr, redrawn in place. */
    private final class Consumer implements ProgressBarConsumer {
        static final int WIDTH = 100;

        @Override
        public int getMaxRenderedLength() {
            return WIDTH;
        }

        @Override
        public void accept(String rendered) {
            synchronized (ProgressBarOutput.this) {
                err.print('\r' + rendered);
                err.flush();
            }
        }

        @Override
        public void clear() {
            synchronized (ProgressBarOutput.this) {
                clearLine();
                err.flush();
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
