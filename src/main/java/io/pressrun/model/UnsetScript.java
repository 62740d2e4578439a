package io.pressrun.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What the typesetter cannot set correctly yet: conjoining Hangul jamo, which must be composed
 * into syllables (precomposed syllables are set; every other script with a font is shaped).
 * Text in it is refused, never drawn wrongly.
 */
public final class UnsetScript {
    /** Stands for conjoining Hangul jamo. */
    private static final String JAMO = "conjoining jamo";

    private UnsetScript() {
    }

    /**
     * What the character belongs to that cannot be set, for telling one refusal per kind; empty
     * when the character can be set.
     */
    public static Optional<String> kind(int codePoint) {
        return conjoiningJamo(codePoint) ? Optional.of(JAMO) : Optional.empty();
    }

    /** Why the character cannot be set, naming its code point; empty when it can be. */
    public static Optional<String> reason(int codePoint) {
        return kind(codePoint).map(kind -> String.format(Locale.ROOT, "Korean text with conjoining Hangul jamo"
                + " (U+%04X '%s') cannot be set yet: jamo must be shaped into syllables, which Pressrun does not"
                + " do; write precomposed Hangul syllables (Unicode NFC) instead", codePoint,
                new String(Character.toChars(codePoint))));
    }

    private static boolean conjoiningJamo(int cp) {
        return cp >= 0x1100 && cp <= 0x11FF || cp >= 0xA960 && cp <= 0xA97F || cp >= 0xD7B0 && cp <= 0xD7FF;
    }
}
