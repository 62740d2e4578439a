package io.pressrun.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The scripts the typesetter cannot set correctly yet, and why: right-to-left scripts (lines are
 * set left to right only: words would stand in the wrong order and letters be reversed),
 * scripts that need complex shaping (Indic conjuncts and vowel reordering, Thai, Lao, Khmer,
 * Myanmar and Tibetan marks; no shaping engine yet), and conjoining Hangul jamo (precomposed
 * syllables are set). Text in them is refused, never drawn wrongly.
 */
public final class UnsetScript {
    private static final Set<Character.UnicodeScript> RIGHT_TO_LEFT = EnumSet.noneOf(Character.UnicodeScript.class);
    private static final Set<Character.UnicodeScript> SHAPED = EnumSet.noneOf(Character.UnicodeScript.class);
    /** Stands for conjoining Hangul jamo, which share the script HANGUL with the syllables we set. */
    private static final String JAMO = "conjoining jamo";

    private UnsetScript() {
    }

    /**
     * What the character belongs to that cannot be set (a script, or conjoining jamo), for
     * telling one refusal per kind; empty when the character can be set.
     */
    public static Optional<String> kind(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (RIGHT_TO_LEFT.contains(script) || SHAPED.contains(script)) {
            return Optional.of(script.name());
        }
        return conjoiningJamo(codePoint) ? Optional.of(JAMO) : Optional.empty();
    }

    /** Why the character cannot be set, naming its script and code point; empty when it can be. */
    public static Optional<String> reason(int codePoint) {
        return kind(codePoint).map(kind -> message(kind, codePoint));
    }

    private static String message(String kind, int cp) {
        String character = String.format(Locale.ROOT, "(U+%04X '%s')", cp, new String(Character.toChars(cp)));
        if (kind.equals(JAMO)) {
            return "Korean text with conjoining Hangul jamo " + character + " cannot be set yet: jamo must be shaped"
                    + " into syllables, which Pressrun does not do; write precomposed Hangul syllables (Unicode NFC)"
                    + " instead";
        }
        Character.UnicodeScript script = Character.UnicodeScript.valueOf(kind);
        String what = name(script) + " text " + character + " cannot be set yet: ";
        if (RIGHT_TO_LEFT.contains(script)) {
            return what + "it is written right to left, and Pressrun sets every line left to right (words would"
                    + " stand in the wrong order and letters be reversed); leave it out of the article";
        }
        return what + "its letters must be shaped (joined, reordered and marks placed), which Pressrun does not"
                + " do yet; leave it out of the article";
    }

    /** The script's name as a word: {@code DEVANAGARI} is "Devanagari". */
    private static String name(Character.UnicodeScript script) {
        String lower = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean conjoiningJamo(int cp) {
        return cp >= 0x1100 && cp <= 0x11FF || cp >= 0xA960 && cp <= 0xA97F || cp >= 0xD7B0 && cp <= 0xD7FF;
    }
}
