package io.pressrun;

import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.BuildContext;
import io.pressrun.cli.Main;
import io.pressrun.source.AssetResolver;
import io.pressrun.source.FileAssets;
import io.pressrun.source.SiteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's entry point makes what the command line makes, from files, from memory, from many threads. */
class PressTest {
    /** The press the command line would use in this process (SOURCE_DATE_EPOCH as it has it). */
    private static final Press PRESS = Press.builder().environment(System.getenv()).build();
    private static final Path FOLDER = ExampleBuild.EXAMPLE.getParent();

    @TempDir
    Path dir;

    @Test
    void anArticleFileGivesTheCommandLinesBytes() throws Exception {
        PressResult r = PRESS.build(ExampleBuild.EXAMPLE);

        assertEquals(ArticleResult.Status.BUILT, r.status(), () -> String.join("\n", r.messages()));
        assertEquals(ExampleBuild.SLUG, r.slug());
        assertArrayEquals(Files.readAllBytes(ExampleBuild.pdf()), r.pdf().orElseThrow());
        assertArrayEquals(Files.readAllBytes(ExampleBuild.epub()), r.epub().orElseThrow());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void aFileResolverGivesTheCommandLinesBytes() throws Exception {
        byte[] source = Files.readAllBytes(ExampleBuild.EXAMPLE);

        PressResult r = PRESS.build(ExampleBuild.EXAMPLE.toString(), source,
                FileAssets.of(ExampleBuild.EXAMPLE, SiteOptions.NONE));

        assertArrayEquals(Files.readAllBytes(ExampleBuild.pdf()), r.pdf().orElseThrow());
        assertArrayEquals(Files.readAllBytes(ExampleBuild.epub()), r.epub().orElseThrow());
    }

    @Test
    void anArticleInMemoryGivesTheCommandLinesBytes() throws Exception {
        byte[] source = Files.readAllBytes(ExampleBuild.EXAMPLE);
        var images = AssetResolver.of(Map.of("lead.jpg", Files.readAllBytes(FOLDER.resolve("lead.jpg"))));

        PressResult r = PRESS.build("archive/2019/facebook.md", source, images);

        assertEquals(ExampleBuild.SLUG, r.slug(), () -> String.join("\n", r.messages()));
        assertArrayEquals(Files.readAllBytes(ExampleBuild.pdf()), r.pdf().orElseThrow());
        byte[] epub = r.epub().orElseThrow();
        assertArrayEquals(Files.readAllBytes(ExampleBuild.epub()), epub);
        EpubOracles.assertValid(Files.write(dir.resolve("in-memory.epub"), epub), "the example built in memory");
    }

    @Test
    void theTimestampIsTheOneGiven() throws Exception {
        Instant epoch = Instant.parse("2001-02-03T04:05:06Z");
        Press dated = Press.builder().formats(Set.of(BuildContext.Format.PDF)).sourceDateEpoch(epoch).build();

        byte[] pdf = dated.build(ExampleBuild.EXAMPLE).pdf().orElseThrow();
        byte[] other = Press.builder().formats(Set.of(BuildContext.Format.PDF)).sourceDateEpoch(epoch.plusSeconds(1)).build()
                .build(ExampleBuild.EXAMPLE).pdf().orElseThrow();

        assertArrayEquals(pdf, dated.build(ExampleBuild.EXAMPLE).pdf().orElseThrow());
        assertFalse(Arrays.equals(pdf, other), "another epoch, other dates in the PDF");
    }

    @Test
    void aBrokenArticleHasTheCommandLinesMessagesAndNoEdition() {
        String broken = FRONT + "\n![A chart](chart.png)\n\nText.\n";
        Path file = TestFiles.write(dir, "in/broken.md", broken);
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--out", dir.resolve("out").toString(), file.toString());

        PressResult r = PRESS.build(file);

        assertEquals(1, code);
        assertTrue(r.failed());
        assertTrue(r.pdf().isEmpty() && r.epub().isEmpty());
        assertFalse(r.messages().isEmpty());
        for (String message : r.messages()) {
            assertTrue(err.toString().contains(message), () -> "not printed by the command line: " + message
                    + "\n" + err);
        }
        assertTrue(r.messages().get(0).startsWith(file + ":7: error: image 'chart.png' not found"), r.messages()::toString);
    }

    @Test
    void aBrokenArticleInMemoryIsNamedInItsMessages() {
        PressResult r = PRESS.build("posts/broken.md", "---\ntitle: Soon\nauthor: Jane\ndate: soon\n---\n\nText.\n",
                AssetResolver.NONE);

        assertTrue(r.failed());
        assertEquals("", r.slug());
        assertTrue(r.messages().get(0).startsWith("posts/broken.md:4: error: 'date' is not an ISO 8601 date"),
                r.messages()::toString);
    }

    @Test
    void anImageMissingFromMemoryIsAnErrorAtItsLine() {
        PressResult r = PRESS.build("posts/chart.md", FRONT + "\nText.\n\n![A chart](img/chart.png)\n",
                AssetResolver.of(Map.of("img/other.png", new byte[] {1})));

        assertEquals(List.of("posts/chart.md:9: error: image 'img/chart.png' not found (looked for posts/img/chart.png)"),
                r.messages());
    }

    @Test
    void twoThreadsGetTheSameBytesAsOne() throws Exception {
        byte[] source = Files.readAllBytes(ExampleBuild.EXAMPLE);
        byte[] lead = Files.readAllBytes(FOLDER.resolve("lead.jpg"));
        Press press = Press.builder().sourceDateEpoch(Instant.EPOCH).build();
        PressResult alone = press.build("a.md", source, AssetResolver.of(Map.of("lead.jpg", lead)));
        EpubOracles.assertValid(Files.write(dir.resolve("a.epub"), alone.epub().orElseThrow()), "built at the epoch");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<PressResult>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> press.build("a.md", source, AssetResolver.of(Map.of("lead.jpg", lead)))));
            }
            for (Future<PressResult> run : runs) {
                PressResult r = run.get();
                assertArrayEquals(alone.pdf().orElseThrow(), r.pdf().orElseThrow());
                assertArrayEquals(alone.epub().orElseThrow(), r.epub().orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBytesGivenAreTheCallersToKeep() {
        PressResult r = Press.builder().formats(Set.of(BuildContext.Format.PDF)).build()
                .build("note.md", FRONT + "\nA short note.\n", AssetResolver.NONE);
        byte[] pdf = r.pdf().orElseThrow();
        Arrays.fill(pdf, (byte) 0);

        assertFalse(Arrays.equals(pdf, r.pdf().orElseThrow()));
        assertEquals("note", r.slug());
        assertTrue(r.epub().isEmpty(), "only the formats asked for");
    }
}
