package io.pressrun.style;

import io.pressrun.model.ArticleDate;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words an edition shows that are not the article's own ("Photo:", "min read", date
 * formats), from {@code templates/labels/<language>.yaml}. A regional file ({@code en-GB.yaml})
 * overrides its language's file ({@code en.yaml}), which overrides {@code en.yaml} for keys it lacks.
 * Each value is a FreeMarker template string.
 */
public final class Labels {
    private final Templates templates;
    private final Map<String, String> values;
    private final Locale locale;

    private Labels(Templates templates, Map<String, String> values, Locale locale) {
        this.templates = templates;
        this.values = values;
        this.locale = locale;
    }

    /** The labels for a language, read once per template set and language. Thread-safe. */
    public static Labels forLanguage(Templates templates, String languageTag) {
        return templates.labels(languageTag, () -> load(templates, languageTag));
    }

    private static Labels load(Templates templates, String languageTag) {
        Map<String, String> merged = new LinkedHashMap<>();
        mergeFile(templates, "en", merged);
        Locale locale = Locale.forLanguageTag(languageTag);
        String lang = locale.getLanguage();
        if (!lang.isEmpty() && !lang.equals("en")) {
            mergeFile(templates, lang, merged);
        }
        if (!languageTag.equals(lang)) {
            mergeFile(templates, languageTag, merged);
        }
        return new Labels(templates, Map.copyOf(merged), locale);
    }

    private static void mergeFile(Templates templates, String tag, Map<String, String> into) {
        for (byte[] bytes : templates.readLayers("labels/" + tag + ".yaml")) {
            Object doc = new Load(LoadSettings.builder().build())
                    .loadFromString(new String(bytes, StandardCharsets.UTF_8));
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map<?, ?> m)) {
                throw new IllegalStateException("labels/" + tag + ".yaml: expected a mapping");
            }
            m.forEach((k, v) -> into.put(String.valueOf(k), String.valueOf(v)));
        }
    }

    /** The label with its placeholders filled, e.g. {@code get("read-time", Map.of("minutes", 2))}. */
    public String get(String key, Map<String, ?> args) {
        String source = values.get(key);
        if (source == null) {
            throw new IllegalStateException("labels: no label '" + key + "'");
        }
        if (!source.contains("$") && !source.contains("<#")) {
            return source;
        }
        return templates.renderString(key, source, new HashMap<>(args));
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
        return DateTimeFormatter.ofPattern(values.get("date-format"), locale).format(date.day());
    }
}
