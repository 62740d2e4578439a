package io.pressrun.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressrun.EpubOracles;
import io.pressrun.TestFiles;
import io.pressrun.batch.BuildManifest;
import io.pressrun.bench.GenerateArticles;
import io.pressrun.cli.Main;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job on a real, in-process Spark ({@link LocalSpark}) over 100 generated articles, one
 * broken and one that claims another's slug: it makes the command line's bytes, refuses what the
 * command line refuses with the same messages, and leaves no temporary file.
 */
@Tag("slow")
class PressJobTest {
    private static final int ARTICLES = 100;
    private static JavaSparkContext spark;

    @TempDir
    static Path dir;
    private static Path in;
    private static Path sparkOut;
    private static Path cliOut;
    private static int sparkCode;
    private static final ShuffleBytes SHUFFLE = new ShuffleBytes();
    private static String cliErr;

    @BeforeAll
    static void runBoth() throws IOException {
        // small articles, every tenth with its lead picture, so that the test takes seconds, not minutes
        in = GenerateArticles.write(dir.toRealPath().resolve("in"), ARTICLES, 1, 10);
        TestFiles.write(in, "broken/article.md", TestFiles.FRONT + "\nText.\n\n![A chart](chart.png)\n");
        // claims article-7's slug, in other letters' case
        TestFiles.write(in, "copy/article.md", "---\ntitle: \"A copy\"\nauthor: Jane Reporter\ndate: 2024-05-01\n"
                + "slug: Article-7\n---\n\nA copy.\n");
        sparkOut = dir.resolve("spark-out");
        cliOut = dir.resolve("cli-out");

        spark = LocalSpark.get();
        spark.sc().addSparkListener(SHUFFLE);
        var out = new StringWriter();
        var err = new StringWriter();
        long start = System.nanoTime();
        sparkCode = PressJob.run(spark, new PrintWriter(out), new PrintWriter(err),
                "--input", in.toUri().toString(), "--output", sparkOut.toString(), "--partitions", "4");
        long sparkDone = System.nanoTime();

        var cli = new StringWriter();
        Main.run(new PrintWriter(new StringWriter()), new PrintWriter(cli), "build", "--out", cliOut.toString(),
                in.toString());
        cliErr = cli.toString();
        System.out.printf(java.util.Locale.ROOT, "Spark job: %s (%.1f s with its start); command line: %.1f s%n",
                out.toString().strip(), (sparkDone - start) / 1e9, (System.nanoTime() - sparkDone) / 1e9);
        System.out.printf(java.util.Locale.ROOT, "shuffle: %d bytes written for %d articles%n",
                SHUFFLE.waitForMapTasks(4), ARTICLES + 2);
    }

    @AfterAll
    static void stopListening() {
        if (spark != null) {
            spark.sc().removeSparkListener(SHUFFLE);
        }
    }

    @Test
    void everyGoodArticleHasTheCommandLinesBytes() throws IOException {
        List<String> editions = files(cliOut).stream().filter(n -> !n.startsWith(".")).toList();

        assertEquals(2 * (ARTICLES - 1), editions.size(), editions::toString);
        assertEquals(1, sparkCode, "an article failed, the others were built");
        for (String name : editions) {
            assertArrayEquals(Files.readAllBytes(cliOut.resolve(name)), Files.readAllBytes(sparkOut.resolve(name)), name);
        }
        EpubOracles.assertValid(sparkOut.resolve("article-0.epub"), "an edition the Spark job made");
    }

    @Test
    void theOutputFolderHoldsTheEditionsTheReportAndTheManifestOnly() throws IOException {
        List<String> expected = new ArrayList<>(files(cliOut).stream().filter(n -> !n.startsWith(".")).toList());
        expected.add(PressJob.REPORT);
        expected.add(BuildManifest.FILE_NAME);

        var extra = new TreeSet<>(files(sparkOut));
        extra.removeAll(expected);
        var missing = new TreeSet<>(expected);
        missing.removeAll(files(sparkOut));

        assertEquals(List.of(), List.copyOf(extra), "no temporary or checksum file");
        assertEquals(List.of(), List.copyOf(missing));
    }

    @Test
    void theReportHasEveryArticleWithTheCommandLinesMessages() throws IOException {
        Map<String, JsonNode> bySource = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(sparkOut.resolve(PressJob.REPORT))) {
            JsonNode n = json.readTree(line);
            bySource.put(Path.of(java.net.URI.create(n.get("source").asText())).toString(), n);
        }

        assertEquals(ARTICLES + 2, bySource.size());
        JsonNode built = bySource.get(in.resolve("article-3/article.md").toString());
        assertEquals("built", built.get("status").asText());
        assertEquals(2, built.get("outputs").size());
        for (String article : List.of("broken/article.md", "copy/article.md", "article-7/article.md")) {
            JsonNode failed = bySource.get(in.resolve(article).toString());
            assertEquals("failed", failed.get("status").asText(), article);
            assertEquals(0, failed.get("outputs").size(), article);
            assertFalse(failed.get("printed").isEmpty(), article);
            for (JsonNode printed : failed.get("printed")) {
                assertTrue(cliErr.contains(printed.asText()), () -> "not what the command line says: " + printed
                        + "\n" + cliErr);
            }
        }
        assertTrue(bySource.get(in.resolve("copy/article.md").toString()).get("printed").get(0).asText()
                .contains("slug 'Article-7' is also the slug of " + in.resolve("article-7/article.md") + " (as 'article-7')"));
        assertFalse(Files.exists(sparkOut.resolve("article-7.pdf")));
    }

    /** The shuffle by slug carries a small record per article, not the article. */
    @Test
    void theShuffleCarriesAFewHundredBytesPerArticle() {
        long bytes = SHUFFLE.waitForMapTasks(4);

        assertTrue(bytes > 0 && bytes < 1024L * (ARTICLES + 2), () -> bytes + " bytes shuffled");
    }

    /** Adds up the shuffle bytes the map tasks write, as Spark reports them to listeners. */
    static final class ShuffleBytes extends SparkListener {
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicInteger mapTasks = new AtomicInteger();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            long written = end.taskMetrics() == null ? 0 : end.taskMetrics().shuffleWriteMetrics().bytesWritten();
            if (written > 0) {
                bytes.addAndGet(written);
                mapTasks.incrementAndGet();
            }
        }

        /** The bytes, once {@code tasks} map tasks have been heard of (listeners hear of them a little later). */
        long waitForMapTasks(int tasks) {
            long until = System.nanoTime() + 10_000_000_000L;
            while (mapTasks.get() < tasks && System.nanoTime() < until) {
                LockSupport.parkNanos(10_000_000);
            }
            return bytes.get();
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
