package io.pressrun.spark;

import io.pressrun.batch.BuildManifest;
import io.pressrun.bench.GenerateArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job skips what is up to date, with the command line's manifest: three small
 * articles (two with a lead picture) per test, built again after each change.
 */
@Tag("slow")
class PressJobIncrementalTest {
    private static final List<String> ALL = List.of("article-0/article.md", "article-1/article.md",
            "article-2/article.md");

    @TempDir
    Path dir;

    private Path in;
    private Path out;

    private void articles() throws IOException {
        Path root = dir.toRealPath();
        in = GenerateArticles.write(root.resolve("in"), ALL.size(), 1, 2);
        out = root.resolve("out");
    }

    @Test
    void aSecondRunSkipsEveryArticleAndTouchesNoFile() throws IOException {
        articles();
        JobRuns.Run first = JobRuns.job(in, out);
        var before = JobRuns.files(out);

        JobRuns.Run second = JobRuns.job(in, out);

        assertEquals(ALL, first.with("built"));
        assertEquals(ALL, second.with("skipped"), second::toString);
        assertEquals(0, second.code());
        assertEquals(before, JobRuns.files(out), "no edition and not the manifest rewritten");
        for (var line : second.lines()) {
            assertEquals(2, line.get("outputs").size(), "a skipped article names its editions: " + line);
        }
    }

    @Test
    void anEditedArticleRebuildsOnlyItsTwoFiles() throws IOException {
        articles();
        JobRuns.job(in, out);
        var before = JobRuns.files(out);
        Files.writeString(in.resolve("article-1/article.md"), "\nOne more paragraph.\n", StandardOpenOption.APPEND);

        JobRuns.Run run = JobRuns.job(in, out);

        assertEquals(List.of("article-1/article.md"), run.with("built"));
        assertEquals(List.of("article-0/article.md", "article-2/article.md"), run.with("skipped"));
        var after = JobRuns.files(out);
        assertEquals(List.of(".pressrun-manifest.json", "article-1.epub", "article-1.pdf"), changed(before, after));
    }

    @Test
    void aChangedTemplatesFolderRebuildsEveryArticle() throws IOException {
        articles();
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("epub"));
        Files.copy(Path.of("templates/epub/style.css"), templates.resolve("epub/style.css"));
        JobRuns.job(in, out, "--templates", templates.toString());
        Files.writeString(templates.resolve("epub/style.css"), "\np { orphans: 3; }\n", StandardOpenOption.APPEND);

        JobRuns.Run run = JobRuns.job(in, out, "--templates", templates.toString());

        assertEquals(ALL, run.with("built"));
    }

    @Test
    void forceBuildsEveryArticleAgainIntoTheSameBytes() throws IOException {
        articles();
        JobRuns.job(in, out);
        var before = JobRuns.files(out);

        JobRuns.Run run = JobRuns.job(in, out, "--force");

        assertEquals(ALL, run.with("built"));
        var after = JobRuns.files(out);
        assertEquals(List.of("article-0.epub", "article-0.pdf", "article-1.epub", "article-1.pdf", "article-2.epub",
                "article-2.pdf"), changed(before, after), "every edition written again; the manifest is the same");
        before.forEach((name, state) -> assertArrayEquals(state.bytes(), after.get(name).bytes(), name));
    }

    @Test
    void theJobSkipsWhatTheCommandLineBuiltAndTheOtherWayRound() throws IOException {
        articles();
        JobRuns.commandLine(in, out);

        JobRuns.Run job = JobRuns.job(in, out);
        assertEquals(ALL, job.with("skipped"), job::toString);

        Files.writeString(in.resolve("article-2/article.md"), "\nOne more paragraph.\n", StandardOpenOption.APPEND);
        JobRuns.Run edited = JobRuns.job(in, out);
        assertEquals(List.of("article-2/article.md"), edited.with("built"));

        String cli = JobRuns.commandLine(in, out);
        assertTrue(cli.contains("0 built, 3 skipped, 0 failed"), cli);
    }

    @Test
    void aDamagedManifestMeansEveryArticleIsBuiltWithAWarning() throws IOException {
        articles();
        JobRuns.job(in, out);
        Files.writeString(out.resolve(BuildManifest.FILE_NAME), "{\"kind\": \"pressrun-manifest\", \"version\": 1, ");

        JobRuns.Run run = JobRuns.job(in, out);

        assertEquals(ALL, run.with("built"));
        assertTrue(run.err().contains(out.resolve(BuildManifest.FILE_NAME) + ": warning: the build manifest is"
                + " ignored, so every article is built again: it is not a manifest Pressrun wrote"), run.err());
        assertEquals(ALL, JobRuns.job(in, out).with("skipped"), "the manifest written whole again");
    }

    /** The names of the files added, removed or rewritten. */
    private static List<String> changed(Map<String, JobRuns.FileState> before, Map<String, JobRuns.FileState> after) {
        Map<String, Boolean> names = new TreeMap<>();
        before.keySet().forEach(n -> names.put(n, true));
        after.keySet().forEach(n -> names.put(n, true));
        return names.keySet().stream().filter(n -> !java.util.Objects.equals(before.get(n), after.get(n))).toList();
    }
}
