package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.model.Blocks;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Digests of everything an article's editions depend on. Once per run, the settings: this
 * Pressrun (its version, or for a development build the bytes of its code and bundled
 * templates and fonts), the Java runtime, the options (formats, paper, strict, input limits,
 * {@code SOURCE_DATE_EPOCH}) and every file of the {@code --templates} folder. Per article:
 * the settings, the source's path relative to the output folder, the source's bytes and each
 * image's name and bytes.
 */
public final class InputDigests {
    private final String settings;
    private final Path outDir;

    InputDigests(BuildContext ctx, Path outDir) {
        this.settings = settingsOf(ctx);
        this.outDir = outDir.toAbsolutePath().normalize();
    }

    /** The digest of this run's settings: one changed setting changes every article's inputs. */
    String settings() {
        return settings;
    }

    /** The source as the manifest records it: relative to the output folder, '/' between names. */
    String sourceKey(Path source) {
        return outDir.relativize(source.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** An image as the manifest records it: relative to its article's folder. */
    public static String imageKey(Path source, Path image) {
        Path folder = source.toAbsolutePath().normalize().getParent();
        return folder.relativize(image.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The digest of an article's inputs.
     *
     * @param images each image's key and the digest of its bytes, in the order the article reads them
     */
    String article(String sourceKey, String sourceDigest, Map<String, String> images) {
        return article(settings, sourceKey, sourceDigest, images);
    }

    /**
     * The digest of an article's inputs under the settings whose digest is {@code settings}
     * ({@link #settingsOf}), from digests of bytes however they were read: a file on a disk, or a
     * Hadoop file system's stream.
     *
     * @param sourceKey    the source as the manifest records it
     * @param sourceDigest the digest of the source's bytes ({@link Digests#ofBytes})
     * @param images       each image's key ({@link #imageKey}) and the digest of its bytes, in the
     *                     order the article reads them
     */
    public static String article(String settings, String sourceKey, String sourceDigest, Map<String, String> images) {
        MessageDigest md = Digests.sha256();
        Digests.field(md, "pressrun-inputs 1");
        Digests.field(md, settings);
        Digests.field(md, sourceKey);
        Digests.field(md, sourceDigest);
        images.forEach((name, digest) -> {
            Digests.field(md, name);
            Digests.field(md, digest);
        });
        return Digests.hex(md.digest());
    }

    /**
     * The digest of an article's inputs as the files are now, for the images its last build
     * read; empty when one of them is gone or cannot be read (the article is then built).
     */
    Optional<String> articleNow(Path source, String sourceDigest, List<String> imageKeys, long maxImageBytes) {
        Path folder = source.toAbsolutePath().normalize().getParent();
        Map<String, String> images = new java.util.LinkedHashMap<>();
        try {
            for (String key : imageKeys) {
                Path image = folder.resolve(key).normalize();
                if (!image.startsWith(folder) || !Files.isRegularFile(image) || Files.size(image) > maxImageBytes) {
                    return Optional.empty();
                }
                images.put(key, Digests.ofFile(image));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(article(sourceKey(source), sourceDigest, images));
    }

    /**
     * The images an article read, as its manifest entry records them: each one's key (relative
     * to the folder of {@code source}, the name the article was read under) and the digest of its
     * bytes, lead image first, then the figures in the order of the body, each once.
     */
    public static Map<String, String> images(Path source, Article article) throws IOException {
        Map<String, String> images = new LinkedHashMap<>();
        List<Image> all = new ArrayList<>();
        article.leadImage().ifPresent(all::add);
        Blocks.collectFigures(article.body(), f -> all.add(f.image()));
        for (Image image : all) {
            String key = imageKey(source, image.file());
            if (!images.containsKey(key)) {
                try (InputStream in = image.data().open()) {
                    images.put(key, Digests.ofStream(in));
                }
            }
        }
        return images;
    }

    /**
     * The manifest entry of an article just built.
     *
     * @param settings     the digest of the settings it was built with ({@link #settingsOf})
     * @param source       the name it was read under, which its warnings carry
     * @param sourceKey    the source as the manifest records it
     * @param sourceDigest the digest of the source's bytes, taken from the bytes read (or before
     *                     reading: if the file changed since, the entry does not match it and the
     *                     next build builds again)
     * @param editions     its edition files
     * @param diagnostics  its messages: the warnings about its source are kept, to be shown
     *                     again when it is skipped
     */
    public static BuildManifest.Entry entry(String settings, Path source, String sourceKey, String sourceDigest,
                                            Article article, List<BuildManifest.Edition> editions,
                                            List<Diagnostic> diagnostics) throws IOException {
        Map<String, String> images = images(source, article);
        List<BuildManifest.Warning> warnings = diagnostics.stream()
                .filter(d -> d.severity() == Diagnostic.Severity.WARNING && d.file().equals(source))
                .map(d -> new BuildManifest.Warning(d.line(), d.message())).toList();
        return new BuildManifest.Entry(article.slug(), sourceKey, article(settings, sourceKey, sourceDigest, images),
                List.copyOf(images.keySet()), editions, warnings);
    }

    /**
     * The digest of the settings an article is built with: one changed setting changes every
     * article's inputs. It reads every file of the {@code --templates} folder.
     *
     * @throws UncheckedIOException when the templates folder cannot be read
     */
    public static String settingsOf(BuildContext ctx) {
        return settingsOf(ctx, CodeIdentity.VALUE, "java " + Runtime.version() + " " + System.getProperty("java.vendor", ""));
    }

    /** The settings' digest for a build by the code {@code code} (see {@link CodeIdentity}) on the Java {@code java}. */
    static String settingsOf(BuildContext ctx, String code, String java) {
        MessageDigest md = Digests.sha256();
        Digests.field(md, "pressrun-settings 1");
        Digests.field(md, code);
        Digests.field(md, java);
        Digests.field(md, "formats " + new java.util.TreeSet<>(ctx.formats()));
        Digests.field(md, "paper " + ctx.paper().name());
        Digests.field(md, "strict " + ctx.strict());
        Digests.field(md, "limits " + ctx.limits());
        Digests.field(md, "site " + ctx.site());
        Digests.field(md, "epoch " + ctx.sourceDateEpoch().map(Object::toString).orElse("none"));
        ctx.templates().userFolder().ifPresent(folder -> {
            Digests.field(md, "templates");
            tree(folder).forEach((name, digest) -> {
                Digests.field(md, name);
                Digests.field(md, digest);
            });
        });
        return Digests.hex(md.digest());
    }

    /** Every regular file under {@code root}: its path relative to the root and the digest of its bytes. */
    private static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Digests.ofFile(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The digest of a jar's entries as its central directory lists them: each one's name, size
     * and CRC-32. That is the jar's content without reading it (Pressrun's jar is 22 MB, most of
     * it fonts; a cold article took 1.34 s instead of 1.62 s without digesting its bytes,
     * docs/BENCHMARKS.md); a change to an entry that kept both its size and its CRC-32 would go
     * unseen, a chance of 1 in 2^32 for a changed entry. Entry times are left out: the same
     * content packaged again is the same code.
     */
    static String ofJar(Path jar) throws IOException {
        MessageDigest md = Digests.sha256();
        try (var zip = new ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var e = entries.nextElement();
                Digests.field(md, e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
            }
        }
        return Digests.hex(md.digest());
    }

    /**
     * What this Pressrun is: its version when it is a release; otherwise (a development build,
     * whose code, templates and fonts change without the version changing) the digest of its
     * jar's entries ({@link InputDigests#ofJar}), or of its classes folder and the names of the
     * other jars on the class path. If neither can be found, a value new in every run: nothing is
     * ever skipped.
     */
    private static final class CodeIdentity {
        static final String VALUE = compute();

        private static String compute() {
            String version = InputDigests.class.getPackage().getImplementationVersion();
            if (version != null && !version.endsWith("-SNAPSHOT")) {
                return "pressrun " + version;
            }
            try {
                var source = InputDigests.class.getProtectionDomain().getCodeSource();
                Path code = Path.of(source.getLocation().toURI());
                MessageDigest md = Digests.sha256();
                Digests.field(md, "pressrun " + version);
                if (Files.isDirectory(code)) {
                    tree(code).forEach((name, digest) -> {
                        Digests.field(md, name);
                        Digests.field(md, digest);
                    });
                    for (String entry : classPath()) {
                        Digests.field(md, entry);
                    }
                } else {
                    Digests.field(md, ofJar(code));
                }
                return Digests.hex(md.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown " + UUID.randomUUID();
            }
        }

        /** The file names of the jars on the class path (a dependency's name carries its version). */
        private static List<String> classPath() {
            List<String> names = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (entry.endsWith(".jar")) {
                    names.add(Path.of(entry).getFileName().toString());
                }
            }
            names.sort(null);
            return names;
        }
    }
}
