package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
import io.pressrun.source.ArticleReader;
import io.pressrun.source.SlugReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Builds many articles in one JVM, in parallel, in memory that does not grow with the batch.
 * A first pass reads only each source's front matter, for the slug it claims, so that two
 * articles claiming one slug (letter case aside) are both refused before anything is written.
 * Then each worker reads, builds, writes and lets go of one article at a time; results come out
 * in source order. One article's failure never stops the others, and never depends on how many
 * others there are.
 *
 * <p>With {@link Options#incremental()}, a manifest beside the editions records what each
 * article's editions were built from, and an article whose inputs and editions are unchanged is
 * skipped ({@link IncrementalBuild}).
 */
public final class Batch {
    /**
     * How a batch runs.
     *
     * @param shard       the part of the articles to build; slug conflicts are still found among all
     * @param incremental keep a manifest beside the editions and skip articles that are up to date
     * @param force       build every article even when it is up to date (the manifest is still written)
     * @param prune       remove the editions of articles that are gone
     */
    public record Options(Shard shard, boolean incremental, boolean force, boolean prune) {
        /** The whole batch, every article built, no manifest. */
        public static final Options PLAIN = new Options(Shard.ALL, false, false, false);
    }

    private final BuildContext ctx;
    private final Path outDir;
    private final int jobs;
    private final boolean debug;
    private final Options options;
    private volatile EditionBuilder editions;

    public Batch(BuildContext ctx, Path outDir, int jobs) {
        this(ctx, outDir, jobs, false);
    }

    /** @param debug add the stack trace to the message of an article that failed unexpectedly */
    public Batch(BuildContext ctx, Path outDir, int jobs, boolean debug) {
        this(ctx, outDir, jobs, debug, Options.PLAIN);
    }

    public Batch(BuildContext ctx, Path outDir, int jobs, boolean debug, Options options) {
        this.ctx = ctx;
        this.outDir = outDir;
        this.jobs = Math.max(1, jobs);
        this.debug = debug;
        this.options = options;
    }

    /** The slug a source claims, from its front matter; empty when that cannot be read. */
    private record Claim(Path source, Optional<String> slug) {
        /** The part of a sharded batch a source belongs to: by its slug, else by its file name's. */
        String shardKey() {
            return slug.orElseGet(() -> SlugReader.fromFileName(source));
        }
    }

    /** Builds every source; {@code onEach} hears of each article as it finishes, in source order. */
    public List<ArticleResult> run(List<Path> sources, Consumer<ArticleResult> onEach) {
        return build(sources, onEach).results();
    }

    /** Builds every source; {@code onEach} hears of each article as it finishes, in source order. */
    public BatchOutcome build(List<Path> sources, Consumer<ArticleResult> onEach) {
        return build(sources, n -> { }, onEach);
    }

    /**
     * Builds the sources of this batch's part.
     *
     * @param started hears how many articles the part has, once the first pass has found them
     * @param onEach  hears of each article as it finishes, in source order
     */
    public BatchOutcome build(List<Path> sources, IntConsumer started, Consumer<ArticleResult> onEach) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "pressrun-worker");
            t.setDaemon(true);
            return t;
        });
        int window = 4 * jobs;
        try {
            List<Claim> claims = new ArrayList<>(sources.size());
            InOrder.run(pool, 16 * jobs, sources, s -> new Claim(s, SlugReader.read(s, ctx.limits())),
                    (s, e) -> new Claim(s, Optional.empty()), claims::add);
            Map<String, List<Claim>> bySlug = new HashMap<>();
            for (Claim c : claims) {
                c.slug().ifPresent(s -> bySlug.computeIfAbsent(IncrementalBuild.fileKey(s), k -> new ArrayList<>()).add(c));
            }
            List<Claim> part = claims.stream().filter(c -> options.shard().contains(c.shardKey())).toList();

            started.accept(part.size());
            IncrementalBuild incremental = options.incremental() ? IncrementalBuild.load(ctx, outDir) : null;
            List<Diagnostic> notes = new ArrayList<>();
            if (incremental != null) {
                incremental.problem().ifPresent(notes::add);
            }
            List<ArticleResult> results = new ArrayList<>(part.size());
            InOrder.run(pool, window, part, c -> article(c, bySlug, incremental),
                    (c, e) -> ArticleResult.failed(c.source(), c.slug().orElse(""),
                            List.of(Failures.of(c.source(), "build the article", e, debug)), 0),
                    r -> {
                        results.add(r);
                        onEach.accept(r);
                    });

            List<Orphan> orphans = new ArrayList<>();
            if (incremental != null) {
                Set<Path> unclaimed = new HashSet<>();
                claims.stream().filter(c -> c.slug().isEmpty()).forEach(c -> unclaimed.add(c.source()));
                for (Orphan o : incremental.orphans(bySlug.keySet(), unclaimed, options.shard())) {
                    orphans.add(options.prune() ? incremental.prune(o, notes) : o);
                }
                try {
                    incremental.write();
                } catch (IOException e) {
                    notes.add(Diagnostic.warning(BuildManifest.file(outDir), 0, "could not write the build manifest,"
                            + " so the next build builds every article again: " + ErrorWords.of(e)));
                }
            }
            return new BatchOutcome(results, orphans, notes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads, builds and writes one article, unless it is up to date; then it is let go of. */
    private ArticleResult article(Claim claim, Map<String, List<Claim>> bySlug, IncrementalBuild incremental) {
        long start = System.nanoTime();
        Path source = claim.source();
        List<Claim> claimants = claim.slug().map(s -> bySlug.get(IncrementalBuild.fileKey(s))).orElse(List.of());
        boolean conflict = claimants.size() > 1;
        if (incremental != null) {
            claim.slug().ifPresent(incremental::handled);
        }
        Optional<String> sourceDigest = Optional.empty();
        if (incremental != null && !conflict) {
            sourceDigest = incremental.sourceDigest(source);
            if (!options.force() && sourceDigest.isPresent() && claim.slug().isPresent()) {
                Optional<ArticleResult> skipped = incremental.skip(source, claim.slug().get(), sourceDigest.get(), start);
                if (skipped.isPresent()) {
                    return skipped.get();
                }
            }
        }

        List<Diagnostic> d = new ArrayList<>();
        ArticleReader.Result result = read(source, d);
        Article article = result == null ? null : result.article();
        String slug = article != null ? article.slug() : claim.slug().orElse("");
        if (conflict) {
            d.add(conflict(source, claim.slug().get(), claimants, claim));
            return ArticleResult.failed(source, slug, d, millisSince(start));
        }
        if (article == null) {
            return ArticleResult.failed(source, slug, d, millisSince(start));
        }
        if (result.draft() && !ctx.site().drafts()) {
            d.add(Diagnostic.note(source, 0, "a draft: not built (--drafts builds drafts too)"));
            return new ArticleResult(source, slug, ArticleResult.Status.SKIPPED, List.of(), d, millisSince(start));
        }
        if (claim.slug().isEmpty() || !claim.slug().get().equals(slug)) {
            d.add(Diagnostic.error(source, 0, "the file changed while the batch was built (its slug is now '" + slug
                    + "'); build again"));
            return ArticleResult.failed(source, slug, d, millisSince(start));
        }
        try {
            List<ArticleResult.Output> outputs = editions().write(article, outDir);
            if (incremental != null && sourceDigest.isPresent()) {
                incremental.built(source, article, sourceDigest.get(), outputs, d);
            }
            return new ArticleResult(source, slug, ArticleResult.Status.BUILT, outputs, d, millisSince(start));
        } catch (ArticleException e) {
            d.add(e.diagnostic());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            d.add(Failures.of(source, "write the editions", e, debug));
        }
        return ArticleResult.failed(source, slug, d, millisSince(start));
    }

    private static Diagnostic conflict(Path source, String slug, List<Claim> claimants, Claim self) {
        String others = claimants.stream().filter(c -> c != self)
                .map(c -> c.source() + (c.slug().get().equals(slug) ? "" : " (as '" + c.slug().get() + "')"))
                .reduce((a, b) -> a + ", " + b).orElse("");
        boolean caseDiffers = claimants.stream().anyMatch(c -> !c.slug().get().equals(slug));
        return Diagnostic.error(source, 0, "slug '" + slug + "' is also the slug of " + others
                + (caseDiffers ? "; file names that differ only in letter case are one file on macOS and Windows" : "")
                + "; give each article its own 'slug:' so no edition overwrites another");
    }

    /** The article read, or null with its errors added to {@code d}; its warnings are added either way. */
    private ArticleReader.Result read(Path source, List<Diagnostic> d) {
        try {
            ArticleReader.Result result = new ArticleReader(ctx.templates(), ctx.limits(), ctx.site()).read(source);
            if (ctx.strict() && !result.warnings().isEmpty()) {
                result.warnings().stream()
                        .map(w -> Diagnostic.error(w.file(), w.line(), w.message() + " (--strict)"))
                        .forEach(d::add);
                return null;
            }
            d.addAll(result.warnings());
            return result;
        } catch (ArticleException e) {
            d.addAll(e.diagnostics());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            d.add(Failures.of(source, "read the article", e, debug));
        }
        return null;
    }

    /** The editions' writer, made (fonts read) when the first article is built, not for a batch that skips all. */
    private EditionBuilder editions() {
        EditionBuilder e = editions;
        if (e == null) {
            synchronized (this) {
                e = editions;
                if (e == null) {
                    e = new EditionBuilder(ctx);
                    editions = e;
                }
            }
        }
        return e;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
