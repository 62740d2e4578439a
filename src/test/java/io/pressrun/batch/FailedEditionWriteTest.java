package io.pressrun.batch;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import io.pressrun.TestFiles;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editions that fail once their temporary files exist: while the PDF is written, after the PDF
 * is staged and the EPUB fails, and when moving them into place fails. In every case the output
 * folder, hidden files included, holds afterwards exactly what it held before, and the editions
 * already there of other articles keep their bytes.
 */
class FailedEditionWriteTest {
    @TempDir
    Path dir;
    Path out;
    /** The other article's editions, built before each test: name to bytes. */
    Map<String, byte[]> before;

    @BeforeEach
    void buildAnotherArticleFirst() throws IOException {
        out = dir.resolve("out");
        Path other = TestFiles.write(dir, "in/other.md", FRONT + "\nAn article that was built before.\n");
        before = build(other, out);
        assertEquals(List.of("other.epub", "other.pdf"), List.copyOf(before.keySet()));
    }

    @Test
    void aCharacterNoFontHasFailsThePdfAndLeavesNothing() throws IOException {
        // U+E000 is private use and U+0378 is unassigned: no bundled font has either, and the
        // typesetter throws while the PDF's temporary file is open
        Path in = TestFiles.write(dir, "in/glyph.md", FRONT + "\nA private \uE000 and an unassigned \u0378.\n");
        ArticleResult r = fails(BuildContext.defaults(), in);
        assertTrue(r.diagnostics().get(0).format().contains("no font has a glyph for U+E000"),
                r.diagnostics().toString());
        assertOutputUnchanged();
    }

    /**
     * A disk that fills up half-way through the PDF, or half-way through the EPUB once the PDF
     * is staged: an in-memory file system of just that size, holding the other article's editions.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pdf", "epub"})
    void aDiskThatFillsUpWhileAnEditionIsWrittenLeavesNothing(String failing) throws IOException {
        TestFiles.write(dir, "in/lead.png", TestFiles.noisyPng(256, 256)); // ~200 kB in both editions
        Path in = TestFiles.write(dir, "in/full.md", FRONT.replace("date: 2024-05-01\n",
                "date: 2024-05-01\nimage:\n  src: lead.png\n  alt: Noise\n") + "\nBody.\n");
        Map<String, byte[]> editions = build(in, dir.resolve("measure"));
        long pdf = blocks(editions.get("full.pdf").length);
        long epub = blocks(editions.get("full.epub").length);
        long others = before.values().stream().mapToLong(b -> blocks(b.length)).sum();
        long room = others + ("pdf".equals(failing) ? pdf / 2 : pdf + epub / 2);
        assertTrue(pdf > 32 && epub > 32, "both editions are many blocks long: " + pdf + ", " + epub);
        Configuration small = Configuration.unix().toBuilder().setBlockSize(BLOCK).setMaxSize(room * BLOCK).build();
        try (FileSystem fs = Jimfs.newFileSystem(small)) {
            out = Files.createDirectories(fs.getPath("/out"));
            for (var e : before.entrySet()) {
                Files.write(out.resolve(e.getKey()), e.getValue());
            }
            ArticleResult r = fails(BuildContext.defaults(), in);
            assertTrue(r.diagnostics().get(0).format().contains("out of disk space"), r.diagnostics().toString());
            assertOutputUnchanged();
        }
    }

    @Test
    void anEpubThatFailsAfterThePdfWasStagedLeavesNothing() throws IOException {
        // the PDF does not use the EPUB templates: it is staged whole before the article page's
        // template fails on a value that does not exist
        Path templates = dir.resolve("templates");
        TestFiles.write(templates, "epub/article.xhtml.ftl", "${noSuchValue}");
        Templates t = Templates.withOverrides(templates);
        BuildContext d = BuildContext.defaults();
        BuildContext ctx = new BuildContext(Optional.empty(), d.formats(), d.paper(), false, d.limits(), t,
                Theme.load(t));
        Path in = TestFiles.write(dir, "in/epub.md", FRONT + "\nBody.\n");
        ArticleResult r = fails(ctx, in);
        assertTrue(r.diagnostics().get(0).format().contains("article.xhtml.ftl:1: error: the template failed"),
                r.diagnostics().toString());
        assertOutputUnchanged();
    }

    /**
     * A folder stands where an edition should go, so moving it into place fails: the PDF's move
     * first, or the EPUB's once the PDF is in place (then the PDF just moved must go again).
     */
    @ParameterizedTest
    @ValueSource(strings = {"pdf", "epub"})
    void aMoveIntoPlaceThatFailsLeavesNothing(String blocked) throws IOException {
        Path in = TestFiles.write(dir, "in/moved.md", FRONT + "\nBody.\n");
        TestFiles.write(out, "moved." + blocked + "/keep.txt", "not an edition");
        Map<String, byte[]> expected = contents(out);
        ArticleResult r = fails(BuildContext.defaults(), in);
        assertTrue(r.diagnostics().get(0).format().contains("could not write the editions"),
                r.diagnostics().toString());
        assertEquals(expected.keySet(), contents(out).keySet(), "nothing left but what was there");
        assertEquals("not an edition", Files.readString(out.resolve("moved." + blocked + "/keep.txt")));
        assertOthersUntouched();
    }

    @Test
    void aFailedArticleDoesNotStopTheOthersInItsBatch() throws IOException {
        Path bad = TestFiles.write(dir, "in/bad.md", FRONT + "\nA private \uE000 character.\n");
        Path good = TestFiles.write(dir, "in/good.md", FRONT + "\nBody.\n");
        List<ArticleResult> results = new Batch(BuildContext.defaults(), out, 2).run(List.of(bad, good), x -> { });
        assertFalse(results.get(0).built());
        assertTrue(results.get(1).built());
        assertEquals(List.of("good.epub", "good.pdf", "other.epub", "other.pdf"), List.copyOf(contents(out).keySet()));
        assertOthersUntouched();
    }

    /** Whatever a staged edition's content throws, the stream's temporary file is deleted and the error passes on. */
    @ParameterizedTest
    @ValueSource(strings = {"io", "runtime", "error"})
    void aContentThatFailsAfterWritingHalfLeavesNoTemporaryFile(String kind) throws IOException {
        Throwable failure = switch (kind) {
            case "io" -> new IOException("disk full");
            case "runtime" -> new UncheckedIOException(new IOException("broken"));
            default -> new OutOfMemoryError("test");
        };
        OutputFiles files = new OutputFiles(out);
        files.stage("half.pdf", o -> o.write(new byte[1 << 16])); // one staged file to abort too
        Throwable thrown = assertThrows(Throwable.class, () -> files.stage("half.epub", o -> {
            o.write(new byte[3 << 16]); // past the buffer: bytes are on disk
            o.flush();
            throwUnchecked(failure);
        }));
        assertSame(failure, thrown);
        assertEquals(2 + 1, contents(out).size(), "half.pdf is still staged, hidden");
        files.abort();
        assertOutputUnchanged();
    }

    private static final int BLOCK = 4096;

    private static long blocks(long bytes) {
        return (bytes + BLOCK - 1) / BLOCK;
    }

    /** Builds one article into {@link #out}, which must fail. */
    private ArticleResult fails(BuildContext ctx, Path source) {
        ArticleResult r = new Batch(ctx, out, 1).run(List.of(source), x -> { }).get(0);
        assertFalse(r.built(), source + " was built");
        return r;
    }

    /** Builds one article into a folder of its own and returns what is there. */
    private static Map<String, byte[]> build(Path source, Path folder) throws IOException {
        ArticleResult r = new Batch(BuildContext.defaults(), folder, 1).run(List.of(source), x -> { }).get(0);
        assertTrue(r.built(), r.diagnostics().toString());
        return contents(folder);
    }

    private static void throwUnchecked(Throwable t) throws IOException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) t;
    }

    private void assertOutputUnchanged() throws IOException {
        assertEquals(before.keySet(), contents(out).keySet(), "the output folder, hidden files included");
        assertOthersUntouched();
    }

    private void assertOthersUntouched() throws IOException {
        Map<String, byte[]> now = contents(out);
        for (var e : before.entrySet()) {
            assertArrayEquals(e.getValue(), now.get(e.getKey()), e.getKey());
        }
    }

    /** Every entry of the folder, hidden ones included, sorted by name: its bytes, or empty for a folder. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.sorted().toList()) {
                m.put(p.getFileName().toString(), Files.isDirectory(p) ? new byte[0] : Files.readAllBytes(p));
            }
        }
        return m;
    }
}
