package io.pressrun.batch;

import io.pressrun.model.ErrorWords;
import io.pressrun.style.SafeYaml;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The record of what was built, kept beside the editions in {@code DIR/.pressrun-manifest.json}:
 * per article (by slug) its source, the digest of everything its editions depend on, the images
 * it read, and each edition file with its size and SHA-256. The next build skips an article
 * whose inputs and edition files still match. A manifest that is unreadable, of another
 * version or not Pressrun's is ignored as a whole: every article is built again.
 */
public final class BuildManifest {
    /** The manifest's name in the output folder. */
    public static final String FILE_NAME = ".pressrun-manifest.json";
    private static final String KIND = "pressrun-manifest";
    private static final long VERSION = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * One article's last build.
     *
     * @param source   the source path relative to the output folder, with '/' between names
     * @param inputs   the digest of its inputs ({@link InputDigests})
     * @param images   the image files it read, relative to the source's folder
     * @param editions the edition files in the output folder
     * @param warnings the warnings it was built with, shown again when it is skipped
     */
    public record Entry(String slug, String source, String inputs, List<String> images, List<Edition> editions,
                        List<Warning> warnings) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Entry {
            images = List.copyOf(images);
            editions = List.copyOf(editions);
            warnings = List.copyOf(warnings);
        }
    }

    /** An edition file: its name in the output folder, size and SHA-256. */
    public record Edition(String file, long bytes, String sha256) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A warning about the article's source. */
    public record Warning(int line, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The entries read (by slug), and why none were, when the file was there but not usable. */
    public record Loaded(Map<String, Entry> entries, Optional<String> problem) {
    }

    private BuildManifest() {
    }

    static Path file(Path outDir) {
        return outDir.resolve(FILE_NAME);
    }

    /** Reads the manifest of {@code outDir}; none, or an unusable one, gives no entries. */
    static Loaded load(Path outDir) {
        Path file = file(outDir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Map.of(), Optional.empty());
        } catch (IOException e) {
            return unusable("it cannot be read: " + ErrorWords.of(e));
        } catch (OutOfMemoryError e) {
            return unusable("it is too large to read");
        }
        return parse(file.toString(), bytes);
    }

    /**
     * Reads a manifest's bytes, however they were fetched; an unusable one gives no entries and
     * says why.
     *
     * @param name the file's name, in the messages of the parser
     */
    public static Loaded parse(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return unusable("it is not UTF-8 text");
        }
        try {
            // JSON is YAML 1.2: snakeyaml-engine, which reads the front matter, reads the manifest too
            Object json = new Load(SafeYaml.settings(name, Integer.MAX_VALUE)).loadFromString(text);
            return new Loaded(entries(json), Optional.empty());
        } catch (YamlEngineException | IllegalArgumentException | ArithmeticException | ClassCastException
                 | NullPointerException | StackOverflowError e) { // a manifest nested without end: not ours
            return unusable("it is not a manifest Pressrun wrote (" + ErrorWords.clean(e.getMessage()) + ")");
        }
    }

    /** What a build warns when it ignores the manifest it found, after {@code why}. */
    public static String ignored(String why) {
        return "the build manifest is ignored, so every article is built again: " + why;
    }

    /** The edition files a build with {@code formats} writes for {@code slug}, in the order PDF, EPUB. */
    public static List<String> editionNames(Set<BuildContext.Format> formats, String slug) {
        List<String> names = new ArrayList<>(2);
        if (formats.contains(BuildContext.Format.PDF)) {
            names.add(slug + ".pdf");
        }
        if (formats.contains(BuildContext.Format.EPUB)) {
            names.add(slug + ".epub");
        }
        return names;
    }

    /**
     * The entries a build records: this run's ({@code current}, of articles built or skipped),
     * and the earlier entries of articles this run did not deal with (in another part of a
     * sharded batch, or gone and not pruned). An article this run dealt with that has no
     * current entry (it failed) is dropped: it is built next time.
     *
     * @param handled the slugs, in lower case ({@link SlugClaims#key}), of this run's articles
     */
    public static Map<String, Entry> merged(Map<String, Entry> previous, Set<String> handled,
                                            Map<String, Entry> current) {
        Map<String, Entry> all = new HashMap<>();
        for (Entry e : previous.values()) {
            if (!handled.contains(SlugClaims.key(e.slug()))) {
                all.put(e.slug(), e);
            }
        }
        all.putAll(current);
        return all;
    }

    private static Loaded unusable(String why) {
        return new Loaded(Map.of(), Optional.of(why));
    }

    private static Map<String, Entry> entries(Object json) {
        Map<?, ?> root = (Map<?, ?>) json;
        if (!KIND.equals(root.get("kind")) || !root.containsKey("version")
                || whole(root.get("version")) != VERSION) {
            throw new IllegalArgumentException("no \"kind\": \"" + KIND + "\" of version " + VERSION);
        }
        Map<String, Entry> entries = new HashMap<>();
        for (Object o : (List<?>) root.get("articles")) {
            Map<?, ?> a = (Map<?, ?>) o;
            List<Edition> editions = new ArrayList<>();
            for (Object e : (List<?>) a.get("editions")) {
                Map<?, ?> m = (Map<?, ?>) e;
                editions.add(new Edition(name((String) m.get("file")), whole(m.get("bytes")), sha256(m.get("sha256"))));
            }
            List<String> images = new ArrayList<>();
            for (Object i : (List<?>) a.get("images")) {
                images.add(text(i));
            }
            List<Warning> warnings = new ArrayList<>();
            for (Object w : (List<?>) a.get("warnings")) {
                Map<?, ?> m = (Map<?, ?>) w;
                warnings.add(new Warning(Math.toIntExact(whole(m.get("line"))), text(m.get("message"))));
            }
            Entry entry = new Entry(text(a.get("slug")), text(a.get("source")), sha256(a.get("inputs")), images,
                    editions, warnings);
            if (entries.put(entry.slug(), entry) != null) {
                throw new IllegalArgumentException("slug '" + entry.slug() + "' is there twice");
            }
        }
        return entries;
    }

    /** A whole number as the YAML loader gives it (Integer, Long or BigInteger). */
    private static long whole(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof java.math.BigInteger) {
            return new java.math.BigInteger(o.toString()).longValueExact();
        }
        throw new IllegalArgumentException("a whole number is missing");
    }

    private static String text(Object o) {
        if (!(o instanceof String s)) {
            throw new IllegalArgumentException("a text field is missing");
        }
        return s;
    }

    private static String sha256(Object o) {
        String s = text(o);
        if (!SHA256.matcher(s).matches()) {
            throw new IllegalArgumentException("'" + s + "' is not a SHA-256 digest");
        }
        return s;
    }

    /** An edition's file name: a plain name inside the output folder, never a path leading elsewhere. */
    private static String name(String s) {
        if (s == null || s.isEmpty() || s.contains("/") || s.contains("\\") || s.startsWith(".")) {
            throw new IllegalArgumentException("'" + s + "' is not an edition's file name");
        }
        return s;
    }

    /** Writes the manifest of {@code outDir} whole or not at all, entries in slug order. */
    static void write(Path outDir, String settings, Collection<Entry> entries) throws IOException {
        String text = text(settings, entries);
        if (unchanged(file(outDir), text)) {
            return; // a build that changed nothing touches no file, the manifest included
        }
        ReportFiles.write(file(outDir), text);
    }

    /** The manifest's text, UTF-8 when written: the entries in slug order. */
    public static String text(String settings, Collection<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::slug));
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"kind\": \"").append(KIND).append("\",\n  \"version\": ").append(VERSION)
                .append(",\n  \"settings\": ").append(BatchReport.str(settings))
                .append(",\n  \"articles\": [");
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"slug\": ").append(BatchReport.str(e.slug()))
                    .append(", \"source\": ").append(BatchReport.str(e.source()))
                    .append(", \"inputs\": ").append(BatchReport.str(e.inputs()))
                    .append(", \"images\": [");
            for (int j = 0; j < e.images().size(); j++) {
                sb.append(j == 0 ? "" : ", ").append(BatchReport.str(e.images().get(j)));
            }
            sb.append("], \"editions\": [");
            for (int j = 0; j < e.editions().size(); j++) {
                Edition ed = e.editions().get(j);
                sb.append(j == 0 ? "" : ", ").append("{\"file\": ").append(BatchReport.str(ed.file()))
                        .append(", \"bytes\": ").append(ed.bytes())
                        .append(", \"sha256\": ").append(BatchReport.str(ed.sha256())).append('}');
            }
            sb.append("], \"warnings\": [");
            for (int j = 0; j < e.warnings().size(); j++) {
                Warning w = e.warnings().get(j);
                sb.append(j == 0 ? "" : ", ").append("{\"line\": ").append(w.line())
                        .append(", \"message\": ").append(BatchReport.str(w.message())).append('}');
            }
            sb.append("]}");
        }
        sb.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    private static boolean unchanged(Path file, String text) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
