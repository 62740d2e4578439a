package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --shard K/N}: N jobs split a batch with no overlap and no gap; slug conflicts are found across parts. */
class ShardBuildTest {
    private static final int ARTICLES = 24;
    private static final int PARTS = 3;

    @TempDir
    Path dir;

    private Path articles() {
        Path in = dir.resolve("in");
        for (int i = 0; i < ARTICLES; i++) {
            TestFiles.write(in, "story-" + i + ".md", FRONT + "\nStory number " + i + ".\n");
        }
        return in;
    }

    /** Builds one part into {@code out}; returns the slugs the report gives with {@code status}. */
    private Set<String> part(Path in, Path out, String shard, String status, int expectedCode) throws IOException {
        Path report = dir.resolve("report-" + shard.replace('/', '-') + ".json");
        var r = BuildCommandTest.run("build", "--format", "epub", "--shard", shard, "--out", out.toString(),
                "--report", report.toString(), in.toString());
        assertEquals(expectedCode, r.code(), r.err());
        String json = Files.readString(report);
        assertTrue(json.contains("\"shard\": \"" + shard + "\""), json);
        Set<String> slugs = new TreeSet<>();
        Matcher m = Pattern.compile("\"slug\": \"([^\"]*)\", \"status\": \"" + status + "\"").matcher(json);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    private static Set<String> editions(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".epub"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void thePartsCoverEveryArticleOnce() throws IOException {
        Path in = articles();
        Set<String> all = new TreeSet<>();
        int total = 0;
        for (int k = 1; k <= PARTS; k++) {
            Path out = dir.resolve("out-" + k);
            Set<String> built = part(in, out, k + "/" + PARTS, "built", 0);
            assertFalse(built.isEmpty(), "part " + k + " has articles");
            assertEquals(built, editions(out), "part " + k + " writes its own articles' editions only");
            total += built.size();
            all.addAll(built);
        }
        Set<String> expected = new TreeSet<>();
        IntStream.range(0, ARTICLES).forEach(i -> expected.add("story-" + i));
        assertEquals(expected, all, "the union of the parts is every article");
        assertEquals(ARTICLES, total, "no article is in two parts");
        assertEquals(editions(dir.resolve("out-2")), part(in, dir.resolve("again"), "2/3", "built", 0),
                "a part is the same in every run");
    }

    /** The parts built one after another into one folder leave one manifest that knows every article. */
    @Test
    void partsBuiltIntoOneFolderShareItsManifest() throws IOException {
        Path in = articles();
        Path out = dir.resolve("out");
        for (int k = 1; k <= PARTS; k++) {
            part(in, out, k + "/" + PARTS, "built", 0);
        }
        Set<String> skipped = part(in, out, "1/1", "skipped", 0);
        assertEquals(ARTICLES, skipped.size(), "nothing is built again: " + skipped);
    }

    @Test
    void slugConflictsAreFoundWhicheverPartIsBuilt() throws IOException {
        Path in = articles();
        Path one = TestFiles.write(in, "one.md", FRONT.replace("date:", "slug: Shared\ndate:") + "\nOne.\n");
        Path two = TestFiles.write(in, "two.md", FRONT.replace("date:", "slug: shared\ndate:") + "\nTwo.\n");
        Set<String> refused = new HashSet<>();
        for (int k = 1; k <= PARTS; k++) {
            Path out = dir.resolve("out-" + k);
            var r = BuildCommandTest.run("build", "--format", "epub", "--shard", k + "/" + PARTS, "--out",
                    out.toString(), in.toString());
            if (r.code() == 1) {
                assertTrue(r.err().contains(one + ": error: slug 'Shared' is also the slug of " + two), r.err());
                assertTrue(r.err().contains(two + ": error: slug 'shared' is also the slug of " + one), r.err());
                refused.add(String.valueOf(k));
            } else {
                assertEquals(0, r.code(), r.err());
            }
            assertFalse(editions(out).contains("shared") || editions(out).contains("Shared"));
        }
        assertEquals(1, refused.size(), "both claimants of one slug fall in one part, which refuses them");
    }

    @Test
    void aMalformedShardIsBadUsage() {
        Path in = articles();
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2")) {
            var r = BuildCommandTest.run("build", "--shard", bad, "--out", dir.resolve("out").toString(), in.toString());
            assertEquals(2, r.code(), bad + ": " + r.err());
            assertTrue(r.err().startsWith("pressrun: error: --shard "), r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing is built");
    }
}
