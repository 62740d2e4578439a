package io.pressrun;

import io.pressrun.batch.ArticleBuild;
import io.pressrun.batch.Batch;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.ConfigurationCheck;
import io.pressrun.source.AssetResolver;
import io.pressrun.source.InputLimits;
import io.pressrun.source.SiteOptions;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Pressrun as a library: turns one article into its PDF and EPUB editions, in memory. The
 * source comes as text or bytes under a name (for messages, and for the slug a file name
 * gives), its images from an {@link AssetResolver}, so articles can come from a disk, from
 * memory or from object storage. Every way Pressrun builds (the command line, its batch, the
 * Spark job) builds each article through the same code, so the same source and settings give
 * the same bytes.
 *
 * <pre>{@code
 * Press press = Press.builder().templates(Path.of("my-templates")).paper(Paper.LETTER).build();
 * PressResult r = press.build("posts/launch.md", markdown, AssetResolver.of(Map.of("lead.jpg", jpeg)));
 * r.pdf().ifPresent(bytes -> store("launch.pdf", bytes));
 * r.diagnostics().forEach(d -> System.err.println(d.format()));
 * }</pre>
 *
 * <p>A {@code Press} is immutable and thread-safe; it holds no global state. What is heavy to
 * load (fonts, hyphenation patterns, templates) is loaded once for the instance: templates and
 * theme when it is built, fonts when the first article is built. Keep one and use it for many
 * articles, from many threads.
 */
public final class Press {
    private final ArticleBuild build;

    private Press(ArticleBuild build) {
        this.build = build;
    }

    /** A builder with the command line's defaults: bundled templates, A4, both formats, no epoch. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an article given as bytes.
     *
     * @param name   the article's path as the user knows it ({@code posts/launch.md}): it starts
     *               every message, and its file name gives the slug (and a Jekyll post's date)
     *               when the front matter does not
     * @param source the source, UTF-8
     * @param assets where the article's images come from
     * @throws IllegalArgumentException when {@code name} is not a path
     */
    public PressResult build(String name, byte[] source, AssetResolver assets) {
        return build(name, source, assets, ArticleBuild.Guard.NONE);
    }

    /**
     * Builds an article given as bytes, unless {@code guard} refuses it once it is read: then it
     * fails with the guard's error after its own warnings, as the batch refuses an article whose
     * slug another claims.
     */
    public PressResult build(String name, byte[] source, AssetResolver assets, ArticleBuild.Guard guard) {
        Path path = Path.of(name);
        byte[] bytes = source.clone();
        return PressResult.of(build.build(path, reader -> reader.read(path, bytes, assets), guard));
    }

    /** Builds an article given as text; see {@link #build(String, byte[], AssetResolver)}. */
    public PressResult build(String name, String source, AssetResolver assets) {
        return build(name, source.getBytes(StandardCharsets.UTF_8), assets);
    }

    /** Builds an article file, its images read beside it (or in its website's folder), as the command line does. */
    public PressResult build(Path file) {
        return PressResult.of(build.build(file, reader -> reader.read(file)));
    }

    /**
     * A batch that builds articles with this press and writes their editions into {@code outDir}
     * (what {@code pressrun build} runs); it shares this press's loaded fonts.
     */
    public Batch batch(Path outDir, int jobs, Batch.Options options) {
        return new Batch(build, outDir, jobs, options);
    }

    /** The settings this press builds with. */
    public BuildContext context() {
        return build.context();
    }

    /**
     * The settings of a {@link Press}, as the command line takes them. Not thread-safe; the
     * press it builds is.
     */
    public static final class Builder {
        private Templates templates = Templates.bundled();
        private Paper paper = Paper.A4;
        private Set<BuildContext.Format> formats = EnumSet.allOf(BuildContext.Format.class);
        private boolean strict;
        private Optional<Instant> sourceDateEpoch = Optional.empty();
        private InputLimits limits = InputLimits.DEFAULT;
        private SiteOptions site = SiteOptions.NONE;
        private boolean debug;

        private Builder() {
        }

        /**
         * A folder of templates, {@code theme.yaml} and {@code labels/} over the bundled ones
         * ({@code --templates}).
         *
         * @throws IllegalArgumentException when it is not a folder
         */
        public Builder templates(Path folder) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("--templates " + folder + ": no such folder");
            }
            return templates(Templates.withOverrides(folder));
        }

        /** The templates, theme and labels to use. */
        public Builder templates(Templates templates) {
            this.templates = Objects.requireNonNull(templates, "templates");
            return this;
        }

        /** The PDF's paper size ({@code --paper}). */
        public Builder paper(Paper paper) {
            this.paper = Objects.requireNonNull(paper, "paper");
            return this;
        }

        /** Which editions to make ({@code --format}); at least one. */
        public Builder formats(Set<BuildContext.Format> formats) {
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("no edition format asked for: use pdf, epub or pdf,epub");
            }
            this.formats = EnumSet.copyOf(formats);
            return this;
        }

        /** Warnings are errors: an article with a warning fails ({@code --strict}). */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The one timestamp written into every edition; without it, each article's own date is
         * written. The same source and settings then give the same bytes.
         */
        public Builder sourceDateEpoch(Instant epoch) {
            this.sourceDateEpoch = Optional.of(epoch);
            return this;
        }

        /**
         * The timestamp from {@code SOURCE_DATE_EPOCH} in {@code env}, when set.
         *
         * @throws IllegalArgumentException when it is not whole seconds
         */
        public Builder environment(Map<String, String> env) {
            this.sourceDateEpoch = BuildContext.sourceDateEpoch(env);
            return this;
        }

        /** The largest source and image accepted. */
        public Builder limits(InputLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** How articles of a website are read ({@code --site-root}, {@code --base-url}, {@code --drafts}). */
        public Builder site(SiteOptions site) {
            this.site = Objects.requireNonNull(site, "site");
            return this;
        }

        /** Add the stack trace to messages about unexpected failures ({@code --debug}). */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /**
         * The press, its templates and theme read and, when a templates folder changes them,
         * checked by building a sample article.
         *
         * @throws ConfigurationException with the first problem found in the configuration
         */
        public Press build() {
            BuildContext ctx = new BuildContext(sourceDateEpoch, Set.copyOf(formats), paper, strict, limits, templates,
                    Theme.load(templates), site);
            ConfigurationCheck.check(ctx);
            return new Press(new ArticleBuild(ctx, debug));
        }
    }
}
