package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.ArticleReader;
import io.pressrun.source.SlugReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Builds many articles in one JVM, in parallel, in memory that does not grow with the batch.
 * A first pass reads only each source's front matter, for the slug it claims, so that two
 * articles claiming one slug (letter case aside) are both refused before anything is written.
 * Then each worker reads, builds, writes and lets go of one article at a time; results come out
 * in source order. One article's failure never stops the others, and never depends on how many
 * others there are.
 */
public final class Batch {
    private final BuildContext ctx;
    private final Path outDir;
    private final int jobs;
    private final boolean debug;
    private volatile EditionBuilder editions;

    public Batch(BuildContext ctx, Path outDir, int jobs) {
        this(ctx, outDir, jobs, false);
    }

    /** @param debug add the stack trace to the message of an article that failed unexpectedly */
    public Batch(BuildContext ctx, Path outDir, int jobs, boolean debug) {
        this.ctx = ctx;
        this.outDir = outDir;
        this.jobs = Math.max(1, jobs);
        this.debug = debug;
    }

    /** The slug a source claims, from its front matter; empty when that cannot be read. */
    private record Claim(Path source, Optional<String> slug) {
    }

    /** Builds every source; {@code onEach} hears of each article as it finishes, in source order. */
    public List<ArticleResult> run(List<Path> sources, Consumer<ArticleResult> onEach) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "pressrun-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Claim> claims = new ArrayList<>(sources.size());
            InOrder.run(pool, 16 * jobs, sources, s -> new Claim(s, SlugReader.read(s, ctx.limits())),
                    (s, e) -> new Claim(s, Optional.empty()), claims::add);
            Map<String, List<Claim>> bySlug = new HashMap<>();
            for (Claim c : claims) {
                c.slug().ifPresent(s -> bySlug.computeIfAbsent(fileKey(s), k -> new ArrayList<>()).add(c));
            }
            List<ArticleResult> results = new ArrayList<>(claims.size());
            InOrder.run(pool, 4 * jobs, claims, c -> article(c, bySlug),
                    (c, e) -> ArticleResult.failed(c.source(), c.slug().orElse(""),
                            List.of(Failures.of(c.source(), "build the article", e, debug)), 0),
                    r -> {
                        results.add(r);
                        onEach.accept(r);
                    });
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads, builds and writes one article; then it is let go of. */
    private ArticleResult article(Claim claim, Map<String, List<Claim>> bySlug) {
        long start = System.nanoTime();
        Path source = claim.source();
        List<Claim> claimants = claim.slug().map(s -> bySlug.get(fileKey(s))).orElse(List.of());
        List<Diagnostic> d = new ArrayList<>();
        Article article = read(source, d);
        String slug = article != null ? article.slug() : claim.slug().orElse("");
        if (claimants.size() > 1) {
            d.add(conflict(source, claim.slug().get(), claimants, claim));
            return ArticleResult.failed(source, slug, d, millisSince(start));
        }
        if (article == null) {
            return ArticleResult.failed(source, slug, d, millisSince(start));
        }
        if (claim.slug().isEmpty() || !claim.slug().get().equals(slug)) {
            d.add(Diagnostic.error(source, 0, "the file changed while the batch was built (its slug is now '" + slug
                    + "'); build again"));
            return ArticleResult.failed(source, slug, d, millisSince(start));
        }
        try {
            List<ArticleResult.Output> outputs = editions().write(article, outDir);
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

    /** Slugs that differ only in letter case name one file on case-insensitive file systems. */
    private static String fileKey(String slug) {
        return slug.toLowerCase(Locale.ROOT);
    }

    /** The article, or null with its errors added to {@code d}; its warnings are added either way. */
    private Article read(Path source, List<Diagnostic> d) {
        try {
            ArticleReader.Result result = new ArticleReader(ctx.templates(), ctx.limits()).read(source);
            if (ctx.strict() && !result.warnings().isEmpty()) {
                result.warnings().stream()
                        .map(w -> Diagnostic.error(w.file(), w.line(), w.message() + " (--strict)"))
                        .forEach(d::add);
                return null;
            }
            d.addAll(result.warnings());
            return result.article();
        } catch (ArticleException e) {
            d.add(e.diagnostic());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            d.add(Failures.of(source, "read the article", e, debug));
        }
        return null;
    }

    /** The editions' writer, made (fonts read) when the first article is built. */
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
