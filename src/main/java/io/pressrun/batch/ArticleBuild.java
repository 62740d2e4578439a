package io.pressrun.batch;

import io.pressrun.epub.EpubWriter;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.ArticleReader;
import io.pressrun.typeset.page.TypesetDocument;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The one way an article becomes its editions, whoever builds it (the library's {@code Press},
 * the batch, the Spark job): read (under {@code --strict} a warning is an error), a draft left
 * unbuilt unless drafts are asked for, typeset once, each edition made in memory. Writing the
 * bytes somewhere is the caller's part. The fonts are loaded when the first article is built,
 * once for this object. Thread-safe.
 */
public final class ArticleBuild {
    /** How an article's source is read: a file, or bytes with the resolver of its images. */
    @FunctionalInterface
    public interface Reading {
        ArticleReader.Result read(ArticleReader reader);
    }

    /** A check made once the article is read (empty when it could not be): the error that stops it, if any. */
    @FunctionalInterface
    public interface Guard {
        Guard NONE = article -> Optional.empty();

        Optional<Diagnostic> refuse(Optional<Article> article);
    }

    /** One edition in memory: its file name in the output folder ({@code <slug>.pdf}) and its bytes. */
    public record Edition(BuildContext.Format format, String fileName, byte[] bytes) {
        /** The SHA-256 of the bytes, lower-case hex, as reports and manifests give it. */
        public String sha256() {
            return Digests.hex(Digests.sha256().digest(bytes));
        }
    }

    /**
     * What became of the article.
     *
     * @param status   {@code BUILT} when its editions were made, {@code SKIPPED} for a draft, else {@code FAILED}
     * @param slug     empty when the source could not be read far enough to know it
     * @param article  the article read, when it could be
     * @param editions the editions made, in the order PDF, EPUB; none unless built
     */
    public record Outcome(ArticleResult.Status status, String slug, Optional<Article> article, List<Edition> editions,
                          List<Diagnostic> diagnostics) {
        public Outcome {
            editions = List.copyOf(editions);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final BuildContext ctx;
    private final boolean debug;
    private volatile Editions editions;

    /** @param debug add the stack trace to the message of an article that failed unexpectedly */
    public ArticleBuild(BuildContext ctx, boolean debug) {
        this.ctx = ctx;
        this.debug = debug;
    }

    public BuildContext context() {
        return ctx;
    }

    /** Whether messages about unexpected failures carry their stack trace. */
    public boolean debug() {
        return debug;
    }

    /** Builds an article read under {@code name} (in messages) the way {@code reading} says. */
    public Outcome build(Path name, Reading reading) {
        return build(name, reading, Guard.NONE);
    }

    /** Builds an article, unless {@code guard} refuses it once it is read. */
    public Outcome build(Path name, Reading reading, Guard guard) {
        return build(name, reading, guard, null);
    }

    /**
     * Builds an article, unless {@code guard} refuses it once it is read; with {@code spare} (a
     * thread that would otherwise wait), the EPUB's pictures and cover are made there while the
     * article is typeset and its PDF painted. The editions are the same either way.
     */
    public Outcome build(Path name, Reading reading, Guard guard, Executor spare) {
        List<Diagnostic> d = new ArrayList<>();
        ArticleReader.Result result = read(name, reading, d);
        Optional<Article> article = Optional.ofNullable(result).map(ArticleReader.Result::article);
        String slug = article.map(Article::slug).orElse("");
        Optional<Diagnostic> refused = guard.refuse(article);
        if (refused.isPresent() || article.isEmpty()) {
            refused.ifPresent(d::add);
            return new Outcome(ArticleResult.Status.FAILED, slug, article, List.of(), d);
        }
        if (result.draft() && !ctx.site().drafts()) {
            d.add(Diagnostic.note(name, 0, "a draft: not built (--drafts builds drafts too)"));
            return new Outcome(ArticleResult.Status.SKIPPED, slug, article, List.of(), d);
        }
        try {
            return new Outcome(ArticleResult.Status.BUILT, slug, article, editions(article.get(), spare), d);
        } catch (ArticleException e) {
            d.add(e.diagnostic());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            d.add(Failures.of(name, "write the editions", e, debug));
        }
        return new Outcome(ArticleResult.Status.FAILED, slug, article, List.of(), d);
    }

    /** The article read, or null with its errors added to {@code d}; its warnings are added either way. */
    private ArticleReader.Result read(Path name, Reading reading, List<Diagnostic> d) {
        try {
            ArticleReader.Result result = reading.read(new ArticleReader(ctx.templates(), ctx.limits(), ctx.site()));
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
            d.add(Failures.of(name, "read the article", e, debug));
        }
        return null;
    }

    /**
     * The editions asked for. The article is typeset once: the PDF paints the layout, the EPUB
     * marks where its pages begin (with the EPUB alone, it is typeset for that; see
     * {@link Editions#writeEpub(Article, java.io.OutputStream)}). With both and a {@code spare}
     * thread, the EPUB's pictures are made there meanwhile.
     */
    private List<Edition> editions(Article article, Executor spare) throws java.io.IOException {
        Editions e = editions();
        List<Edition> made = new ArrayList<>(2);
        if (ctx.wants(BuildContext.Format.PDF)) {
            boolean epubToo = ctx.wants(BuildContext.Format.EPUB);
            // without a spare thread, made here first: the same work in another order
            CompletableFuture<EpubWriter.Pictures> pictures = epubToo
                    ? onSpare(() -> e.epubPictures(article), spare != null ? spare : Runnable::run) : null;
            TypesetDocument layout = e.layout(article);
            var pdf = new ByteArrayOutputStream();
            e.writePdf(article, layout, pdf);
            made.add(new Edition(BuildContext.Format.PDF, article.slug() + ".pdf", pdf.toByteArray()));
            if (epubToo) {
                var epub = new ByteArrayOutputStream();
                e.writeEpub(article, layout, joined(pictures), epub);
                made.add(new Edition(BuildContext.Format.EPUB, article.slug() + ".epub", epub.toByteArray()));
            }
        } else if (ctx.wants(BuildContext.Format.EPUB)) {
            var epub = new ByteArrayOutputStream();
            e.writeEpub(article, epub);
            made.add(new Edition(BuildContext.Format.EPUB, article.slug() + ".epub", epub.toByteArray()));
        }
        return made;
    }

    /**
     * {@code work}, being done on {@code spare}: its result, or what it threw; done here, before
     * this returns, when {@code spare} refuses it.
     */
    static <T> CompletableFuture<T> onSpare(Callable<T> work, Executor spare) {
        var result = new CompletableFuture<T>();
        Runnable run = () -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        try {
            spare.execute(run);
        } catch (RejectedExecutionException refused) {
            run.run();
        }
        return result;
    }

    /** The result of {@link #onSpare}'s work once done, or what stopped it, thrown here as it was thrown there. */
    static <T> T joined(CompletableFuture<T> work) throws java.io.IOException {
        try {
            return work.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The editions' writers, made (fonts read) when the first article is built, not for a batch that skips all. */
    private Editions editions() {
        Editions e = editions;
        if (e == null) {
            synchronized (this) {
                e = editions;
                if (e == null) {
                    e = new Editions(ctx);
                    editions = e;
                }
            }
        }
        return e;
    }
}
