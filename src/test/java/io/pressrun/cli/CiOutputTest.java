package io.pressrun.cli;

import io.pressrun.TestFiles;
import io.pressrun.batch.ArticleResult;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a build shows to CI systems: plain lines, GitHub annotations and summary, JUnit XML. */
class CiOutputTest {
    @TempDir
    Path dir;

    private static final Path A = Path.of("posts/a.md");
    private static final Path B = Path.of("posts/b,c:d.md");
    private static final List<ArticleResult> RESULTS = List.of(
            new ArticleResult(A, "a", ArticleResult.Status.BUILT,
                    List.of(new ArticleResult.Output(Path.of("out/a.pdf"), 1234, "ab".repeat(32))),
                    List.of(Diagnostic.warning(A, 4, "unknown key 'autor'")), 120),
            new ArticleResult(B, "b", ArticleResult.Status.FAILED, List.of(),
                    List.of(Diagnostic.error(B, 2, "'date' is required\nadd one")), 15));

    @Test
    void annotationsNameTheFileAndLineAndEscapeAsGitHubDoes() {
        assertEquals("::warning file=posts/a.md,line=4::unknown key 'autor'",
                GitHubActionsOutput.annotation(RESULTS.get(0).diagnostics().get(0)));
        assertEquals("::error file=posts/b%2Cc%3Ad.md,line=2::'date' is required%0Aadd one",
                GitHubActionsOutput.annotation(RESULTS.get(1).diagnostics().get(0)));
        assertEquals("::error file=posts/x.md::no line",
                GitHubActionsOutput.annotation(Diagnostic.error(Path.of("posts/x.md"), 0, "no line")));
    }

    @Test
    void onGitHubActionsMessagesAreAnnotatedAndTheSummaryListsFailures() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        var out = new StringWriter();
        var err = new StringWriter();
        BuildOutput o = BuildOutput.forRun(Map.of("CI", "true", "GITHUB_ACTIONS", "true",
                "GITHUB_STEP_SUMMARY", summary.toString()), true, new PrintWriter(out), new PrintWriter(err));
        o.started(2);
        RESULTS.forEach(o::finished);
        o.done(RESULTS, 135);
        assertTrue(out.toString().contains("::warning file=posts/a.md,line=4::unknown key 'autor'\n"), out.toString());
        assertTrue(out.toString().contains("::error file=posts/b%2Cc%3Ad.md,line=2::"), out.toString());
        assertTrue(out.toString().contains("built out/a.pdf"), "plain lines under CI: " + out);
        assertTrue(err.toString().contains("posts/b,c:d.md: error: not built"), err.toString());
        assertEquals("earlier step\n### Pressrun\n\n1 built, 1 failed (135 ms)\n\n| article | error |\n| --- | --- |\n"
                + "| posts/b,c:d.md | line 2: 'date' is required add one |\n\n", Files.readString(summary));
    }

    @Test
    void withoutATerminalOrUnderCiTheLinesArePlain() {
        for (var run : List.of(Map.entry(Map.of("CI", "1"), true), Map.entry(Map.<String, String>of(), false),
                Map.entry(Map.of("TERM", "dumb"), true))) {
            var out = new StringWriter();
            var err = new StringWriter();
            BuildOutput o = BuildOutput.forRun(run.getKey(), run.getValue(), new PrintWriter(out), new PrintWriter(err));
            assertTrue(o instanceof PlainOutput, run.toString());
            o.started(2);
            RESULTS.forEach(o::finished);
            o.done(RESULTS, 135);
            assertEquals("built out/a.pdf\n", out.toString());
            assertEquals("posts/a.md:4: warning: unknown key 'autor'\nposts/b,c:d.md:2: error: 'date' is required\nadd one\n"
                    + "posts/b,c:d.md: error: not built\n1 built, 1 failed (135 ms)\n", err.toString());
        }
    }

    @Test
    void onATerminalABarIsDrawnAndMessagesStillShow() {
        var out = new StringWriter();
        var err = new StringWriter();
        BuildOutput o = BuildOutput.forRun(Map.of(), true, new PrintWriter(out), new PrintWriter(err));
        assertTrue(o instanceof ProgressBarOutput);
        o.started(2);
        RESULTS.forEach(o::finished);
        o.done(RESULTS, 135);
        assertTrue(err.toString().contains("posts/b,c:d.md: error: not built"), err.toString());
        assertTrue(err.toString().contains("Building"), "the bar names its task: " + err);
        assertTrue(err.toString().endsWith("1 built, 1 failed (135 ms)\n"), err.toString());
        assertEquals("", out.toString(), "no per-article lines under the bar");
    }

    @Test
    void junitReportHasOneTestCasePerArticleAndFailsTheFailedOnes() throws Exception {
        good("alpha");
        TestFiles.write(dir, "in/beta.md", "---\ntitle: Broken\nauthor: A\n---\nNo date.\n");
        Path xml = dir.resolve("reports/junit.xml");
        BuildCommandTest.Run r = BuildCommandTest.run("build", "--out", dir.resolve("out").toString(), "--junit",
                xml.toString(), "--format", "epub", dir.resolve("in").toString());
        assertEquals(1, r.code(), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        Element alpha = (Element) cases.item(0);
        Element beta = (Element) cases.item(1);
        assertEquals(dir.resolve("in/alpha.md").toString(), alpha.getAttribute("name"));
        assertEquals(0, alpha.getElementsByTagName("failure").getLength());
        Element failure = (Element) beta.getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").startsWith("'date' is required"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains(dir.resolve("in/beta.md") + ":2: error: 'date' is required"),
                failure.getTextContent());
        assertFalse(Files.list(dir.resolve("reports")).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    private void good(String name) {
        TestFiles.write(dir, "in/" + name + ".md", FRONT + "\nBody of " + name + ".\n");
    }
}
