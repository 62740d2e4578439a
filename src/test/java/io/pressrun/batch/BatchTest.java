package io.pressrun.batch;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch itself, in process: what it tells while it works, and the threads it works on. */
class BatchTest {
    @TempDir
    Path dir;

    private List<Path> articles(int n) {
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sources.add(TestFiles.write(dir, "in/article-" + i + ".md", FRONT + "\nBody " + i + ".\n"));
        }
        return sources;
    }

    @Test
    void startedHearsHowManyArticlesThePartHasAndEachResultItsTime() {
        List<Path> sources = articles(4);
        Shard half = Shard.parse("1/2");
        long inPart = sources.stream().map(s -> s.getFileName().toString().replace(".md", ""))
                .filter(half::contains).count();
        var options = new Batch.Options(half, false, false, false);
        AtomicInteger started = new AtomicInteger(-1);
        List<String> daemons = new ArrayList<>();
        Batch batch = new Batch(BuildContext.defaults(), dir.resolve("out"), 2, false, options);
        BatchOutcome outcome = onAThreadThatIsNoDaemon(() -> batch.build(sources, started::set,
                r -> Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("pressrun-worker"))
                        .forEach(t -> daemons.add(t.getName() + (t.isDaemon() ? " is a daemon" : " is no daemon")))));
        assertEquals(inPart, started.get(), "the number of articles in this part, once found");
        assertEquals(inPart, outcome.results().size());
        assertFalse(daemons.isEmpty(), "the articles are built on worker threads");
        assertTrue(daemons.stream().allMatch(d -> d.endsWith(" is a daemon")),
                "a worker never keeps the program alive after the batch: " + daemons);
        for (ArticleResult r : outcome.results()) {
            assertTrue(r.built(), r.toString());
            assertTrue(r.millis() >= 1 && r.millis() < 600_000, "an article's own time in milliseconds: " + r.millis());
        }
    }

    @Test
    void moreJobsThanArticlesBuildEachArticleOnce() {
        List<Path> sources = articles(2);
        List<ArticleResult> results = new Batch(BuildContext.defaults(), dir.resolve("out"), 17).run(sources, r -> { });
        assertEquals(sources, results.stream().map(ArticleResult::source).toList());
        assertTrue(results.stream().allMatch(ArticleResult::built), results.toString());
    }

    /**
     * What {@code work} returns, run on a new thread that is no daemon. A new thread is a daemon
     * when the thread that makes it is one, and a test runner may run tests on one (PIT does): so
     * the workers are daemons here only because the batch makes them so.
     */
    private static <T> T onAThreadThatIsNoDaemon(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException | Error e) {
                thrown.set(e);
            }
        }, "batch-caller");
        caller.setDaemon(false);
        caller.start();
        try {
            caller.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the batch ran", e);
        }
        if (thrown.get() != null) {
            throw new AssertionError("the batch failed", thrown.get());
        }
        return result.get();
    }
}
