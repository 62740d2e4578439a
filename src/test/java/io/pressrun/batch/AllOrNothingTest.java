package io.pressrun.batch;

import io.pressrun.source.InputLimits;
import io.pressrun.TestFiles;
import io.pressrun.model.ArticleException;
import io.pressrun.source.ArticleReader;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits, failures while writing, and interruption: a failed article leaves nothing behind. */
class AllOrNothingTest {
    @TempDir
    Path dir;

    private static BuildContext withLimits(InputLimits limits) {
        Templates t = Templates.bundled();
        return new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB),
                Paper.A4, false, limits, t, Theme.load(t));
    }

    @Test
    void sourceOverTheSizeLimitIsRefused() {
        Path p = TestFiles.write(dir, "big.md", FRONT + "\n" + "word ".repeat(300) + "\n");
        var ctx = withLimits(new InputLimits(1000, 1 << 20, 1_000_000));
        var e = assertThrows(ArticleException.class, () -> new ArticleReader(ctx.templates(), ctx.limits()).read(p));
        assertTrue(e.getMessage().startsWith(p + ": error: the file is 1,"), e.getMessage());
        assertTrue(e.getMessage().contains("over the limit of 1,000 bytes"), e.getMessage());
    }

    @Test
    void imageOverTheSizeLimitIsRefused() {
        TestFiles.write(dir, "lead.jpg", TestFiles.jpeg(300, 300));
        Path p = TestFiles.write(dir, "a.md", "---\ntitle: T\nauthor: A\ndate: 2024-01-01\nimage:\n  src: lead.jpg\n"
                + "  alt: x\n---\nBody.\n");
        var ctx = withLimits(new InputLimits(1 << 20, 100, 1_000_000));
        var e = assertThrows(ArticleException.class, () -> new ArticleReader(ctx.templates(), ctx.limits()).read(p));
        assertTrue(e.getMessage().startsWith(p + ":6: error: image 'lead.jpg' is "), e.getMessage());
        assertTrue(e.getMessage().contains("over the limit of 100 bytes"), e.getMessage());
    }

    @Test
    void aWriteFailureFailsTheArticleLoudly() throws IOException {
        Path in = TestFiles.write(dir, "in/a.md", FRONT + "\nBody.\n");
        Path notAFolder = TestFiles.write(dir, "out", "a file where the output folder should be");
        List<ArticleResult> results = new Batch(BuildContext.defaults(), notAFolder, 1).run(List.of(in), r -> { });
        ArticleResult r = results.get(0);
        assertFalse(r.built());
        assertEquals(1, r.diagnostics().size());
        assertTrue(r.diagnostics().get(0).format().startsWith(in + ": error: could not write the editions: "),
                r.diagnostics().get(0).format());
    }

    @Test
    @Tag("slow") // 120 long articles in a JVM of its own, which runs no mutated class
    void anInterruptedBuildLeavesNoPartialFile() throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < 120; i++) {
            TestFiles.write(in, "a" + i + ".md", FRONT + "\n" + ("Paragraph " + i + " of some length. ").repeat(400) + "\n");
        }
        Path out = dir.resolve("out");
        String javaBin = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "io.pressrun.cli.Main",
                "build", "--jobs", "2", "--out", out.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count(out) < 4 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the build must still be running when it is interrupted");
        p.destroy(); // SIGTERM: runs shutdown hooks like Ctrl-C
        assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
        try (Stream<Path> s = Files.list(out)) {
            List<Path> files = s.toList();
            assertTrue(files.stream().noneMatch(f -> f.getFileName().toString().endsWith(".part")),
                    () -> "temporary files left: " + files);
            assertTrue(files.size() < 240, "interrupted before the end");
            for (Path f : files) {
                if (f.toString().endsWith(".epub")) {
                    try (ZipFile z = new ZipFile(f.toFile())) {
                        assertTrue(z.size() > 0, f.toString());
                    }
                } else {
                    byte[] b = Files.readAllBytes(f);
                    String tail = new String(b, Math.max(0, b.length - 32), Math.min(32, b.length),
                            java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertTrue(tail.contains("%%EOF"), () -> f + " is not a whole PDF");
                }
            }
        }
    }

    private static long count(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.count();
        }
    }
}
