package io.pressrun.batch;

import io.pressrun.epub.EpubWriter;
import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.ErrorWords;
import io.pressrun.pdf.PdfWriter;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.pressrun.style.ThemeCheck;
import io.pressrun.typeset.Typesetter;
import io.pressrun.typeset.font.FontFiles;
import io.pressrun.typeset.font.MissingGlyphException;
import io.pressrun.typeset.page.TypesetDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The configuration checked once, before any article: the theme, every labels file, the
 * templates and the fonts, and (separately) the output folder. (The hyphenation patterns are
 * bundled, and no templates folder changes them: the tests load each pattern file.) A
 * problem stops the run with one message pointing into the configuration file, instead of
 * failing every article with the same message. Beside explicit checks, a built-in sample
 * article with every kind of element ({@link ProbeArticle}) is typeset, painted and rendered
 * under the user's theme and templates, so every setting the editions read is read once here.
 */
public final class ConfigurationCheck {
    /** The templates the EPUB writer renders. */
    private static final List<String> EPUB_TEMPLATES = List.of("epub/package.opf.ftl", "epub/nav.xhtml.ftl",
            "epub/toc.ncx.ftl", "epub/article.xhtml.ftl", "epub/cover.xhtml.ftl");

    private ConfigurationCheck() {
    }

    /**
     * Checks what the editions asked for in {@code ctx} read from the configuration, when the
     * user's templates folder changes any of it. The bundled configuration alone is not checked
     * again at every start (it would cost a cold run about a second): the test suite checks it
     * ({@link #checkAll}).
     *
     * @throws ConfigurationException with the first problem found
     */
    public static void check(BuildContext ctx) {
        if (ctx.templates().userFolder().isPresent()) {
            checkAll(ctx);
        }
    }

    /** Checks the configuration of {@code ctx}, bundled or not. */
    static void checkAll(BuildContext ctx) {
        Templates templates = ctx.templates();
        for (String language : labelLanguages(templates)) {
            Labels.forLanguage(templates, language).check();
        }
        // the EPUB needs the layout too: its page markers are where the PDF's pages begin
        TypesetDocument layout = checkLayout(ctx, ctx.wants(BuildContext.Format.PDF));
        if (ctx.wants(BuildContext.Format.EPUB)) {
            checkEpub(ctx, layout);
        }
    }

    /** Checks the theme and fonts by typesetting the sample article, and paints it when {@code paint}. */
    private static TypesetDocument checkLayout(BuildContext ctx, boolean paint) {
        Theme theme = ctx.theme();
        ThemeCheck.check(theme, ctx.paper());
        FontFiles fonts = FontFiles.load(theme);
        fonts.checkAll();
        var probe = ProbeArticle.create();
        try {
            var layout = new Typesetter(theme, Labels.forLanguage(ctx.templates(), probe.language()), ctx.paper(),
                    fonts.fontSet()).typeset(probe);
            if (paint) {
                new PdfWriter(new EditionImages(ImageLimits.fromTheme(theme)))
                        .write(probe, layout, Instant.EPOCH, OutputStream.nullOutputStream());
            }
            return layout;
        } catch (MissingGlyphException e) {
            throw theme.problem("fonts", "the theme's fonts cannot set plain English text ("
                    + ErrorWords.clean(e.getMessage()) + "); name fonts that have Latin letters", e);
        } catch (IOException | RuntimeException e) {
            throw unexplained(e, ctx, "the theme cannot set a sample article");
        }
    }

    private static void checkEpub(BuildContext ctx, TypesetDocument layout) {
        Templates templates = ctx.templates();
        for (String name : EPUB_TEMPLATES) {
            templates.parse(name);
        }
        try {
            new EpubWriter(templates, new EditionImages(ImageLimits.fromTheme(ctx.theme())))
                    .write(ProbeArticle.create(), Editions.pageList(ctx.paper(), layout), Instant.EPOCH,
                            OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw unexplained(e, ctx, "the templates cannot write a sample EPUB");
        }
    }

    /**
     * A failure of the sample article: a configuration problem in its causes is reported as
     * it is; anything else with a user's folder is blamed on that folder, and without one it
     * is Pressrun's own fault and goes on as it is.
     */
    private static RuntimeException unexplained(Exception e, BuildContext ctx, String what) {
        var known = ConfigurationException.in(e);
        if (known.isPresent()) {
            return known.get();
        }
        var folder = ctx.templates().userFolder();
        if (folder.isPresent()) {
            return new ConfigurationException(folder.get(), 0, what + " (" + ErrorWords.clean(e.getMessage())
                    + "); check what this folder changes from the bundled templates", e);
        }
        return e instanceof RuntimeException r ? r : new java.io.UncheckedIOException((IOException) e);
    }

    /** English (which every language falls back to) and each language the user's folder has labels for, each once. */
    private static List<String> labelLanguages(Templates templates) {
        Set<String> out = new LinkedHashSet<>(List.of("en"));
        var folder = templates.userFolder();
        if (folder.isPresent() && Files.isDirectory(folder.get().resolve("labels"))) {
            try (Stream<Path> files = Files.list(folder.get().resolve("labels"))) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.toLowerCase(Locale.ROOT).endsWith(".yaml") && !n.startsWith("."))
                        .map(n -> n.substring(0, n.length() - ".yaml".length()))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new ConfigurationException(folder.get().resolve("labels"), 0,
                        "cannot read the labels folder: " + ErrorWords.reason(e), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Makes the output folder when it is missing and proves a file can be written in it (the
     * test file is deleted at once).
     *
     * @throws ConfigurationException naming the folder when it cannot be used
     */
    public static void checkOutputFolder(Path dir) {
        checkFolder(dir, "the output folder", "--out");
    }

    /** Checks that the report can be written: {@code file} is no folder, and its folder is made and writable. */
    public static void checkReportFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new ConfigurationException(file, 0, "the report file is a folder; give " + option
                    + " a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            checkFolder(parent, "the report's folder", option);
        }
    }

    private static void checkFolder(Path dir, String what, String option) {
        String fix = "; choose a folder you can write to with " + option;
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigurationException(dir, 0, what + " is a file, not a folder" + fix);
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new ConfigurationException(dir, 0, "cannot make " + what + ": " + p
                        + " is a file, not a folder" + fix);
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigurationException(dir, 0, "cannot make " + what + " (" + ErrorWords.reason(e) + ")" + fix, e);
        }
        try {
            Path test = Files.createTempFile(dir, ".pressrun-check.", ".part");
            Files.delete(test);
        } catch (IOException e) {
            throw new ConfigurationException(dir, 0, "cannot write into " + what + " (" + ErrorWords.reason(e) + ")"
                    + fix, e);
        }
    }
}
