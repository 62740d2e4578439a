package io.pressrun.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The direction text is written in: left to right or right to left. An article's direction
 * comes from its language ({@link #ofLanguage}); a paragraph's from its first strong character
 * (rule P2 of the Unicode Bidirectional Algorithm, UAX #9), else the article's.
 */
public enum TextDirection {
    LTR, RTL;

    /** Languages written right to left (ISO 639 codes, old Hebrew and Yiddish codes included). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji",
            "ku-arab", "ps", "sd", "syr", "ug", "ur", "yi");
    /** Script subtags (ISO 15924) written right to left. */
    private static final Set<String> RTL_SCRIPTS = Set.of("arab", "hebr", "thaa", "syrc", "nkoo", "adlm",
            "rohg", "mand", "samr");

    /** The direction of a BCP 47 language tag: right to left for Arabic, Hebrew, Persian, Urdu ... */
    public static TextDirection ofLanguage(String tag) {
        String[] parts = tag.toLowerCase(Locale.ROOT).replace('_', '-').split("-");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4) {
                return RTL_SCRIPTS.contains(parts[i]) ? RTL : LTR; // an explicit script decides
            }
        }
        return RTL_LANGUAGES.contains(parts[0]) ? RTL : LTR;
    }

    /** The direction of the first strongly directional character of {@code text}; empty when it has none. */
    public static Optional<TextDirection> firstStrong(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return Optional.of(LTR);
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return Optional.of(RTL);
                default:
                    break;
            }
        }
        return Optional.empty();
    }

    /** The direction of {@code text} by its first strong character, else {@code fallback}. */
    public static TextDirection of(CharSequence text, TextDirection fallback) {
        return firstStrong(text).orElse(fallback);
    }

    /** As written in HTML's and XHTML's {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }
}
