package io.pressrun.batch;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
        BatchOutcome outcome = new Batch(BuildContext.defaults(), dir.resolve("out"), 2, false, options)
                .build(sources, started::set, r -> Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("pressrun-worker"))
                        .forEach(t -> daemons.add(t.getName() + (t.isDaemon() ? " daemon" : " not a daemon"))));
        assertEquals(inPart, started.get(), "the number of articles in this part, once found");
        assertEquals(inPart, outcome.results().size());
        assertFalse(daemons.isEmpty(), "the articles are built on worker threads");
        assertTrue(daemons.stream().allMatch(d -> d.endsWith(" daemon")),
                "a worker never keeps the program alive after the batch: " + daemons);
        for (ArticleResult r : outcome.results()) {
            assertTrue(r.built(), r.toString());
            assertTrue(r.millis() >= 1 && r.millis() < 600_000, "an article's own time in milliseconds: " + r.millis());
        }
    }
}
