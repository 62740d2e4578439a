package io.pressrun.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Staged editions: their sizes and digests, and a failure that both writing and closing throw. */
class OutputFilesTest {
    @TempDir
    Path dir;

    @Test
    void committedFilesComeWithTheirSizeAndDigest() throws Exception {
        OutputFiles files = new OutputFiles(dir);
        byte[] bytes = new byte[200_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        files.stage("a.pdf", out -> {
            out.write(bytes, 0, 1000);
            out.write(bytes[1000]);
            out.write(bytes, 1001, bytes.length - 1001);
        });
        List<ArticleResult.Output> done = files.commit();
        assertEquals(1, done.size());
        assertEquals(dir.resolve("a.pdf"), done.get(0).file());
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve("a.pdf")));
        assertEquals(bytes.length, done.get(0).bytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), done.get(0).sha256());
    }

    /** An article's editions, each smaller than the write buffer, are in their files in full once written. */
    @Test
    void writtenEditionsAreInTheirFilesInFull() throws Exception {
        byte[] pdf = "%PDF-1.7 a small edition".getBytes(StandardCharsets.US_ASCII);
        byte[] epub = {'P', 'K', 3, 4};
        List<ArticleResult.Output> done = OutputFiles.write(dir, List.of(
                new ArticleBuild.Edition(BuildContext.Format.PDF, "a.pdf", pdf),
                new ArticleBuild.Edition(BuildContext.Format.EPUB, "a.epub", epub)));
        assertArrayEquals(pdf, Files.readAllBytes(dir.resolve("a.pdf")));
        assertArrayEquals(epub, Files.readAllBytes(dir.resolve("a.epub")));
        assertEquals(List.of(new ArticleResult.Output(dir.resolve("a.pdf"), 24,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))),
                new ArticleResult.Output(dir.resolve("a.epub"), 4,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(epub)))), done);
    }

    @Test
    void whatIsCommittedOrAbortedIsNotMovedAgain() throws Exception {
        OutputFiles files = new OutputFiles(dir);
        files.stage("a.pdf", out -> out.write(1));
        assertEquals(1, files.commit().size());
        assertEquals(List.of(), files.commit(), "a second commit has nothing left to move");
        files.stage("b.pdf", out -> out.write(2));
        files.abort();
        assertEquals(List.of(), files.commit(), "an aborted file is gone from the list as from the folder");
        try (var s = Files.list(dir)) {
            assertEquals(List.of("a.pdf"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Temporary files are made private; the editions they become are for reading: rw-r--r--. */
    @Test
    void editionsAreReadableByAll() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        OutputFiles.write(dir, List.of(new ArticleBuild.Edition(BuildContext.Format.PDF, "a.pdf", new byte[] {1})));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.pdf"))));
    }

    /** A commit whose second move fails takes back the first and deletes what it had staged: nothing is left. */
    @Test
    void aCommitThatFailsLeavesNothing() throws Exception {
        Files.createDirectories(dir.resolve("a.epub/in-the-way"));
        OutputFiles files = new OutputFiles(dir);
        files.stage("a.pdf", out -> out.write(1));
        files.stage("a.epub", out -> out.write(2));
        assertThrows(IOException.class, files::commit);
        try (var s = Files.list(dir)) {
            assertEquals(List.of("a.epub"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(List.of(), files.commit(), "nothing is left staged either");
    }

    /**
     * The JVM throws one shared OutOfMemoryError once its preallocated ones are used up: when
     * writing and closing both fail with it, it passes on as it is; try-with-resources would add
     * it to itself and throw "Self-suppression not permitted" instead.
     */
    @Test
    void aFailureThatWritingAndClosingShareIsNotAddedToItself() {
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        OutputStream failsToClose = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void close() {
                throw shared;
            }
        };
        Throwable thrown = assertThrows(Throwable.class, () -> OutputFiles.writeAndClose(failsToClose, out -> {
            throw shared;
        }));
        assertSame(shared, thrown);
        assertEquals(0, shared.getSuppressed().length);

        IOException writing = new IOException("disk full");
        Throwable both = assertThrows(IOException.class, () -> OutputFiles.writeAndClose(failsToClose, out -> {
            throw writing;
        }));
        assertSame(writing, both);
        assertSame(shared, both.getSuppressed()[0], "a different failure of close is kept, suppressed");
    }
}
