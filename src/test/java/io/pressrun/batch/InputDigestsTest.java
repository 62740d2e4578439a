package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.ArticleReader;
import io.pressrun.source.InputLimits;
import io.pressrun.source.SiteOptions;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input an edition depends on changes an article's digest; nothing else does. */
class InputDigestsTest {
    @TempDir
    Path dir;

    private static final Templates BUNDLED = Templates.bundled();
    private static final Theme THEME = Theme.load(BUNDLED);
    private static final Set<BuildContext.Format> BOTH = Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB);

    private static BuildContext base() {
        return new BuildContext(Optional.empty(), BOTH, Paper.A4, false, InputLimits.DEFAULT, BUNDLED, THEME);
    }

    private String settings(BuildContext ctx) {
        return new InputDigests(ctx, dir).settings();
    }

    @Test
    void theSameSettingsGiveTheSameDigest() {
        assertEquals(settings(base()), settings(base()));
        assertEquals(64, settings(base()).length(), "a SHA-256 in hexadecimal");
    }

    /**
     * The article's digest is SHA-256 over its fields, each as UTF-8 followed by a zero byte,
     * after a tag that names the manifest's digest format: computed here without the code under test.
     */
    @Test
    void anArticlesDigestIsItsTaggedFieldsInOrder() throws Exception {
        Map<String, String> images = new LinkedHashMap<>();
        images.put("lead.jpg", "d1");
        images.put("b.png", "d2");
        assertEquals(taggedFields("pressrun-inputs 1", "settings", "posts/a.md", "source", "lead.jpg", "d1", "b.png",
                "d2"), InputDigests.article("settings", "posts/a.md", "source", images));
    }

    /** The settings' digest, like the article's: its tagged fields in order, computed here without the code under test. */
    @Test
    void theSettingsDigestIsItsTaggedFieldsInOrder() throws Exception {
        BuildContext ctx = base();
        assertEquals(taggedFields("pressrun-settings 1", "code 1.0", "java 17", "formats [PDF, EPUB]", "paper A4",
                "strict false", "limits " + ctx.limits(), "site " + ctx.site(), "epoch none"),
                InputDigests.settingsOf(ctx, "code 1.0", "java 17"));
    }

    /** With a templates folder, a tag, then each of its files' names and digests, in name order. */
    @Test
    void theSettingsDigestTagsTheTemplatesFolderAndEachOfItsFiles() throws Exception {
        TestFiles.write(dir, "templates/labels/en.yaml", "photo: \"Photo:\"\n");
        TestFiles.write(dir, "templates/epub/chapter.ftl", "<p>${body}</p>");
        BuildContext ctx = withTemplates(dir.resolve("templates"));
        assertEquals(taggedFields("pressrun-settings 1", "code 1.0", "java 17", "formats [PDF, EPUB]", "paper A4",
                "strict false", "limits " + ctx.limits(), "site " + ctx.site(), "epoch none", "templates",
                "epub/chapter.ftl", sha256("<p>${body}</p>"), "labels/en.yaml", sha256("photo: \"Photo:\"\n")),
                InputDigests.settingsOf(ctx, "code 1.0", "java 17"));
    }

    /** Of an article's messages, its entry keeps the warnings about its own source: not errors, not other files'. */
    @Test
    void anEntryKeepsTheWarningsAboutItsSourceOnly() throws IOException {
        Path source = TestFiles.write(dir, "in/a.md", FRONT + "\nText.\n");
        var article = new ArticleReader(BUNDLED, InputLimits.DEFAULT).read(source).article();
        List<Diagnostic> diagnostics = List.of(
                Diagnostic.warning(source, 3, "unknown front matter key 'colour'"),
                Diagnostic.error(source, 7, "an error"),
                Diagnostic.warning(dir.resolve("in/other.md"), 2, "another file's warning"),
                Diagnostic.warning(source, 9, "a second warning"));
        var entry = InputDigests.entry("settings", source, "in/a.md", "digest", article, List.of(), diagnostics);
        assertEquals(List.of(new BuildManifest.Warning(3, "unknown front matter key 'colour'"),
                new BuildManifest.Warning(9, "a second warning")), entry.warnings());
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** SHA-256 over the fields, each as UTF-8 followed by a zero byte, in hexadecimal. */
    private static String taggedFields(String... fields) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String field : fields) {
            md.update(field.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    @Test
    void everySettingChangesTheDigest() {
        String base = settings(base());
        Map<String, BuildContext> changed = new LinkedHashMap<>();
        changed.put("formats", new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                InputLimits.DEFAULT, BUNDLED, THEME));
        changed.put("paper", new BuildContext(Optional.empty(), BOTH, Paper.LETTER, false, InputLimits.DEFAULT,
                BUNDLED, THEME));
        changed.put("strict", new BuildContext(Optional.empty(), BOTH, Paper.A4, true, InputLimits.DEFAULT,
                BUNDLED, THEME));
        changed.put("limits", new BuildContext(Optional.empty(), BOTH, Paper.A4, false,
                new InputLimits(1000, 1000, 1000), BUNDLED, THEME));
        changed.put("epoch", new BuildContext(Optional.of(Instant.ofEpochSecond(1_700_000_000L)), BOTH, Paper.A4,
                false, InputLimits.DEFAULT, BUNDLED, THEME));
        changed.put("site", base().withSite(new SiteOptions(Optional.empty(),
                Optional.of(URI.create("https://example.org/")), true)));
        for (var e : changed.entrySet()) {
            assertNotEquals(base, settings(e.getValue()), e.getKey() + " must change the settings' digest");
        }
        var all = new java.util.HashSet<String>();
        all.add(base);
        changed.values().forEach(c -> all.add(settings(c)));
        assertEquals(changed.size() + 1, all.size(), "each setting changes it its own way");
    }

    @Test
    void aTemplatesFolderCountsByItsFilesNamesAndBytes() throws IOException {
        Path templates = dir.resolve("templates");
        TestFiles.write(dir, "templates/labels/en.yaml", "photo: \"Photo:\"\n");
        String first = settings(withTemplates(templates));
        assertNotEquals(settings(base()), first, "a templates folder is part of the settings");
        assertEquals(first, settings(withTemplates(templates)));
        Files.writeString(templates.resolve("labels/en.yaml"), "photo: \"Picture:\"\n");
        String edited = settings(withTemplates(templates));
        assertNotEquals(first, edited, "a file's bytes count");
        Files.move(templates.resolve("labels/en.yaml"), templates.resolve("labels/fr.yaml"));
        assertNotEquals(edited, settings(withTemplates(templates)), "a file's name counts");
    }

    private static BuildContext withTemplates(Path folder) {
        Templates t = Templates.withOverrides(folder);
        return new BuildContext(Optional.empty(), BOTH, Paper.A4, false, InputLimits.DEFAULT, t, THEME);
    }

    @Test
    void anotherPressrunOrAnotherJavaChangesTheDigest() {
        String base = InputDigests.settingsOf(base(), "pressrun 1.0", "java 17");
        assertEquals(base, InputDigests.settingsOf(base(), "pressrun 1.0", "java 17"));
        assertNotEquals(base, InputDigests.settingsOf(base(), "pressrun 1.1", "java 17"), "the code");
        assertNotEquals(base, InputDigests.settingsOf(base(), "pressrun 1.0", "java 21"), "the Java");
        assertEquals(InputDigests.settingsOf(base()), settings(base()), "what the build uses is this one's");
    }

    @Test
    void aFiguresPictureIsAnInputAsTheLeadPictureIs() throws IOException {
        Path source = TestFiles.write(dir, "in/a.md", FRONT + "\n![A chart](fig.jpg)\n\nText.\n");
        TestFiles.write(dir, "in/fig.jpg", TestFiles.jpeg(8, 8));
        var article = new ArticleReader(BUNDLED, InputLimits.DEFAULT).read(source).article();
        assertEquals(List.of("fig.jpg"), List.copyOf(InputDigests.images(source, article).keySet()));
    }

    /** The lead picture is read first, then the figures in the body's order, each picture once. */
    @Test
    void theLeadPictureComesFirstAndEachPictureOnce() throws Exception {
        Path source = TestFiles.write(dir, "in/a.md", """
                ---
                title: "A test article"
                author: Jane Reporter
                date: 2024-05-01
                image: {src: lead.jpg, alt: "The harbour"}
                ---

                ![A chart](fig.jpg)

                ![The harbour again](lead.jpg)

                Text.
                """);
        TestFiles.write(dir, "in/fig.jpg", TestFiles.jpeg(8, 8));
        byte[] lead = TestFiles.jpeg(9, 9);
        TestFiles.write(dir, "in/lead.jpg", lead);
        var article = new ArticleReader(BUNDLED, InputLimits.DEFAULT).read(source).article();
        Map<String, String> images = InputDigests.images(source, article);
        assertEquals(List.of("lead.jpg", "fig.jpg"), List.copyOf(images.keySet()));
        assertEquals(java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(lead)),
                images.get("lead.jpg"));
    }

    @Test
    void textMovedFromOneFieldToTheNextChangesTheDigest() {
        MessageDigest ab = Digests.sha256();
        Digests.field(ab, "ab");
        Digests.field(ab, "c");
        MessageDigest bc = Digests.sha256();
        Digests.field(bc, "a");
        Digests.field(bc, "bc");
        assertNotEquals(Digests.hex(ab.digest()), Digests.hex(bc.digest()));
    }

    @Test
    void everyArticleInputChangesTheArticleDigest() {
        InputDigests d = new InputDigests(base(), dir);
        Map<String, String> images = new LinkedHashMap<>();
        images.put("a.png", "1111");
        String base = d.article("in/a.md", "abcd", images);
        assertEquals(base, d.article("in/a.md", "abcd", Map.of("a.png", "1111")));
        assertNotEquals(base, d.article("in/b.md", "abcd", images), "the source's place");
        assertNotEquals(base, d.article("in/a.md", "abce", images), "the source's bytes");
        assertNotEquals(base, d.article("in/a.md", "abcd", Map.of("b.png", "1111")), "an image's name");
        assertNotEquals(base, d.article("in/a.md", "abcd", Map.of("a.png", "2222")), "an image's bytes");
        assertNotEquals(base, d.article("in/a.md", "abcd", Map.of()), "an image fewer");
        InputDigests strict = new InputDigests(new BuildContext(Optional.empty(), BOTH, Paper.A4, true,
                InputLimits.DEFAULT, BUNDLED, THEME), dir);
        assertNotEquals(base, strict.article("in/a.md", "abcd", images), "the settings");
    }

    @Test
    void anArticleAsItIsNowMatchesItsRecordedDigestUntilAnImageChangesOrGoes() throws IOException {
        InputDigests d = new InputDigests(base(), dir.resolve("out"));
        Path source = TestFiles.write(dir, "in/a.md", "text");
        Path image = TestFiles.write(dir, "in/pics/a.png", "png bytes");
        String key = InputDigests.imageKey(source, image);
        assertEquals("pics/a.png", key);
        assertEquals("../in/a.md", d.sourceKey(source));
        String recorded = d.article(d.sourceKey(source), "s", Map.of(key, Digests.ofFile(image)));
        assertEquals(Optional.of(recorded), d.articleNow(source, "s", List.of(key), 9));
        assertTrue(d.articleNow(source, "s", List.of(key), 8).isEmpty(), "an image over the size limit is built again");
        Files.writeString(image, "new bytes");
        assertNotEquals(Optional.of(recorded), d.articleNow(source, "s", List.of(key), 1000));
        Files.delete(image);
        assertTrue(d.articleNow(source, "s", List.of(key), 1000).isEmpty(), "a missing image means build");
        assertTrue(d.articleNow(source, "s", List.of("../../outside.png"), 1000).isEmpty(),
                "an image outside the article's folder is never read");
    }

    /** A digest taken from bytes however they were read (a Hadoop stream, say) is the one taken from the files. */
    @Test
    void theDigestFromBytesIsTheDigestFromFiles() throws IOException {
        byte[] text = "---\ntitle: T\n---\n\nText.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] jpeg = TestFiles.jpeg(8, 8);
        Path source = TestFiles.write(dir, "in/story/article.md", text);
        TestFiles.write(dir, "in/story/img/lead.jpg", jpeg);
        InputDigests digests = new InputDigests(base(), dir.resolve("out"));

        String fromFiles = digests.articleNow(source, Digests.ofFile(source), List.of("img/lead.jpg"), 1 << 20)
                .orElseThrow();
        String fromBytes = InputDigests.article(InputDigests.settingsOf(base()), "../in/story/article.md",
                Digests.ofBytes(text), Map.of("img/lead.jpg", Digests.ofBytes(jpeg)));

        assertEquals(fromFiles, fromBytes);
        assertEquals("../in/story/article.md", digests.sourceKey(source));
    }

    /** A jar of the entries {@code name, content, name, content, ...}, each stamped with {@code time}. */
    private Path jar(String file, long time, String... entries) throws IOException {
        Path jar = dir.resolve(file);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < entries.length; i += 2) {
                var e = new java.util.zip.ZipEntry(entries[i]);
                e.setTime(time);
                out.putNextEntry(e);
                out.write(entries[i + 1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * A development jar is known by its entries' names, sizes and CRC-32s: the same content
     * packaged at another time is the same code; any entry changed, added or renamed is not,
     * a change that keeps the entry's size included.
     */
    @Test
    void aJarIsKnownByItsEntriesContentsNotByWhenItWasPackaged() throws IOException {
        String base = InputDigests.ofJar(jar("a.jar", 0L, "Main.class", "cafe", "fonts/a.ttf", "glyphs"));
        assertEquals(base, InputDigests.ofJar(jar("b.jar", 1_700_000_000_000L, "Main.class", "cafe",
                "fonts/a.ttf", "glyphs")));
        assertNotEquals(base, InputDigests.ofJar(jar("c.jar", 0L, "Main.class", "cafe", "fonts/a.ttf", "glyphz")),
                "the same size, another content");
        assertNotEquals(base, InputDigests.ofJar(jar("d.jar", 0L, "Main.class", "cafe", "fonts/a.ttf", "glyphs!")));
        assertNotEquals(base, InputDigests.ofJar(jar("e.jar", 0L, "Main.class", "cafe", "fonts/b.ttf", "glyphs")));
        assertNotEquals(base, InputDigests.ofJar(jar("f.jar", 0L, "Main.class", "cafe", "fonts/a.ttf", "glyphs",
                "fonts/c.ttf", "")));
    }

    /** An entry's name, size and CRC-32 are one field each: text moved from one to the next changes the digest. */
    @Test
    void aJarsEntriesAreTaggedFields() throws IOException {
        assertNotEquals(InputDigests.ofJar(jar("a.jar", 0L, "a", "b", "c", "d")),
                InputDigests.ofJar(jar("b.jar", 0L, "a", "bc", "", "d")));
    }
}
