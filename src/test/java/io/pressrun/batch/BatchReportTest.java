package io.pressrun.batch;

import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON report of a batch, written out in full. */
class BatchReportTest {

    private static BatchOutcome outcome() {
        Path a = Path.of("articles", "a.md");
        Path b = Path.of("articles", "b \"quoted\".md");
        return new BatchOutcome(List.of(
                new ArticleResult(a, "a", ArticleResult.Status.BUILT, List.of(
                        new ArticleResult.Output(Path.of("out", "a.pdf"), 1000, "ab12"),
                        new ArticleResult.Output(Path.of("out", "a.epub"), 2000, "cd34")),
                        List.of(Diagnostic.warning(a, 3, "tab\there")), 15),
                new ArticleResult(Path.of("articles", "s.md"), "s", ArticleResult.Status.SKIPPED, List.of(
                        new ArticleResult.Output(Path.of("out", "s.pdf"), 10, "ef56")), List.of(), 1),
                ArticleResult.failed(b, "", List.of(Diagnostic.error(b, 0, "no\\way\nout\r"),
                        Diagnostic.error(b, 2, "bell\u0007 sep\u2028 para\u2029 del\u007f")), 2)),
                List.of(new Orphan("old", "articles/old.md", List.of(Path.of("out", "old.pdf"), Path.of("out", "old.epub")),
                        List.of(Path.of("out", "old.pdf"))), new Orphan("gone", "", List.of(), List.of())),
                List.of(Diagnostic.warning(Path.of("out"), 0, "a note"), Diagnostic.error(Path.of("x"), 0, "another")));
    }

    @Test
    void everyArticleOrphanAndNoteWithTheTotals() {
        assertEquals("""
                {
                  "built": 1,
                  "skipped": 1,
                  "failed": 1,
                  "millis": 99,
                  "shard": "2/3",
                  "articles": [
                    {"source": "articles/a.md", "slug": "a", "status": "built", "millis": 15, "outputs": \
                [{"file": "out/a.pdf", "bytes": 1000, "sha256": "ab12"}, {"file": "out/a.epub", "bytes": 2000, \
                "sha256": "cd34"}], "messages": [{"severity": "warning", "line": 3, "message": "tab\\there"}]},
                    {"source": "articles/s.md", "slug": "s", "status": "skipped", "millis": 1, "outputs": \
                [{"file": "out/s.pdf", "bytes": 10, "sha256": "ef56"}], "messages": []},
                    {"source": "articles/b \\"quoted\\".md", "slug": "", "status": "failed", "millis": 2, \
                "outputs": [], "messages": [{"severity": "error", "line": 0, "message": "no\\\\way\\nout\\r"}, \
                {"severity": "error", "line": 2, "message": "bell\\u0007 sep\\u2028 para\\u2029 del\u007f"}]}
                  ],
                  "orphans": [
                    {"slug": "old", "source": "articles/old.md", "files": ["out/old.pdf", "out/old.epub"], \
                "removed": ["out/old.pdf"]},
                    {"slug": "gone", "source": "", "files": [], "removed": []}
                  ],
                  "messages": [{"file": "out", "severity": "warning", "message": "a note"}, \
                {"file": "x", "severity": "error", "message": "another"}]
                }
                """, BatchReport.toJson(outcome(), new Shard(2, 3), 99));
    }

    @Test
    void anEmptyBatch() {
        String expected = """
                {
                  "built": 0,
                  "skipped": 0,
                  "failed": 0,
                  "millis": 0,
                  "shard": "1/1",
                  "articles": [],
                  "orphans": [],
                  "messages": []
                }
                """;
        assertEquals(expected, BatchReport.toJson(none(), Shard.ALL, 0));
    }

    @Test
    void theReportIsWrittenToItsFile(@TempDir Path dir) throws IOException {
        BatchReport.write(dir.resolve("one.json"), none(), Shard.ALL, 7);
        assertEquals(BatchReport.toJson(none(), Shard.ALL, 7), Files.readString(dir.resolve("one.json")));
        BatchReport.write(dir.resolve("two.json"), outcome(), new Shard(1, 2), 8);
        assertEquals(BatchReport.toJson(outcome(), new Shard(1, 2), 8), Files.readString(dir.resolve("two.json")));
        if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("one.json"))),
                    "readable by all, as a file written directly would be (a temporary file is the owner's only)");
        }
    }

    @Test
    void controlCharactersAreEscapedAtTheirEdges() {
        assertEquals("\"\\u0000\\u001f \"", BatchReport.str("\u0000\u001f\u0020"));
    }

    /** A batch of no articles. */
    private static BatchOutcome none() {
        return new BatchOutcome(List.of(), List.of(), List.of());
    }
}
