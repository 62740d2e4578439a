package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.source.InputLimits;
import io.pressrun.source.SiteOptions;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a build reads from the outside world, read once: the clock, the settings, the
 * templates and theme. Every output is a function of the article and this context.
 *
 * @param sourceDateEpoch from {@code SOURCE_DATE_EPOCH}, when set
 * @param formats         which editions to write
 * @param paper           the PDF's paper size
 * @param strict          warnings are errors
 * @param limits          input size limits
 * @param site            how articles of a website are read (site root, base address, drafts)
 */
public record BuildContext(
        Optional<Instant> sourceDateEpoch,
        Set<Format> formats,
        Paper paper,
        boolean strict,
        InputLimits limits,
        Templates templates,
        Theme theme,
        SiteOptions site) {

    public enum Format {
        PDF, EPUB;

        /**
         * The formats {@code --format} names ({@code pdf}, {@code epub}, any case).
         *
         * @throws IllegalArgumentException for any other name
         */
        public static Set<Format> parse(List<String> names) {
            Set<Format> set = EnumSet.noneOf(Format.class);
            for (String f : names) {
                switch (f.trim().toLowerCase(Locale.ROOT)) {
                    case "pdf" -> set.add(PDF);
                    case "epub" -> set.add(EPUB);
                    default -> throw new IllegalArgumentException("unknown format '" + f + "': use pdf, epub or pdf,epub");
                }
            }
            return set;
        }
    }

    /** A context for articles that are not read as a website's ({@link SiteOptions#NONE}). */
    public BuildContext(Optional<Instant> sourceDateEpoch, Set<Format> formats, Paper paper, boolean strict,
                        InputLimits limits, Templates templates, Theme theme) {
        this(sourceDateEpoch, formats, paper, strict, limits, templates, theme, SiteOptions.NONE);
    }

    /** This context reading articles with other site options. */
    public BuildContext withSite(SiteOptions options) {
        return new BuildContext(sourceDateEpoch, formats, paper, strict, limits, templates, theme, options);
    }

    /** A context from the process environment (reads {@code SOURCE_DATE_EPOCH} once). */
    public static BuildContext fromEnvironment(Map<String, String> env, Set<Format> formats, Paper paper,
                                               boolean strict, Templates templates) {
        return new BuildContext(parseEpoch(env.get("SOURCE_DATE_EPOCH")), Set.copyOf(formats), paper, strict,
                InputLimits.DEFAULT, templates, Theme.load(templates));
    }

    /** Defaults for tests and embedding: both formats, A4, bundled templates, no epoch. */
    public static BuildContext defaults() {
        return defaults(Paper.A4, Templates.bundled());
    }

    /** Both formats, no epoch, not strict: a context that reads nothing from the environment. */
    public static BuildContext defaults(Paper paper, Templates templates) {
        return new BuildContext(Optional.empty(), Set.of(Format.PDF, Format.EPUB), paper, false,
                InputLimits.DEFAULT, templates, Theme.load(templates));
    }

    /**
     * The timestamp {@code SOURCE_DATE_EPOCH} in {@code env} gives, when set.
     *
     * @throws IllegalArgumentException when it is not whole seconds since 1970
     */
    public static Optional<Instant> sourceDateEpoch(Map<String, String> env) {
        return parseEpoch(env.get("SOURCE_DATE_EPOCH"));
    }

    static Optional<Instant> parseEpoch(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + value + "'");
        }
    }

    /**
     * The one timestamp written into an article's files (PDF dates, EPUB modified date, zip
     * entry times): {@code SOURCE_DATE_EPOCH} when set, else the article's update date, else its date.
     */
    public Instant timestampFor(Article article) {
        return sourceDateEpoch.orElseGet(() ->
                article.updated().orElse(article.date()).toInstant());
    }

    public boolean wants(Format f) {
        return formats.contains(f);
    }
}
