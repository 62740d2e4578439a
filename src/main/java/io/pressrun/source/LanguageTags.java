package io.pressrun.source;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** BCP 47 language tags as the front matter gives them. */
final class LanguageTags {
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    /** The tag in its canonical form ({@code en-gb} gives {@code en-GB}), or empty when it is not a valid tag. */
    static Optional<String> normalise(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            String language = locale.getLanguage();
            if (language.length() < 2 || language.length() > 3
                    || (language.length() == 2 && !ISO_LANGUAGES.contains(language))) {
                return Optional.empty();
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException ex) {
            return Optional.empty();
        }
    }
}
