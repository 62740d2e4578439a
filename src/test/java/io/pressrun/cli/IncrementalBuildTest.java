package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incremental builds: the manifest beside the editions, articles skipped when nothing they
 * depend on changed (their files not touched: the same bytes and modification time), rebuilt
 * when their source, an image or the templates changed, when an edition was changed or removed,
 * when the manifest is unusable, or with --force; editions of articles that are gone are
 * named, and removed with --prune only.
 */
class IncrementalBuildTest {
    /** A modification time no build writes: an edition that still has it was not touched. */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    private static final String MANIFEST = ".pressrun-manifest.json";

    @TempDir
    Path dir;
    Path in;
    Path out;
    Path report;

    @BeforeEach
    void twoArticles() {
        in = dir.resolve("in");
        out = dir.resolve("out");
        report = dir.resolve("report.json");
        TestFiles.write(in, "alpha/article.md", FRONT.replace("date: 2024-05-01\n",
                "date: 2024-05-01\nimage:\n  src: lead.jpg\n  alt: A yellow circle\n") + "\nAlpha body.\n");
        TestFiles.write(in, "alpha/lead.jpg", TestFiles.jpeg(120, 80));
        TestFiles.write(in, "beta.md", FRONT.replace("date:", "colour: blue\ndate:") + "\nBeta body.\n");
    }

    private BuildCommandTest.Run build(String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--out", out.toString(), "--report", report.toString()));
        args.addAll(List.of(options));
        args.add(in.toString());
        return BuildCommandTest.run(args.toArray(String[]::new));
    }

    /** The editions, name to bytes; each is given a modification time long ago, so a rewrite shows. */
    private Map<String, byte[]> age() throws IOException {
        Map<String, byte[]> editions = new TreeMap<>();
        for (Path p : editionFiles()) {
            editions.put(p.getFileName().toString(), Files.readAllBytes(p));
            Files.setLastModifiedTime(p, LONG_AGO);
        }
        return editions;
    }

    /** The editions whose modification time is no longer the one {@link #age} gave them (or that are new). */
    private List<String> rewritten() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path p : editionFiles()) {
            if (!Files.getLastModifiedTime(p).equals(LONG_AGO)) {
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }

    private List<Path> editionFiles() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** Each article's status in the JSON report, by slug. */
    private Map<String, String> statuses() throws IOException {
        Map<String, String> statuses = new TreeMap<>();
        Matcher m = Pattern.compile("\"slug\": \"([^\"]*)\", \"status\": \"(\\w+)\"").matcher(Files.readString(report));
        while (m.find()) {
            statuses.put(m.group(1), m.group(2));
        }
        return statuses;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anUnchangedArticleIsSkippedAndItsFilesAreNotTouched() throws Exception {
        var first = build();
        assertEquals(0, first.code(), first.err());
        assertEquals(Map.of("alpha", "built", "beta", "built"), statuses());
        assertTrue(Files.isRegularFile(out.resolve(MANIFEST)), "the manifest is written beside the editions");
        Map<String, byte[]> before = age();
        Files.setLastModifiedTime(out.resolve(MANIFEST), LONG_AGO);

        long started = System.nanoTime();
        var again = build();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, again.code(), again.err());
        assertEquals(Map.of("alpha", "skipped", "beta", "skipped"), statuses());
        Matcher millis = Pattern.compile("\"millis\": (-?\\d+)").matcher(Files.readString(report));
        int times = 0;
        for (; millis.find(); times++) {
            long m = Long.parseLong(millis.group(1));
            assertTrue(m >= 0 && m <= tookMillis, "a time in the report within the run's " + tookMillis + " ms: " + m);
        }
        assertEquals(3, times, "the run's time and each skipped article's");
        assertEquals(List.of(), rewritten(), "no edition is rewritten");
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve(MANIFEST)), "nor the manifest");
        Map<String, byte[]> after = age();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        assertTrue(again.out().contains("skipped " + out.resolve("alpha.pdf") + " " + out.resolve("alpha.epub")),
                again.out());
        assertTrue(again.err().contains("0 built, 2 skipped, 0 failed"), again.err());
        assertTrue(again.err().contains(in.resolve("beta.md") + ":4: warning: unknown front matter key 'colour'"),
                "a skipped article's warnings are shown again:\n" + again.err());

        String json = Files.readString(report);
        byte[] pdf = before.get("alpha.pdf");
        assertTrue(json.contains("{\"file\": \"" + out.resolve("alpha.pdf") + "\", \"bytes\": " + pdf.length
                + ", \"sha256\": \"" + sha256(pdf) + "\"}"), json);
        assertTrue(json.contains("\"built\": 0,\n  \"skipped\": 2,\n  \"failed\": 0,"), json);
    }

    @Test
    void editingOneSourceRebuildsThatArticleOnly() throws IOException {
        assertEquals(0, build().code());
        age();
        Path beta = in.resolve("beta.md");
        Files.writeString(beta, Files.readString(beta).replace("Beta body.", "Beta body, edited."));
        var r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals(Map.of("alpha", "skipped", "beta", "built"), statuses());
        assertEquals(List.of("beta.epub", "beta.pdf"), rewritten());
        assertTrue(r.err().contains("1 built, 1 skipped, 0 failed"), r.err());
    }

    @Test
    void aChangedImageRebuildsItsArticle() throws IOException {
        assertEquals(0, build().code());
        age();
        TestFiles.write(in, "alpha/lead.jpg", TestFiles.jpeg(121, 80));
        var r = build();
        assertEquals(0, r.code(), r.err());
        assertEquals(Map.of("alpha", "built", "beta", "skipped"), statuses());
        assertEquals(List.of("alpha.epub", "alpha.pdf"), rewritten());
    }

    @Test
    void aVanishedImageFailsItsArticleAndLeavesItsEditionsAlone() throws IOException {
        assertEquals(0, build().code());
        Map<String, byte[]> before = age();
        Files.delete(in.resolve("alpha/lead.jpg"));
        var r = build();
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("image 'lead.jpg' not found"), r.err());
        assertEquals(Map.of("alpha", "failed", "beta", "skipped"), statuses());
        assertEquals(List.of(), rewritten());
        assertArrayEquals(before.get("alpha.pdf"), Files.readAllBytes(out.resolve("alpha.pdf")));
        TestFiles.write(in, "alpha/lead.jpg", TestFiles.jpeg(120, 80));
        assertEquals(0, build().code());
        assertEquals(Map.of("alpha", "built", "beta", "skipped"), statuses(),
                "a failed article has no manifest entry: it is built the next time");
    }

    @Test
    void aChangedTemplatesFolderRebuildsEveryArticle() throws IOException {
        Path custom = dir.resolve("custom");
        TestFiles.write(custom, "labels/en.yaml", "read-time: \"Reading time: ${minutes} minute(s)\"\n");
        assertEquals(0, build("--templates", custom.toString()).code());
        age();
        assertEquals(0, build("--templates", custom.toString()).code());
        assertEquals(Map.of("alpha", "skipped", "beta", "skipped"), statuses());
        TestFiles.write(custom, "labels/en.yaml", "read-time: \"Read in ${minutes} minute(s)\"\n");
        assertEveryArticleBuiltAgain(build("--templates", custom.toString()));
        age();
        assertEquals(0, build().code());
        assertEquals(Map.of("alpha", "built", "beta", "built"), statuses(), "the bundled templates are other templates");
    }

    @Test
    void otherOptionsAreOtherInputs() throws IOException {
        assertEquals(0, build().code());
        assertEquals(0, build("--paper", "letter").code());
        assertEquals(Map.of("alpha", "built", "beta", "built"), statuses());
        assertEquals(0, build("--paper", "letter").code());
        assertEquals(Map.of("alpha", "skipped", "beta", "skipped"), statuses());
        assertEquals(0, build("--paper", "letter", "--format", "pdf").code());
        assertEquals(Map.of("alpha", "built", "beta", "built"), statuses());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "truncated", "foreign", "empty", "forged"})
    void anUnusableManifestMeansAFullRebuild(String kind) throws IOException {
        assertEquals(0, build().code());
        Path manifest = out.resolve(MANIFEST);
        String good = Files.readString(manifest);
        Files.writeString(manifest, switch (kind) {
            case "garbage" -> "\u0000\u0001 not a manifest";
            case "truncated" -> good.substring(0, good.length() / 2);
            case "foreign" -> "{\"kind\": \"something-else\", \"version\": 1, \"articles\": []}";
            case "empty" -> "";
            // an entry claiming editions that are not alpha's: a skip must check the names too
            default -> good.replace("\"file\": \"alpha.pdf\"", "\"file\": \"beta.pdf\"");
        });
        age();
        var r = build();
        assertEquals(0, r.code(), r.err());
        if (kind.equals("forged")) {
            assertEquals(Map.of("alpha", "built", "beta", "skipped"), statuses());
        } else {
            assertEquals(Map.of("alpha", "built", "beta", "built"), statuses());
            assertTrue(r.err().contains(manifest + ": warning: the build manifest is ignored, so every article is"
                    + " built again: "), r.err());
        }
        assertEquals(0, build().code());
        assertEquals(Map.of("alpha", "skipped", "beta", "skipped"), statuses(), "the manifest is whole again");
    }

    @Test
    void aChangedOrMissingEditionIsBuiltAgain() throws IOException {
        assertEquals(0, build().code());
        age();
        Path pdf = out.resolve("alpha.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 1; // same size, other bytes
        Files.write(pdf, bytes);
        Files.setLastModifiedTime(pdf, LONG_AGO);
        Files.delete(out.resolve("beta.epub"));
        assertEveryArticleBuiltAgain(build());
    }

    @Test
    void forceBuildsEveryArticle() throws IOException {
        assertEquals(0, build().code());
        age();
        assertEveryArticleBuiltAgain(build("--force"));
    }

    /**
     * An article gone and one that took another slug leave editions no article claims: both are
     * named, in the order of their slugs (the manifest keeps no order of its own).
     */
    @Test
    void editionsNoArticleClaimsAreNamedInSlugOrderWhetherTheSourceIsGoneOrTookAnotherSlug() throws IOException {
        TestFiles.write(in, "zeta.md", FRONT + "\nZeta body.\n");
        assertEquals(0, build().code());
        Files.delete(in.resolve("zeta.md"));
        TestFiles.write(in, "beta.md", FRONT.replace("date:", "slug: renamed\ndate:") + "\nBeta body.\n");
        var r = build();
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("\\{\"slug\": \"([a-z]+)\", \"source\"").matcher(Files.readString(report));
        List<String> orphans = new ArrayList<>();
        while (m.find()) {
            orphans.add(m.group(1));
        }
        assertEquals(List.of("beta", "zeta"), orphans, Files.readString(report));
    }

    /** The run succeeded and wrote every edition again. */
    private void assertEveryArticleBuiltAgain(BuildCommandTest.Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        assertEquals(Map.of("alpha", "built", "beta", "built"), statuses());
        assertEquals(List.of("alpha.epub", "alpha.pdf", "beta.epub", "beta.pdf"), rewritten());
    }

    @Test
    void editionsOfAGoneArticleAreNamedAndRemovedOnlyWithPrune() throws IOException {
        assertEquals(0, build().code());
        Files.delete(in.resolve("beta.md"));
        var named = build();
        assertEquals(0, named.code(), named.err());
        assertTrue(named.err().contains(out.resolve("beta.pdf") + " " + out.resolve("beta.epub")
                + ": warning: no article has slug 'beta' any more (its source was ../in/beta.md);"
                + " --prune removes these editions"), named.err());
        String json = Files.readString(report);
        assertTrue(json.contains("\"orphans\": [\n    {\"slug\": \"beta\", \"source\": \"../in/beta.md\", \"files\": [\""
                + out.resolve("beta.pdf") + "\", \"" + out.resolve("beta.epub") + "\"], \"removed\": []}\n  ]"), json);
        assertTrue(Files.exists(out.resolve("beta.pdf")) && Files.exists(out.resolve("beta.epub")),
                "nothing is removed without --prune");

        var pruned = build("--prune");
        assertEquals(0, pruned.code(), pruned.err());
        assertTrue(pruned.out().contains("removed " + out.resolve("beta.pdf") + " " + out.resolve("beta.epub")),
                pruned.out());
        assertTrue(Files.readString(report).contains("\"removed\": [\"" + out.resolve("beta.pdf")), "the report says so");
        assertFalse(Files.exists(out.resolve("beta.pdf")) || Files.exists(out.resolve("beta.epub")));
        assertTrue(Files.exists(out.resolve("alpha.pdf")));
        assertFalse(Files.readString(out.resolve(MANIFEST)).contains("\"beta\""), "its entry is gone");

        var after = build();
        assertFalse(after.err().contains("any more"), after.err());
        assertTrue(Files.readString(report).contains("\"orphans\": []"), Files.readString(report));
    }

    @Test
    void aFrontMatterTypoNeverCountsAsAGoneArticle() throws IOException {
        assertEquals(0, build().code());
        Path beta = in.resolve("beta.md");
        Files.writeString(beta, Files.readString(beta).replace("date: 2024-05-01\n", ""));
        var r = build("--prune");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("'date' is required"), r.err());
        assertFalse(r.err().contains("any more"), r.err());
        assertTrue(Files.exists(out.resolve("beta.pdf")) && Files.exists(out.resolve("beta.epub")),
                "the editions of an article that failed to read are not pruned");
    }
}
