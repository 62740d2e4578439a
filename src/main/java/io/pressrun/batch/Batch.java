package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.ArticleReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds many articles in one JVM, in parallel. Every article is read first, so that two
 * articles claiming one slug (letter case aside) are both refused before anything is written;
 * then the editions are written. One article's failure never stops the others.
 */
public final class Batch {
    private final BuildContext ctx;
    private final Path outDir;
    private final int jobs;
    private final EditionBuilder editions;
    private final boolean debug;

    public Batch(BuildContext ctx, Path outDir, int jobs) {
        this(ctx, outDir, jobs, false);
    }

    /** @param debug add the stack trace to the message of an article that failed unexpectedly */
    public Batch(BuildContext ctx, Path outDir, int jobs, boolean debug) {
        this.ctx = ctx;
        this.outDir = outDir;
        this.jobs = Math.max(1, jobs);
        this.editions = new EditionBuilder(ctx);
        this.debug = debug;
    }

    /** The outcome of reading one source. */
    private record Read(Path source, Article article, List<Diagnostic> diagnostics, long millis) {
        boolean ok() {
            return article != null;
        }
    }

    /** Builds every source; {@code onEach} hears of each article as it finishes, in source order. */
    public List<ArticleResult> run(List<Path> sources, Consumer<ArticleResult> onEach) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "pressrun-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Read> reads = all(pool, sources, this::read);
            Map<String, List<Read>> bySlug = new HashMap<>();
            for (Read r : reads) {
                if (r.ok()) {
                    bySlug.computeIfAbsent(fileKey(r.article().slug()), k -> new ArrayList<>()).add(r);
                }
            }
            List<ArticleResult> results = all(pool, reads, r -> finish(r, bySlug));
            results.forEach(onEach);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private ArticleResult finish(Read r, Map<String, List<Read>> bySlug) {
        if (!r.ok()) {
            return new ArticleResult(r.source(), "", false, List.of(), r.diagnostics(), r.millis());
        }
        String slug = r.article().slug();
        List<Read> claimants = bySlug.get(fileKey(slug));
        if (claimants.size() > 1) {
            List<Diagnostic> d = new ArrayList<>(r.diagnostics());
            String others = claimants.stream().filter(c -> c != r)
                    .map(c -> c.source() + (c.article().slug().equals(slug) ? "" : " (as '" + c.article().slug() + "')"))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            boolean caseDiffers = claimants.stream().anyMatch(c -> !c.article().slug().equals(slug));
            d.add(Diagnostic.error(r.source(), 0, "slug '" + slug + "' is also the slug of " + others
                    + (caseDiffers ? "; file names that differ only in letter case are one file on macOS and Windows" : "")
                    + "; give each article its own 'slug:' so no edition overwrites another"));
            return new ArticleResult(r.source(), slug, false, List.of(), d, r.millis());
        }
        long start = System.nanoTime();
        List<Diagnostic> d = new ArrayList<>(r.diagnostics());
        try {
            List<Path> outputs = editions.write(r.article(), outDir);
            return new ArticleResult(r.source(), slug, true, outputs, d, r.millis() + millisSince(start));
        } catch (ArticleException e) {
            d.add(e.diagnostic());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            d.add(Failures.of(r.source(), "write the editions", e, debug));
        }
        return new ArticleResult(r.source(), slug, false, List.of(), d, r.millis() + millisSince(start));
    }

    /** Slugs that differ only in letter case name one file on case-insensitive file systems. */
    private static String fileKey(String slug) {
        return slug.toLowerCase(Locale.ROOT);
    }

    private Read read(Path source) {
        long start = System.nanoTime();
        try {
            ArticleReader.Result result = new ArticleReader(ctx.templates(), ctx.limits()).read(source);
            if (ctx.strict() && !result.warnings().isEmpty()) {
                List<Diagnostic> asErrors = result.warnings().stream()
                        .map(w -> Diagnostic.error(w.file(), w.line(), w.message() + " (--strict)"))
                        .toList();
                return new Read(source, null, asErrors, millisSince(start));
            }
            return new Read(source, result.article(), result.warnings(), millisSince(start));
        } catch (ArticleException e) {
            return new Read(source, null, List.of(e.diagnostic()), millisSince(start));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Read(source, null, List.of(Failures.of(source, "read the article", e, debug)),
                    millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static <A, B> List<B> all(ExecutorService pool, List<A> items, Function<A, B> work) {
        List<Future<B>> futures = new ArrayList<>();
        for (A item : items) {
            futures.add(pool.submit(() -> work.apply(item)));
        }
        List<B> out = new ArrayList<>();
        try {
            for (Future<B> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure in a build worker", e.getCause());
        }
        return out;
    }
}
