package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses text in scripts the typesetter cannot set correctly yet, naming the file, the line
 * and the script, rather than let a wrong PDF be built: right-to-left scripts (no bidirectional
 * reordering yet: words would run left to right and letters be reversed), scripts that need
 * complex shaping (Indic conjuncts and vowel reordering, Thai, Lao, Khmer, Myanmar and Tibetan
 * marks; no shaping engine yet), and conjoining Hangul jamo (precomposed syllables are set).
 */
final class UnsetScripts {
    private static final Set<Character.UnicodeScript> RIGHT_TO_LEFT = EnumSet.of(
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC,
            Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO, Character.UnicodeScript.SAMARITAN,
            Character.UnicodeScript.MANDAIC, Character.UnicodeScript.ADLAM, Character.UnicodeScript.HANIFI_ROHINGYA);
    private static final Set<Character.UnicodeScript> SHAPED = EnumSet.of(
            Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI,
            Character.UnicodeScript.GUJARATI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.TELUGU, Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN);

    private UnsetScripts() {
    }

    /**
     * Checks the whole source text, front matter included.
     *
     * @throws ArticleException with one error per script found, at the line it is first met
     */
    static void check(Path file, String text) {
        List<Diagnostic> errors = new ArrayList<>();
        Set<Character.UnicodeScript> reported = EnumSet.noneOf(Character.UnicodeScript.class);
        boolean jamoReported = false;
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if ((RIGHT_TO_LEFT.contains(script) || SHAPED.contains(script)) && reported.add(script)) {
                errors.add(Diagnostic.error(file, line, message(script, cp)));
            } else if (conjoiningJamo(cp) && !jamoReported) {
                jamoReported = true;
                errors.add(Diagnostic.error(file, line, String.format(Locale.ROOT, "Korean text with conjoining Hangul"
                        + " jamo (U+%04X '%s') cannot be set yet: jamo must be shaped into syllables, which Pressrun"
                        + " does not do; write precomposed Hangul syllables (Unicode NFC) instead", cp,
                        new String(Character.toChars(cp)))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ArticleException(errors);
        }
    }

    private static String message(Character.UnicodeScript script, int cp) {
        String what = String.format(Locale.ROOT, "%s text (U+%04X '%s') cannot be set yet: ", name(script), cp,
                new String(Character.toChars(cp)));
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
