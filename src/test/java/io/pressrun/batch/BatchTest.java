package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
     * With more workers than articles, the idle ones make the EPUB's pictures: the editions are
     * the bytes one worker alone makes.
     */
    @Test
    void idleWorkersHelpAndTheEditionsAreTheSame() throws Exception {
        List<Path> sources = articles(2);
        var ctx = BuildContext.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1700000000"),
                Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB), Paper.A4, false, Templates.bundled());
        List<ArticleResult> alone = new Batch(ctx, dir.resolve("alone"), 1).run(sources, r -> { });
        List<ArticleResult> helped = new Batch(ctx, dir.resolve("helped"), 5).run(sources, r -> { });
        for (int i = 0; i < sources.size(); i++) {
            assertTrue(helped.get(i).built(), helped.get(i).toString());
            for (int k = 0; k < 2; k++) {
                assertArrayEquals(Files.readAllBytes(alone.get(i).outputs().get(k).file()),
                        Files.readAllBytes(helped.get(i).outputs().get(k).file()));
            }
        }
    }

    /** Side work goes to the workers' pool only when they outnumber the articles: else every worker has an article. */
    @Test
    void theWorkersHelpEachOtherOnlyWhenThereAreFewerArticlesThanWorkers() {
        var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            assertSame(pool, Batch.spare(1, 2, pool));
            assertSame(pool, Batch.spare(3, 8, pool));
            assertNull(Batch.spare(2, 2, pool));
            assertNull(Batch.spare(120, 2, pool));
            assertNull(Batch.spare(1, 1, pool));
        } finally {
            pool.shutdown();
        }
    }

    /** A source whose front matter cannot be read belongs to the part its file name's slug is in. */
    @Test
    void aSourceWithoutAReadableSlugIsInThePartOfItsFileName() {
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sources.add(TestFiles.write(dir, "in/broken-" + i + ".md", "---\ntitle: [unclosed\n---\nText.\n"));
        }
        Shard half = Shard.parse("1/2");
        List<Path> inPart = sources.stream()
                .filter(s -> half.contains(s.getFileName().toString().replace(".md", ""))).toList();
        assertTrue(!inPart.isEmpty() && inPart.size() < sources.size(), "both parts have some: " + inPart);
        var options = new Batch.Options(half, false, false, false);
        List<ArticleResult> results = new Batch(BuildContext.defaults(), dir.resolve("out"), 1, false, options)
                .run(sources, r -> { });
        assertEquals(inPart, results.stream().map(ArticleResult::source).toList());
        assertTrue(results.stream().allMatch(ArticleResult::failed), results.toString());
    }

    /** An article that fails once read whole still goes by the slug its front matter claims. */
    @Test
    void anArticleThatFailsKeepsTheSlugItsFrontMatterClaims() {
        Path source = TestFiles.write(dir, "in/story.md", FRONT.replace("title:", "slug: harbour-news\ntitle:")
                + "\n![A chart](missing.png)\n");
        List<ArticleResult> results = new Batch(BuildContext.defaults(), dir.resolve("out"), 1).run(List.of(source),
                r -> { });
        assertEquals(1, results.size());
        assertTrue(results.get(0).failed(), results.toString());
        assertEquals("harbour-news", results.get(0).slug());
        assertEquals(1, results.get(0).diagnostics().size(), results.get(0).diagnostics().toString());
        assertTrue(results.get(0).diagnostics().get(0).message().contains("missing.png"),
                "the reading's own error: " + results.get(0).diagnostics());
    }

    /** Two sources claiming one slug, in any letter case, are both refused before either is built. */
    @Test
    void twoSourcesClaimingOneSlugAreBothRefused() {
        Path a = TestFiles.write(dir, "in/a.md", FRONT.replace("title:", "slug: Harbour\ntitle:") + "\nText.\n");
        Path b = TestFiles.write(dir, "in/b.md", FRONT.replace("title:", "slug: harbour\ntitle:") + "\nText.\n");
        List<ArticleResult> results = new Batch(BuildContext.defaults(), dir.resolve("out"), 1).run(List.of(a, b),
                r -> { });
        assertEquals(List.of(SlugClaims.conflict(new SlugClaims.Claim(a, "Harbour"), List.of(
                        new SlugClaims.Claim(a, "Harbour"), new SlugClaims.Claim(b, "harbour")))),
                results.get(0).diagnostics());
        assertTrue(results.get(1).failed(), results.toString());
        assertFalse(java.nio.file.Files.exists(dir.resolve("out/harbour.pdf")));
    }

    private static final Batch.Options INCREMENTAL = new Batch.Options(Shard.ALL, true, false, false);

    /**
     * The editions of the last build whose slug no source claims now are orphans, unless their
     * source's front matter cannot be read now; an article that fails this time loses its entry,
     * so that the next build builds it again.
     */
    @Test
    void anIncrementalBatchNamesTheEditionsNoSourceClaimsAndForgetsTheArticlesThatFailed() throws Exception {
        Path out = dir.resolve("out");
        BuildManifest.write(out, "settings", List.of(IncrementalBuildTest.entry("old", "../in/renamed.md"),
                IncrementalBuildTest.entry("typo", "../in/typo.md"), IncrementalBuildTest.entry("fails-now",
                        "../in/fails-now.md")));
        String missingPicture = FRONT + "\n![A chart](missing.png)\n";
        List<Path> sources = List.of(TestFiles.write(dir, "in/renamed.md", missingPicture),
                TestFiles.write(dir, "in/typo.md", "---\ntitle: [unclosed\n---\nText.\n"),
                TestFiles.write(dir, "in/fails-now.md", missingPicture));
        BatchOutcome outcome = new Batch(BuildContext.defaults(), out, 1, false, INCREMENTAL).build(sources, r -> { });
        assertTrue(outcome.results().stream().allMatch(ArticleResult::failed), outcome.results().toString());
        assertEquals(List.of("old"), outcome.orphans().stream().map(Orphan::slug).toList());
        assertEquals(java.util.Set.of("old", "typo"), BuildManifest.load(out).entries().keySet(),
                "the orphan's entry is kept until it is pruned, the unreadable source's until it can be read");
    }

    /** A manifest that is not Pressrun's is ignored, and the batch says so. */
    @Test
    void anIncrementalBatchSaysWhenItIgnoresTheManifest() {
        TestFiles.write(dir, "out/" + BuildManifest.FILE_NAME, "[1, 2, 3]\n");
        Path source = TestFiles.write(dir, "in/story.md", "---\ntitle: No date\n---\nText.\n");
        BatchOutcome outcome = new Batch(BuildContext.defaults(), dir.resolve("out"), 1, false, INCREMENTAL)
                .build(List.of(source), r -> { });
        assertEquals(1, outcome.notes().size(), outcome.notes().toString());
        assertEquals(dir.resolve("out").resolve(BuildManifest.FILE_NAME), outcome.notes().get(0).file());
        assertTrue(outcome.notes().get(0).message().startsWith("the build manifest is ignored"),
                outcome.notes().get(0).message());
    }

    /** Built once, an article whose source and editions are unchanged is skipped the next time, unless forced. */
    @Test
    void anIncrementalBatchSkipsWhatIsUpToDate() {
        List<Path> sources = articles(1);
        Path out = dir.resolve("out");
        var pdf = BuildContext.fromEnvironment(Map.of(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                Templates.bundled());
        assertTrue(new Batch(pdf, out, 1, false, INCREMENTAL).run(sources, r -> { }).get(0).built());
        List<ArticleResult> again = new Batch(pdf, out, 1, false, INCREMENTAL).run(sources, r -> { });
        assertEquals(ArticleResult.Status.SKIPPED, again.get(0).status());
        assertEquals(List.of(out.resolve("article-0.pdf")), again.get(0).files());
        var forced = new Batch.Options(Shard.ALL, true, true, false);
        assertTrue(new Batch(pdf, out, 1, false, forced).run(sources, r -> { }).get(0).built());
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
