package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.InputLimits;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incremental build's own rules; whole builds that skip and rebuild are in {@code cli.IncrementalBuildTest}. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    /** A source of exactly the size limit is read and digested; one byte more is left to the build to refuse. */
    @Test
    void aSourceAtTheSizeLimitIsDigestedAndOneByteMoreIsNot() throws Exception {
        Templates bundled = Templates.bundled();
        var ctx = new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                new InputLimits(10, 1000, 1000), bundled, Theme.load(bundled));
        var build = IncrementalBuild.load(ctx, dir.resolve("out"));
        Path atLimit = TestFiles.write(dir, "ten.md", "0123456789");
        Path over = TestFiles.write(dir, "eleven.md", "0123456789A");
        assertEquals(Optional.of(sha256("0123456789")), build.sourceDigest(atLimit));
        assertEquals(Optional.empty(), build.sourceDigest(over));
        assertEquals(Optional.empty(), build.sourceDigest(dir.resolve("missing.md")));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A manifest entry of one PDF edition, {@code <slug>.pdf}. */
    static BuildManifest.Entry entry(String slug, String source) {
        return new BuildManifest.Entry(slug, source, "0".repeat(64), List.of(),
                List.of(new BuildManifest.Edition(slug + ".pdf", 10, "1".repeat(64))), List.of());
    }

    /**
     * The editions of the last build that no source claims now are gone, in slug order; a slug
     * claimed in another letter case is not, nor is the entry of a source whose front matter
     * cannot be read now.
     */
    @Test
    void theEditionsNoSourceClaimsAreOrphansInSlugOrder() throws Exception {
        Path out = dir.resolve("out");
        BuildManifest.write(out, "settings", List.of(entry("Kept", "../in/kept.md"), entry("typo", "../in/typo.md"),
                entry("delta", "../in/delta.md"), entry("alpha", "../in/alpha.md"), entry("omega", "../in/omega.md"),
                entry("beta", "../in/beta.md")));
        var build = IncrementalBuild.load(BuildContext.defaults(), out);
        assertEquals(Optional.empty(), build.problem());
        List<Orphan> orphans = build.orphans(Set.of("kept"), Set.of(dir.resolve("in/typo.md")), Shard.ALL);
        assertEquals(List.of("alpha", "beta", "delta", "omega"), orphans.stream().map(Orphan::slug).toList());
        assertEquals(new Orphan("alpha", "../in/alpha.md", List.of(out.resolve("alpha.pdf")), List.of()),
                orphans.get(0));
    }

    /**
     * The manifest is written when there is something to record or to replace: none is made
     * for a run that recorded nothing, and one whose articles all failed, or that was not
     * Pressrun's, is replaced by an empty one.
     */
    @Test
    void aManifestIsReplacedWhenItHadEntriesOrWasUnusableAndNoneIsMadeForNothing() throws Exception {
        Path out = dir.resolve("out");
        Path file = out.resolve(BuildManifest.FILE_NAME);
        IncrementalBuild.load(BuildContext.defaults(), out).write();
        assertFalse(Files.exists(file), "nothing recorded, nothing before: no manifest");

        BuildManifest.write(out, "settings", List.of(entry("fails-now", "../in/fails-now.md")));
        var failed = IncrementalBuild.load(BuildContext.defaults(), out);
        failed.handled("fails-now");
        failed.write();
        assertEquals(new BuildManifest.Loaded(Map.of(), Optional.empty()), BuildManifest.load(out),
                "the entry of the article that failed is gone");

        Files.writeString(file, "not json at all: [");
        IncrementalBuild.load(BuildContext.defaults(), out).write();
        assertEquals(new BuildManifest.Loaded(Map.of(), Optional.empty()), BuildManifest.load(out),
                "the unusable manifest is replaced");
    }

    /**
     * An article is skipped when its entry is for this source, its inputs are as recorded and
     * each edition file is there with the recorded size and digest; the warnings it was built
     * with are given again. A changed edition file, or an entry of another source, means building.
     */
    @Test
    void anArticleIsSkippedOnlyWhenItsInputsAndEditionsAreAsRecorded() throws Exception {
        Path out = dir.resolve("out");
        Path source = TestFiles.write(dir, "in/a.md", "the source");
        Path pdf = TestFiles.write(dir, "out/a.pdf", "the pdf");
        String pdfSha = sha256("the pdf");
        var ctx = new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                InputLimits.DEFAULT, Templates.bundled(), Theme.load(Templates.bundled()));
        String sourceDigest = sha256("the source");
        String inputs = InputDigests.article(InputDigests.settingsOf(ctx), "../in/a.md", sourceDigest, Map.of());
        BuildManifest.write(out, "settings", List.of(
                new BuildManifest.Entry("a", "../in/a.md", inputs, List.of(), List.of(new BuildManifest.Edition("a.pdf",
                        7, pdfSha)), List.of(new BuildManifest.Warning(2, "a warning"))),
                new BuildManifest.Entry("b", "../in/elsewhere.md", inputs, List.of(), List.of(), List.of())));
        var build = IncrementalBuild.load(ctx, out);

        ArticleResult skipped = build.skip(source, "a", sourceDigest, System.nanoTime()).orElseThrow();
        assertEquals(ArticleResult.Status.SKIPPED, skipped.status());
        assertEquals(List.of(new ArticleResult.Output(pdf, 7, pdfSha)), skipped.outputs());
        assertEquals(List.of(Diagnostic.warning(source, 2, "a warning")), skipped.diagnostics());
        assertEquals(Optional.empty(), build.skip(source, "b", sourceDigest, System.nanoTime()), "another source's");
        assertEquals(Optional.empty(), build.skip(source, "a", "0".repeat(64), System.nanoTime()), "the source changed");
        Files.writeString(pdf, "the PDF");
        assertEquals(Optional.empty(), build.skip(source, "a", sourceDigest, System.nanoTime()), "the edition changed");
    }

    /** A manifest that is not Pressrun's is ignored, and the build says so, naming the file. */
    @Test
    void aManifestThatIsNotPressrunsIsIgnoredWithAWarning() throws Exception {
        Path out = dir.resolve("out");
        TestFiles.write(dir, "out/.pressrun-manifest.json", "{\"kind\": \"something else\"}\n");
        Optional<Diagnostic> problem = IncrementalBuild.load(BuildContext.defaults(), out).problem();
        assertTrue(problem.isPresent());
        assertEquals(Diagnostic.Severity.WARNING, problem.get().severity());
        assertEquals(out.resolve(".pressrun-manifest.json"), problem.get().file());
        assertTrue(problem.get().message().startsWith("the build manifest is ignored, so every article is built"
                + " again: it is not a manifest Pressrun wrote"), problem.get().message());
    }
}
