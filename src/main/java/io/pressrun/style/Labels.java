package io.pressrun.style;

import io.pressrun.model.ArticleDate;
import io.pressrun.model.ErrorWords;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words an edition shows that are not the article's own ("Photo:", "min read", date
 * formats), from {@code templates/labels/<language>.yaml}. A regional file ({@code en-GB.yaml})
 * overrides its language's file ({@code en.yaml}), which overrides {@code en.yaml} for keys it lacks.
 * Each value is a FreeMarker template string.
 */
public final class Labels {
    /**
     * The placeholders the editions give each label; a label not named here is given none.
     * {@link #check} fills every label with these, so a label that uses another fails there,
     * once, rather than in every article.
     */
    private static final Map<String, Map<String, Object>> PLACEHOLDERS = Map.ofEntries(
            Map.entry("byline", Map.of("names", "Ann Example and Bo Sample")),
            Map.entry("read-time", Map.of("minutes", 4)),
            Map.entry("photo-credit", Map.of("credit", "A. Photographer")),
            Map.entry("image-credit", Map.of("credit", "A. Photographer")),
            Map.entry("updated", Map.of("date", "1 May 2024")),
            Map.entry("page-number", Map.of("page", 2, "pages", 5)),
            Map.entry("page-of", Map.of("page", 2, "pages", 5)),
            Map.entry("published-by", Map.of("publisher", "The Example Times")),
            Map.entry("figure", Map.of("number", 1)),
            Map.entry("embedded-video", Map.of("site", "YouTube")),
            Map.entry("embedded-post", Map.of("site", "X")),
            Map.entry("a11y-pages", Map.of("paper", "A4")),
            Map.entry("pdf-edition", Map.of("paper", "A4")),
            Map.entry("cover-alt", Map.of("title", "A sample article", "publisher", "The Example Times",
                    "date", "1 May 2024")));
    private static final Path BUNDLED_EN = Path.of("templates", "labels", "en.yaml");

    private final Templates templates;
    private final Map<String, String> values;
    private final Map<String, SettingsFile.Origin> origins;
    private final Locale locale;

    private Labels(Templates templates, Map<String, String> values, Map<String, SettingsFile.Origin> origins,
                   Locale locale) {
        this.templates = templates;
        this.values = values;
        this.origins = origins;
        this.locale = locale;
    }

    /** The labels for a language, read once per template set and language. Thread-safe. */
    public static Labels forLanguage(Templates templates, String languageTag) {
        return templates.labels(languageTag, () -> load(templates, languageTag));
    }

    private static Labels load(Templates templates, String languageTag) {
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, SettingsFile.Origin> origins = new HashMap<>();
        mergeFile(templates, "en", merged, origins);
        Locale locale = Locale.forLanguageTag(languageTag);
        String lang = locale.getLanguage();
        if (!lang.isEmpty() && !lang.equals("en")) {
            mergeFile(templates, lang, merged, origins);
        }
        if (!languageTag.equals(lang)) {
            mergeFile(templates, languageTag, merged, origins);
        }
        return new Labels(templates, Map.copyOf(merged), Map.copyOf(origins), locale);
    }

    private static void mergeFile(Templates templates, String tag, Map<String, String> into,
                                  Map<String, SettingsFile.Origin> origins) {
        for (SettingsFile.Layer layer : templates.settingsLayers("labels/" + tag + ".yaml")) {
            SettingsFile file = SettingsFile.read(layer);
            file.values().forEach((k, v) -> {
                String key = String.valueOf(k);
                if (v == null || v instanceof Map || v instanceof List) {
                    throw file.origins().get(key).problem("label '" + key + "' must be text, not "
                            + Theme.describe(v) + "; write it in quotes, e.g. " + key + ": \"...\"");
                }
                into.put(key, String.valueOf(v));
                origins.put(key, file.origins().get(key));
            });
        }
    }

    /** The label with its placeholders filled, e.g. {@code get("read-time", Map.of("minutes", 2))}. */
    public String get(String key, Map<String, ?> args) {
        String source = values.get(key);
        if (source == null) {
            throw new ConfigurationException(BUNDLED_EN, 0, "no label '" + key + "'; add it to labels/en.yaml");
        }
        if (!source.contains("$") && !source.contains("<#")) {
            return source;
        }
        return templates.renderLabel(key, source, new HashMap<>(args), origins.get(key));
    }

    public String get(String key) {
        return get(key, Map.of());
    }

    /** All labels, raw, for templates that fill them themselves. */
    public Map<String, String> all() {
        return values;
    }

    public Locale locale() {
        return locale;
    }

    /** The date as readers of this language write it (label {@code date-format}). */
    public String formatDate(ArticleDate date) {
        DateTimeFormatter format = dateFormat();
        try {
            return format.format(date.day());
        } catch (java.time.DateTimeException e) {
            throw origins.get("date-format").problem("'date-format' asks for what a date does not have ("
                    + ErrorWords.clean(e.getMessage()) + "); use only day, month and year letters, e.g. \"d MMMM yyyy\"");
        }
    }

    private DateTimeFormatter dateFormat() {
        String pattern = values.get("date-format");
        if (pattern == null) {
            throw new ConfigurationException(BUNDLED_EN, 0, "no label 'date-format'; add it to labels/en.yaml");
        }
        try {
            return DateTimeFormatter.ofPattern(pattern, locale);
        } catch (IllegalArgumentException e) {
            throw origins.get("date-format").problem("'date-format' is not a date pattern (" + ErrorWords.clean(e.getMessage())
                    + "); write it with d, MMMM, yyyy and the like, e.g. \"d MMMM yyyy\"");
        }
    }

    /**
     * Fills every label with the placeholders the editions give it and formats a date, so that
     * a label that cannot be filled is reported once, where it was written.
     */
    public void check() {
        for (String key : values.keySet()) {
            get(key, PLACEHOLDERS.getOrDefault(key, Map.of()));
        }
        formatDate(ArticleDate.of(java.time.LocalDate.of(2024, 5, 1)));
    }
}
