package io.pressrun.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest reads back what it wrote, whatever the text, and refuses anything else as a whole. */
class BuildManifestTest {
    @TempDir
    Path dir;

    private static final String SHA = "0123456789abcdef".repeat(4);

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        var odd = new BuildManifest.Entry("odd", "../in/\"quoted\" \\ back\nslash ☃ 😀.md", SHA,
                List.of("images/lead one.jpg", "b\u0001.png"),
                List.of(new BuildManifest.Edition("odd.pdf", 12345, SHA), new BuildManifest.Edition("odd.epub", 0, SHA)),
                List.of(new BuildManifest.Warning(4, "unknown key 'colour'\tis ignored \u2028")));
        var plain = new BuildManifest.Entry("a", "../in/a.md", SHA, List.of(), List.of(), List.of());
        BuildManifest.write(dir, SHA, List.of(odd, plain));
        BuildManifest.Loaded loaded = BuildManifest.load(dir);
        assertEquals(Optional.empty(), loaded.problem());
        assertEquals(Map.of("odd", odd, "a", plain), loaded.entries());
    }

    /**
     * What a build records: its own entries (built or skipped), and the earlier entries of the
     * articles it did not deal with; the entry of an article it dealt with (in any letter case)
     * that has no new one, because it failed, is dropped.
     */
    @Test
    void aBuildRecordsItsOwnEntriesAndKeepsThoseOfArticlesItDidNotDealWith() {
        var otherPart = new BuildManifest.Entry("other-part", "../in/o.md", SHA, List.of(), List.of(), List.of());
        var failed = new BuildManifest.Entry("Failed", "../in/f.md", SHA, List.of(), List.of(), List.of());
        var before = new BuildManifest.Entry("rebuilt", "../in/r.md", SHA, List.of(), List.of(), List.of());
        var after = new BuildManifest.Entry("rebuilt", "../in/r.md", "f".repeat(64), List.of(), List.of(), List.of());
        var added = new BuildManifest.Entry("added", "../in/a.md", SHA, List.of(), List.of(), List.of());
        Map<String, BuildManifest.Entry> merged = BuildManifest.merged(
                Map.of("other-part", otherPart, "Failed", failed, "rebuilt", before),
                java.util.Set.of("failed", "rebuilt", "added"), Map.of("rebuilt", after, "added", added));
        assertEquals(Map.of("other-part", otherPart, "rebuilt", after, "added", added), merged);
    }

    @Test
    void entriesAreWrittenInSlugOrderWhateverTheirOrderGiven() throws Exception {
        var b = new BuildManifest.Entry("b", "b.md", SHA, List.of(), List.of(), List.of());
        var a = new BuildManifest.Entry("a", "a.md", SHA, List.of(), List.of(), List.of());
        var c = new BuildManifest.Entry("c", "c.md", SHA, List.of(), List.of(), List.of());
        BuildManifest.write(dir, SHA, List.of(b, c, a));
        String text = Files.readString(BuildManifest.file(dir));
        int ia = text.indexOf("\"slug\": \"a\"");
        int ib = text.indexOf("\"slug\": \"b\"");
        int ic = text.indexOf("\"slug\": \"c\"");
        assertTrue(0 < ia && ia < ib && ib < ic, text);
        String again = Files.readString(writeAgain(List.of(a, b, c)));
        assertEquals(text, again, "the same entries give the same bytes, in whatever order they come");
    }

    @Test
    void theListOfArticlesClosesOnItsOwnLineUnlessItIsEmpty() {
        var a = new BuildManifest.Entry("a", "a.md", SHA, List.of(), List.of(), List.of());
        String none = BuildManifest.text(SHA, List.of());
        assertTrue(none.endsWith(",\n  \"articles\": []\n}\n"), none);
        String one = BuildManifest.text(SHA, List.of(a));
        assertTrue(one.endsWith(",\n  \"articles\": [\n    {\"slug\": \"a\", \"source\": \"a.md\", \"inputs\": \"" + SHA
                + "\", \"images\": [], \"editions\": [], \"warnings\": []}\n  ]\n}\n"), one);
    }

    @Test
    void anUnchangedManifestIsNotWrittenAgain() throws Exception {
        var a = new BuildManifest.Entry("a", "a.md", SHA, List.of(), List.of(), List.of());
        BuildManifest.write(dir, SHA, List.of(a));
        Path file = BuildManifest.file(dir);
        var old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        BuildManifest.write(dir, SHA, List.of(a));
        assertEquals(old, Files.getLastModifiedTime(file), "the same manifest leaves the file untouched");
        BuildManifest.write(dir, SHA, List.of());
        assertTrue(Files.getLastModifiedTime(file).compareTo(old) > 0, "another manifest replaces it");
        assertEquals(Map.of(), BuildManifest.load(dir).entries());
    }

    private Path writeAgain(List<BuildManifest.Entry> entries) throws Exception {
        Path other = Files.createDirectories(dir.resolve("again"));
        BuildManifest.write(other, SHA, entries);
        return BuildManifest.file(other);
    }

    @Test
    void noManifestIsNoProblem() {
        assertEquals(new BuildManifest.Loaded(Map.of(), Optional.empty()), BuildManifest.load(dir));
    }

    @Test
    void anythingElseIsIgnoredWhole() throws Exception {
        BuildManifest.write(dir, SHA, List.of(new BuildManifest.Entry("a", "a.md", SHA, List.of(), List.of(), List.of())));
        String good = Files.readString(BuildManifest.file(dir));
        for (String bad : List.of(
                good.replace("\"version\": 1", "\"version\": 2"),
                good.replace(SHA + "\", \"images\"", "abc\", \"images\""),
                good.replace("\"images\": []", "\"images\": [1]"),
                good.replace("\"source\": \"a.md\", ", ""),
                good.replace("\"articles\": [", "\"articles\": [{\"slug\": \"x\"}, "),
                good.replace("{\"slug\": \"a\"", "{\"slug\": \"a\", \"slug\": \"b\""),
                good + "trailing",
                "[" + good + "]")) {
            Files.writeString(BuildManifest.file(dir), bad);
            BuildManifest.Loaded loaded = BuildManifest.load(dir);
            assertEquals(Map.of(), loaded.entries(), bad);
            assertTrue(loaded.problem().isPresent(), bad);
        }
        Files.write(BuildManifest.file(dir), new byte[] {'{', (byte) 0xC3, '}'});
        assertEquals(Optional.of("it is not UTF-8 text"), BuildManifest.load(dir).problem());
    }

    @Test
    void anEditionNameLeadingOutOfTheFolderIsRefused() throws Exception {
        BuildManifest.write(dir, SHA, List.of(new BuildManifest.Entry("a", "a.md", SHA, List.of(),
                List.of(new BuildManifest.Edition("a.pdf", 1, SHA)), List.of())));
        String good = Files.readString(BuildManifest.file(dir));
        for (String name : List.of("../a.pdf", "/etc/passwd", ".hidden", "sub/a.pdf", "")) {
            Files.writeString(BuildManifest.file(dir), good.replace("\"file\": \"a.pdf\"", "\"file\": \"" + name + "\""));
            assertTrue(BuildManifest.load(dir).problem().isPresent(), name);
        }
    }
}
