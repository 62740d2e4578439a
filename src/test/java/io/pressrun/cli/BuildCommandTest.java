package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** A Java class name such as {@code NoSuchFileException}: users read words, not these. */
    static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b");

    /** Runs the command line; every run's stderr is checked for Java class names (unless --debug asks for them). */
    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        if (!List.of(args).contains("--debug")) {
            var name = EXCEPTION_NAME.matcher(err.toString());
            assertFalse(name.find(), () -> "a Java class name (" + name.group() + ") reached the user:\n" + err);
        }
        return new Run(code, out.toString(), err.toString());
    }

    private Path good(String name) {
        return TestFiles.write(dir, "in/" + name + ".md", FRONT + "\nBody of " + name + ".\n");
    }

    /** The files in the output folder, hidden ones included, but for the build manifest. */
    private List<String> outputs() throws IOException {
        Path out = dir.resolve("out");
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".pressrun-manifest.json")).sorted()
                    .toList();
        }
    }

    @Test
    void oneBrokenArticleFailsAloneAndExitsOne() throws IOException {
        brokenBatch();
    }

    @Test
    @Tag("oracle")
    void theOtherArticlesOfABrokenBatchAreValidEditions() throws IOException {
        brokenBatch();
        for (String epub : List.of("alpha.epub", "gamma.epub")) {
            io.pressrun.EpubOracles.assertValid(dir.resolve("out").resolve(epub), epub);
        }
    }

    private void brokenBatch() throws IOException {
        good("alpha");
        good("gamma");
        TestFiles.write(dir, "in/beta.md", "---\ntitle: Broken\nauthor: A\n---\nNo date.\n");
        TestFiles.write(dir, "in/README.md", "# not an article\n");
        TestFiles.write(dir, "in/.hidden/skipped.md", "not an article either");
        Run r = run("build", "--out", dir.resolve("out").toString(), dir.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(dir.resolve("in/beta.md") + ":2: error: 'date' is required"), r.err());
        assertTrue(r.err().contains("2 built, 1 failed"), r.err());
        assertEquals(List.of("alpha.epub", "alpha.pdf", "gamma.epub", "gamma.pdf"), outputs(),
                "the failed article leaves nothing behind, not even a temporary file");
    }

    @Test
    void aNamedFileThatCannotBeReadFailsAlone() throws IOException {
        Path alpha = good("alpha");
        Path missing = dir.resolve("in/missing.md");
        Run r = run("build", "--out", dir.resolve("out").toString(), missing.toString(), alpha.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(missing + ": error: no such file\n" + missing + ": error: not built\n"), r.err());
        assertTrue(r.err().contains("1 built, 1 failed"), r.err());
        assertEquals(List.of("alpha.epub", "alpha.pdf"), outputs());
    }

    @Test
    void everyMarkdownEndingIsFoundButNotSectionPages() throws IOException {
        for (String name : List.of("a.markdown", "b.mdown", "c.mkd", "d.MD", "_index.md", "node_modules/x/e.md")) {
            TestFiles.write(dir, "in/" + name, FRONT + "\nBody.\n");
        }
        Run r = run("build", "--format", "epub", "--out", dir.resolve("out").toString(), dir.resolve("in").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("a.epub", "b.epub", "c.epub", "d.epub"), outputs());
    }

    @Test
    void allGoodExitsZero() throws IOException {
        Path a = good("alpha");
        Run r = run("build", "--out", dir.resolve("out").toString(), "--format", "pdf", a.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("alpha.pdf"), outputs());
        assertTrue(r.out().contains("built " + dir.resolve("out/alpha.pdf")), r.out());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("out/alpha.pdf"))), "editions are readable, not private");
    }

    @Test
    void duplicateSlugsAreRefusedNeverOverwritten() throws IOException {
        TestFiles.write(dir, "in/one.md", FRONT.replace("date:", "slug: same\ndate:") + "\nOne.\n");
        TestFiles.write(dir, "in/two.md", FRONT.replace("date:", "slug: same\ndate:") + "\nTwo.\n");
        good("other");
        Run r = run("build", "--out", dir.resolve("out").toString(), dir.resolve("in").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(dir.resolve("in/one.md") + ": error: slug 'same' is also the slug of "
                + dir.resolve("in/two.md")), r.err());
        assertTrue(r.err().contains(dir.resolve("in/two.md") + ": error: slug 'same' is also the slug of "
                + dir.resolve("in/one.md")), r.err());
        assertEquals(List.of("other.epub", "other.pdf"), outputs());
    }

    /**
     * Slugs are claimed by the front matter, read before any article is built: an article whose
     * image then fails still claims its slug, so its namesake is refused too, whichever the
     * order of the workers.
     */
    @Test
    void anArticleThatFailsLaterStillClaimsItsSlug() throws IOException {
        Path broken = TestFiles.write(dir, "in/broken.md", FRONT.replace("date:",
                "slug: same\nimage:\n  src: missing.jpg\n  alt: x\ndate:") + "\nBroken.\n");
        Path fine = TestFiles.write(dir, "in/fine.md", FRONT.replace("date:", "slug: same\ndate:") + "\nFine.\n");
        Run r = run("build", "--out", dir.resolve("out").toString(), dir.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("image 'missing.jpg' not found"), r.err());
        assertTrue(r.err().contains(fine + ": error: slug 'same' is also the slug of " + broken), r.err());
        assertTrue(r.err().contains("0 built, 2 failed"), r.err());
        assertEquals(List.of(), outputs());
    }

    /** macOS and Windows file systems ignore letter case: Report.pdf and report.pdf would be one file there. */
    @Test
    void slugsThatDifferOnlyInLetterCaseAreRefusedLikeEqualOnes() throws IOException {
        Path upperFile = good("Report");
        Path lowerFile = good("report");
        Path upperKey = TestFiles.write(dir, "in/a.md", FRONT.replace("date:", "slug: Same-Story\ndate:") + "\nA.\n");
        Path lowerKey = TestFiles.write(dir, "in/b.md", FRONT.replace("date:", "slug: same-story\ndate:") + "\nB.\n");
        good("other");
        Run r = run("build", "--out", dir.resolve("out").toString(), dir.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        String caseNote = "; file names that differ only in letter case are one file on macOS and Windows"
                + "; give each article its own 'slug:' so no edition overwrites another";
        for (String expected : List.of(
                upperFile + ": error: slug 'Report' is also the slug of " + lowerFile + " (as 'report')" + caseNote,
                lowerFile + ": error: slug 'report' is also the slug of " + upperFile + " (as 'Report')" + caseNote,
                upperKey + ": error: slug 'Same-Story' is also the slug of " + lowerKey + " (as 'same-story')" + caseNote,
                lowerKey + ": error: slug 'same-story' is also the slug of " + upperKey + " (as 'Same-Story')" + caseNote)) {
            assertTrue(r.err().contains(expected), () -> "expected «" + expected + "» in:\n" + r.err());
        }
        assertTrue(r.err().contains("1 built, 4 failed"), r.err());
        assertEquals(List.of("other.epub", "other.pdf"), outputs());
    }

    @Test
    void strictTurnsWarningsIntoErrors() throws IOException {
        Path p = TestFiles.write(dir, "in/w.md", FRONT.replace("date:", "colour: blue\ndate:") + "\nBody.\n");
        assertEquals(0, run("build", "--out", dir.resolve("out").toString(), p.toString()).code());
        Files.delete(dir.resolve("out/w.pdf"));
        Files.delete(dir.resolve("out/w.epub"));
        Run r = run("build", "--strict", "--out", dir.resolve("out").toString(), p.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(p + ":4: error: unknown front matter key 'colour' is ignored (--strict)"), r.err());
        assertEquals(List.of(), outputs());
    }

    @Test
    void reportIsWritten() throws Exception {
        good("alpha");
        TestFiles.write(dir, "in/bad.md", "");
        Path report = dir.resolve("report.json");
        Run r = run("build", "--out", dir.resolve("out").toString(), "--report", report.toString(),
                dir.resolve("in").toString());
        assertEquals(1, r.code());
        String json = Files.readString(report);
        assertTrue(json.contains("\"built\": 1"), json);
        assertTrue(json.contains("\"failed\": 1"), json);
        assertTrue(json.contains("\"status\": \"failed\""), json);
        assertTrue(json.contains("the file is empty"), json);
        Path pdf = dir.resolve("out/alpha.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertTrue(json.contains("\"slug\": \"alpha\", \"status\": \"built\", \"millis\": "), json);
        assertTrue(json.contains("{\"file\": \"" + pdf + "\", \"bytes\": " + bytes.length + ", \"sha256\": \""
                + sha256 + "\"}"), "each output with its size and SHA-256: " + json);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("build").code(), "no SOURCE");
        assertEquals(2, run("build", "--bogus", "x.md").code());
        Run missing = run("build", dir.resolve("missing-folder").toString());
        assertEquals(2, missing.code());
        assertEquals(dir.resolve("missing-folder") + ": error: no such file or folder\n"
                + "Try 'pressrun build --help' for more information.\n", missing.err());
        assertEquals("pressrun: error: Missing required parameter: 'SOURCE'\n"
                + "Try 'pressrun build --help' for more information.\n", run("build").err());
        assertEquals(2, run("build", dir.toString()).code(), "a folder with no articles");
        good("alpha");
        assertEquals(2, run("build", "--format", "docx", dir.toString()).code());
        assertEquals(2, run("build", "--paper", "a5", dir.toString()).code());
        assertEquals(2, run("build", "--jobs", "0", dir.toString()).code());
        assertEquals(2, run().code(), "no command");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void helpExplainsTheOptions() {
        Run r = run("build", "--help");
        assertEquals(0, r.code());
        for (String opt : List.of("--out", "--format", "--paper", "--jobs", "--report", "--strict", "SOURCE",
                "SOURCE_DATE_EPOCH", "Exit codes")) {
            assertTrue(r.out().contains(opt), opt);
        }
    }

    @Test
    void templatesFolderRestylesBothEditionsWithoutRecompiling() throws Exception {
        Path a = good("alpha");
        Path custom = dir.resolve("custom");
        TestFiles.write(custom, "labels/en.yaml", "read-time: \"Reading time: ${minutes} minute(s)\"\n");
        TestFiles.write(custom, "theme.yaml", "colours:\n  accent: \"#004488\"\n");
        Run r = run("build", "--templates", custom.toString(), "--out", dir.resolve("out").toString(), a.toString());
        assertEquals(0, r.code(), r.err());
        String pdf = io.pressrun.EditionText.ofPdf(Files.readAllBytes(dir.resolve("out/alpha.pdf")));
        String epub = io.pressrun.EditionText.ofEpub(Files.readAllBytes(dir.resolve("out/alpha.epub")));
        assertTrue(pdf.contains("Reading time: 1 minute(s)"), pdf);
        assertTrue(epub.contains("Reading time: 1 minute(s)"), epub);
        assertTrue(epub.contains("A test article"), "labels not overridden keep their bundled values");
        assertEquals(2, run("build", "--templates", dir.resolve("nope").toString(), a.toString()).code());
    }
}
