package io.pressrun.spark;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressrun.batch.BuildManifest;
import io.pressrun.bench.GenerateArticles;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.TaskContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A task attempt that dies part-way, after it staged an edition, is tried again ({@link LocalSpark}
 * tries each task twice): the output folder ends with exactly the command line's editions, byte
 * for byte, and its manifest, and the report has one line per article.
 */
@Tag("slow")
class PressJobRetryTest {
    private static final int ARTICLES = 6;

    @TempDir
    Path dir;

    @Test
    void aTaskThatDiesPartWayIsRetriedAndLeavesExactlyTheCommandLinesFiles() throws IOException {
        Path root = dir.toRealPath();
        Path in = GenerateArticles.write(root.resolve("in"), ARTICLES, 1, 3);
        Path jobOut = root.resolve("job");
        Path cliOut = root.resolve("cli");
        FailedTasks failures = new FailedTasks();
        LocalSpark.get().sc().addSparkListener(failures);
        JobRuns.Run run;
        try {
            // every article of partition 0's first attempt would be built there; the attempt dies at the first edition staged
            run = JobRuns.job(PressJobRetryTest::dieInFirstAttemptOfPartitionZero, in, jobOut, "--partitions", "2");
            failures.waitForOne();
        } finally {
            LocalSpark.get().sc().removeSparkListener(failures);
        }
        JobRuns.commandLine(in, cliOut);

        assertEquals(0, run.code(), run::toString);
        assertTrue(failures.messages.stream().anyMatch(m -> m.contains("the first attempt of partition 0 dies")),
                () -> "a task attempt died: " + failures.messages);
        assertEquals(ARTICLES, run.statuses().size(), "one report line per article, none twice");
        Set<String> sources = new HashSet<>();
        for (JsonNode line : run.lines()) {
            assertTrue(sources.add(line.get("source").asText()), () -> "twice: " + line);
            assertEquals("built", line.get("status").asText(), line::toString);
        }
        List<String> expected = new ArrayList<>(names(cliOut));
        expected.add(PressJob.REPORT);
        expected.sort(null);
        assertEquals(expected, names(jobOut), "the editions, the manifest and the report; no temporary file");
        for (String name : names(cliOut)) {
            assertArrayEquals(Files.readAllBytes(cliOut.resolve(name)), Files.readAllBytes(jobOut.resolve(name)), name);
        }
        assertTrue(names(cliOut).contains(BuildManifest.FILE_NAME), "the manifests compared too");
    }

    private static void dieInFirstAttemptOfPartitionZero(String fileName) {
        TaskContext task = TaskContext.get();
        if (task.partitionId() == 0 && task.attemptNumber() == 0 && task.stageAttemptNumber() == 0) {
            throw new AssertionError("the first attempt of partition 0 dies after staging " + fileName);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The failure messages of the task attempts that failed, as Spark reports them to listeners. */
    static final class FailedTasks extends SparkListener {
        final List<String> messages = new CopyOnWriteArrayList<>();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.reason() instanceof ExceptionFailure f) {
                messages.add(f.toErrorString());
            }
        }

        /** Listeners hear of tasks a little after they end: waits up to ten seconds for one failure. */
        void waitForOne() {
            long until = System.nanoTime() + 10_000_000_000L;
            while (messages.isEmpty() && System.nanoTime() < until) {
                LockSupport.parkNanos(10_000_000);
            }
        }
    }
}
