package io.pressrun.batch;

import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
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
import java.util.concurrent.Executor;
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
 * others there are. With fewer articles than workers (a single article, say), the idle workers
 * make each article's EPUB pictures while it is typeset ({@link ArticleBuild}), a little sooner
 * done than one after the other (docs/BENCHMARKS.md).
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
    private final ArticleBuild build;
    private final Path outDir;
    private final int jobs;
    private final boolean debug;
    private final Options options;

    public Batch(BuildContext ctx, Path outDir, int jobs) {
        this(ctx, outDir, jobs, false);
    }

    /** @param debug add the stack trace to the message of an article that failed unexpectedly */
    public Batch(BuildContext ctx, Path outDir, int jobs, boolean debug) {
        this(ctx, outDir, jobs, debug, Options.PLAIN);
    }

    public Batch(BuildContext ctx, Path outDir, int jobs, boolean debug, Options options) {
        this(new ArticleBuild(ctx, debug), outDir, jobs, options);
    }

    /**
     * A batch that builds each article with {@code build}, as a single article is built
     * ({@code io.pressrun.Press}), and writes its editions into {@code outDir}.
     */
    public Batch(ArticleBuild build, Path outDir, int jobs, Options options) {
        this.ctx = build.context();
        this.build = build;
        this.debug = build.debug();
        this.outDir = outDir;
        this.jobs = Math.max(1, jobs);
        this.options = options;
    }

    /** The slug a source claims, from its front matter; empty when that cannot be read. */
    private record Claim(Path source, Optional<String> slug) {
        /** The part of a sharded batch a source belongs to: by its slug, else by its file name's. */
        String shardKey() {
            return slug.orElseGet(() -> SlugReader.fromFileName(source));
        }

        /** This claim, of a source whose slug is known. */
        SlugClaims.Claim asClaim() {
            return new SlugClaims.Claim(source, slug.orElseThrow());
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
            Executor spare = spare(part.size(), jobs, pool);
            InOrder.run(pool, window, part, c -> article(c, bySlug, incremental, spare),
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

    /**
     * The workers' pool, for each article's side work, when it has fewer {@code articles} than
     * {@code jobs}: then some workers would be idle, and an article's work never waits for its
     * side work to find a free worker. Else null: every worker builds an article.
     */
    static Executor spare(int articles, int jobs, ExecutorService pool) {
        return articles < jobs ? pool : null;
    }

    /** Reads, builds and writes one article, unless it is up to date; then it is let go of. */
    private ArticleResult article(Claim claim, Map<String, List<Claim>> bySlug, IncrementalBuild incremental,
                                  Executor spare) {
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

        ArticleBuild.Outcome made = build.build(source, reader -> reader.read(source), article -> {
            if (conflict) {
                return Optional.of(conflict(claim, claimants));
            }
            if (article.isPresent() && !claim.slug().equals(Optional.of(article.get().slug()))) {
                return Optional.of(SlugClaims.changed(source, article.get().slug()));
            }
            return Optional.empty();
        }, spare);
        String slug = made.slug().isEmpty() ? claim.slug().orElse("") : made.slug();
        List<Diagnostic> d = new ArrayList<>(made.diagnostics());
        if (made.status() != ArticleResult.Status.BUILT) {
            return new ArticleResult(source, slug, made.status(), List.of(), d, millisSince(start));
        }
        try {
            List<ArticleResult.Output> outputs = OutputFiles.write(outDir, made.editions());
            if (incremental != null && sourceDigest.isPresent()) {
                incremental.built(source, made.article().get(), sourceDigest.get(), outputs, d);
            }
            return new ArticleResult(source, slug, ArticleResult.Status.BUILT, outputs, d, millisSince(start));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            d.add(Failures.of(source, "write the editions", e, debug));
        }
        return ArticleResult.failed(source, slug, d, millisSince(start));
    }

    private static Diagnostic conflict(Claim self, List<Claim> claimants) {
        return SlugClaims.conflict(self.asClaim(), claimants.stream().map(Claim::asClaim).toList());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
