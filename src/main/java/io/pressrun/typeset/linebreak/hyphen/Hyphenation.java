package io.pressrun.typeset.linebreak.hyphen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which words of a text may be hyphenated, and where: the patterns of the text's language,
 * applied only to plain words. A word with a digit is never hyphenated, nor one with anything
 * but letters in it (URLs, e-mail addresses, file names), nor an all-capitals word; capitalised
 * words only when asked. Leading and trailing punctuation is ignored, and of a word with an
 * apostrophe only the part before it is hyphenated.
 */
public final class Hyphenation {
    /** Hyphenates nothing. */
    public static final Hyphenation NONE = new Hyphenation(null, false);

    /** Pattern files bundled in {@code templates/hyphenation/}, by language tag (most specific first). */
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("en-US", "hyph_en_US.dic"),
            Map.entry("en", "hyph_en_US.dic"),
            Map.entry("en-GB", "hyph_en_GB.dic"),
            Map.entry("en-IE", "hyph_en_GB.dic"),
            Map.entry("en-AU", "hyph_en_GB.dic"),
            Map.entry("en-NZ", "hyph_en_GB.dic"),
            Map.entry("en-ZA", "hyph_en_GB.dic"),
            Map.entry("en-IN", "hyph_en_GB.dic"),
            Map.entry("de", "hyph_de_DE.dic"),
            Map.entry("fr", "hyph_fr.dic"));
    private static final Map<String, Hyphenator> LOADED = new ConcurrentHashMap<>();

    private final Hyphenator hyphenator;
    private final boolean capitalised;

    private Hyphenation(Hyphenator hyphenator, boolean capitalised) {
        this.hyphenator = hyphenator;
        this.capitalised = capitalised;
    }

    public static Hyphenation of(Hyphenator hyphenator, boolean capitalised) {
        return new Hyphenation(hyphenator, capitalised);
    }

    /**
     * For a BCP 47 language tag; {@link #NONE} for a language without bundled patterns.
     * German capitalises every noun, so there capitalised words are hyphenated whatever
     * {@code capitalised} says.
     */
    public static Hyphenation forLanguage(String languageTag, boolean capitalised) {
        boolean german = "de".equals(Locale.forLanguageTag(String.valueOf(languageTag).strip()).getLanguage());
        return hyphenator(languageTag).map(h -> new Hyphenation(h, capitalised || german)).orElse(NONE);
    }

    /** The bundled patterns for a language: British patterns for {@code en-GB} and the Commonwealth, US ones for other English, {@code de-CH} falls back to {@code de}. */
    public static Optional<Hyphenator> hyphenator(String languageTag) {
        String file = patternFile(languageTag);
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(LOADED.computeIfAbsent(file, f -> load(f, Locale.forLanguageTag(languageTag))));
    }

    /** The name of the bundled pattern file for a language tag, or null. */
    public static String patternFile(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return null;
        }
        Locale l = Locale.forLanguageTag(languageTag.strip().replace('_', '-'));
        String lang = l.getLanguage();
        if (!l.getCountry().isEmpty() && FILES.containsKey(lang + "-" + l.getCountry())) {
            return FILES.get(lang + "-" + l.getCountry());
        }
        return FILES.get(lang);
    }

    private static Hyphenator load(String file, Locale locale) {
        try (InputStream in = Hyphenation.class.getResourceAsStream("/templates/hyphenation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns " + file + " are not on the class path");
            }
            return Hyphenator.read(in, Locale.forLanguageTag(locale.getLanguage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation patterns " + file, e);
        }
    }

    public boolean enabled() {
        return hyphenator != null;
    }

    /** Offsets into {@code word} (a word as set, punctuation included) where a hyphen may go. */
    public int[] points(String word) {
        if (hyphenator == null) {
            return new int[0];
        }
        int start = 0;
        int end = word.length();
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return new int[0];
            }
        }
        while (start < end && !Character.isLetter(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(word.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (c == '\'' || c == '\u2019') {
                end = i;
                break;
            }
        }
        if (end - start < hyphenator.leftMin() + hyphenator.rightMin()) {
            return new int[0];
        }
        String core = word.substring(start, end);
        boolean upperFirst = Character.isUpperCase(core.charAt(0));
        boolean allUpper = true;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (!Character.isLetter(c) || Character.isSurrogate(c)) {
                return new int[0];
            }
            allUpper &= Character.isUpperCase(c);
        }
        if (allUpper || upperFirst && !capitalised) {
            return new int[0];
        }
        int[] p = hyphenator.points(core);
        for (int i = 0; i < p.length; i++) {
            p[i] += start;
        }
        return p;
    }
}
