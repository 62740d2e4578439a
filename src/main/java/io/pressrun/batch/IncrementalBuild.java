package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Skipping what is up to date. Before an article is read, the digest of its source and of the
 * images its last build read is compared with the manifest; when it matches and every edition
 * file is there with the size and SHA-256 recorded, the article is skipped and its files are
 * not touched. Otherwise it is built and its new entry recorded. Anything unexpected (a
 * manifest that cannot be read, an image that is gone, a file that cannot be read) means
 * building, never skipping. Thread-safe: workers check and record articles at once.
 */
final class IncrementalBuild {
    private final Path outDir;
    private final InputDigests digests;
    private final BuildContext ctx;
    private final Map<String, BuildManifest.Entry> previous;
    private final Optional<String> problem;
    /** Entries of this run's articles, by slug: built or skipped. */
    private final Map<String, BuildManifest.Entry> current = new ConcurrentHashMap<>();
    /** The slugs (in lower case) of this run's articles, whatever became of them. */
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    private IncrementalBuild(BuildContext ctx, Path outDir, BuildManifest.Loaded loaded) {
        this.ctx = ctx;
        this.outDir = outDir;
        this.digests = new InputDigests(ctx, outDir);
        this.previous = loaded.entries();
        this.problem = loaded.problem();
    }

    static IncrementalBuild load(BuildContext ctx, Path outDir) {
        return new IncrementalBuild(ctx, outDir, BuildManifest.load(outDir));
    }

    /** Why the manifest found was ignored, if it was. */
    Optional<Diagnostic> problem() {
        return problem.map(why -> Diagnostic.warning(BuildManifest.file(outDir), 0, BuildManifest.ignored(why)));
    }

    /** The digest of the source's bytes as they are now; empty when it cannot be read. */
    Optional<String> sourceDigest(Path source) {
        try {
            if (Files.size(source) > ctx.limits().maxSourceBytes()) {
                return Optional.empty();
            }
            return Optional.of(Digests.ofFile(source));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The article as skipped, when nothing its editions depend on changed and they are all there. */
    Optional<ArticleResult> skip(Path source, String slug, String sourceDigest, long startNanos) {
        BuildManifest.Entry entry = previous.get(slug);
        if (entry == null || !entry.source().equals(digests.sourceKey(source))) {
            return Optional.empty();
        }
        Optional<String> now = digests.articleNow(source, sourceDigest, entry.images(), ctx.limits().maxImageBytes());
        if (now.isEmpty() || !now.get().equals(entry.inputs()) || !editionsIntact(slug, entry.editions())) {
            return Optional.empty();
        }
        current.put(slug, entry);
        List<ArticleResult.Output> outputs = entry.editions().stream()
                .map(e -> new ArticleResult.Output(outDir.resolve(e.file()), e.bytes(), e.sha256())).toList();
        List<Diagnostic> warnings = entry.warnings().stream()
                .map(w -> Diagnostic.warning(source, w.line(), w.message())).toList();
        return Optional.of(new ArticleResult(source, slug, ArticleResult.Status.SKIPPED, outputs, warnings,
                (System.nanoTime() - startNanos) / 1_000_000));
    }

    /** Every edition this run would write is there, as recorded: the same names, sizes and digests. */
    private boolean editionsIntact(String slug, List<BuildManifest.Edition> editions) {
        if (!BuildManifest.editionNames(ctx.formats(), slug).equals(
                editions.stream().map(BuildManifest.Edition::file).toList())) {
            return false;
        }
        try {
            for (BuildManifest.Edition e : editions) {
                Path file = outDir.resolve(e.file());
                if (!Files.isRegularFile(file) || !asRecorded(file, e)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file has the size and SHA-256 the manifest recorded for the edition. */
    private static boolean asRecorded(Path file, BuildManifest.Edition e) throws IOException {
        return Files.size(file) == e.bytes() && Digests.ofFile(file).equals(e.sha256());
    }

    /** Notes that this run dealt with the article of {@code slug}, whatever became of it. */
    void handled(String slug) {
        handled.add(fileKey(slug));
    }

    /**
     * Records a built article.
     *
     * @param sourceDigest the digest of the source taken before it was read: if the file changed
     *                     since, the entry does not match the file and the next build builds again
     */
    void built(Path source, Article article, String sourceDigest, List<ArticleResult.Output> outputs,
               List<Diagnostic> diagnostics) throws IOException {
        List<BuildManifest.Edition> editions = outputs.stream()
                .map(o -> new BuildManifest.Edition(o.file().getFileName().toString(), o.bytes(), o.sha256())).toList();
        current.put(article.slug(), InputDigests.entry(digests.settings(), source, digests.sourceKey(source),
                sourceDigest, article, editions, diagnostics));
    }

    /**
     * The editions of the last build whose article is gone: no source claims their slug (in
     * any part of a sharded batch). Each is named by the part its slug belongs to only.
     *
     * @param claimed   the slugs every source claims, in lower case
     * @param unclaimed the sources whose front matter cannot be read now: the editions of their
     *                  last build are not counted as gone, so that a typo never gets them removed
     */
    List<Orphan> orphans(Set<String> claimed, Set<Path> unclaimed, Shard shard) {
        Set<String> unreadable = new HashSet<>();
        unclaimed.forEach(p -> unreadable.add(digests.sourceKey(p)));
        List<Orphan> orphans = new ArrayList<>();
        for (BuildManifest.Entry e : previous.values()) {
            if (!claimed.contains(fileKey(e.slug())) && !unreadable.contains(e.source()) && shard.contains(e.slug())) {
                orphans.add(new Orphan(e.slug(), e.source(),
                        e.editions().stream().map(ed -> outDir.resolve(ed.file())).toList(), List.of()));
            }
        }
        orphans.sort(Comparator.comparing(Orphan::slug));
        return orphans;
    }

    /**
     * Removes an orphan's edition files that are still as Pressrun wrote them (a file changed
     * since is left, and said so) and forgets its entry.
     */
    Orphan prune(Orphan orphan, List<Diagnostic> notes) {
        BuildManifest.Entry entry = previous.get(orphan.slug());
        List<Path> removed = new ArrayList<>();
        for (BuildManifest.Edition e : entry.editions()) {
            Path file = outDir.resolve(e.file());
            try {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                if (asRecorded(file, e)) {
                    Files.delete(file);
                    removed.add(file);
                } else {
                    notes.add(Diagnostic.warning(file, 0, "not removed: the file changed since Pressrun wrote it"));
                }
            } catch (IOException ex) {
                notes.add(Diagnostic.warning(file, 0, "could not be removed: " + ErrorWords.of(ex)));
            }
        }
        handled.add(fileKey(orphan.slug()));
        return new Orphan(orphan.slug(), orphan.source(), orphan.files(), removed);
    }

    /**
     * Writes the manifest: this run's entries, and the earlier entries of articles this run did
     * not deal with (those of other parts of a sharded batch, and orphans not pruned). An
     * article that failed has no entry: it is built next time.
     */
    void write() throws IOException {
        Map<String, BuildManifest.Entry> all = BuildManifest.merged(previous, handled, current);
        if (all.isEmpty() && previous.isEmpty() && problem.isEmpty()) {
            return; // nothing built, nothing recorded before: no manifest to make
        }
        BuildManifest.write(outDir, digests.settings(), all.values());
    }

    static String fileKey(String slug) {
        return SlugClaims.key(slug);
    }
}
