package io.pressrun.batch;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.ArticleReader;
import io.pressrun.typeset.LayoutDump;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article read and laid out as a build would, and listed as a {@link LayoutDump}: what
 * {@code pressrun layout} prints and the golden layout tests compare. Fonts are loaded once,
 * when constructed. Thread-safe.
 */
public final class LayoutListing {
    private final BuildContext ctx;
    private final Editions editions;

    public LayoutListing(BuildContext ctx) {
        this.ctx = ctx;
        this.editions = new Editions(ctx);
    }

    /**
     * The listing, and the warnings and errors met.
     *
     * @param dump null when the article could not be read or laid out (then an error says why)
     */
    public record Result(String dump, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    public Result list(Path source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            ArticleReader.Result read = new ArticleReader(ctx.templates(), ctx.limits(), ctx.site()).read(source);
            diagnostics.addAll(read.warnings());
            return new Result(LayoutDump.of(editions.layout(read.article())), diagnostics);
        } catch (ArticleException e) {
            diagnostics.addAll(e.diagnostics());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            diagnostics.add(Failures.of(source, "lay out the article", e, false));
        }
        return new Result(null, diagnostics);
    }
}
