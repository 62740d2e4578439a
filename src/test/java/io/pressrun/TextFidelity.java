package io.pressrun;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that text survives a transformation word for word: the words of a source text must
 * all occur, in order, in what was made of it (the article model, an edition's extracted text).
 *
 * <p>A word is a run of letters, digits and combining marks, with an apostrophe inside a word
 * kept ({@code don't}, {@code l’homme}, straight and typographic alike, as {@code '}); a symbol
 * such as an emoji is a word of its own; everything else separates words. Text is
 * NFC-normalised first. So the smart punctuation the reader applies compares equal to its
 * source: straight quotes and the language's quotation marks, {@code --} and –, {@code ---}
 * and —, {@code ...} and … all only separate words. Text of scripts written without spaces
 * (Thai, Lao, Khmer, Burmese, Chinese, Japanese), where a line may break between any two
 * words, gives one word per character.
 */
public final class TextFidelity {
    private TextFidelity() {
    }

    /** The comparable words of any text. */
    public static List<String> words(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = t.length();
        for (int i = 0; i < n; ) {
            int cp = t.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (writtenWithoutSpaces(cp)) {
                // a line may break between any two characters of such text (UAX #14): each is a word
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                words.add(new String(Character.toChars(cp)));
            } else if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                words.add(new String(Character.toChars(cp)));
            } else if (isApostrophe(cp) && word.length() > 0 && next < n && isWordChar(t.codePointAt(next))) {
                word.append('\'');
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i = next;
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean writtenWithoutSpaces(int cp) {
        return switch (Character.UnicodeScript.of(cp)) {
            case THAI, LAO, KHMER, MYANMAR, HAN, HIRAGANA, KATAKANA -> true;
            default -> false;
        };
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’';
    }

    /**
     * Asserts that every word of {@code expected} occurs in {@code actual} in the same order
     * (other words may come between them). On failure, names the first missing word with the
     * words around it in both texts.
     */
    public static void assertWordsInOrder(String expected, String actual, String what) {
        List<String> want = words(expected);
        List<String> have = words(actual);
        int j = 0;
        for (int i = 0; i < want.size(); i++) {
            int found = have.subList(j, have.size()).indexOf(want.get(i));
            if (found < 0) {
                throw new AssertionError(what + ": word " + (i + 1) + " of " + want.size() + " '" + want.get(i)
                        + "' is missing after word " + j + " of the result.\n  expected around it: "
                        + context(want, i) + "\n  result from there: " + context(have, j));
            }
            j += found + 1;
        }
    }

    private static String context(List<String> words, int at) {
        int from = Math.max(0, at - 5);
        int to = Math.min(words.size(), at + 6);
        StringBuilder sb = new StringBuilder(from > 0 ? "… " : "");
        for (int k = from; k < to; k++) {
            sb.append(k == at ? "[" + words.get(k) + "]" : words.get(k)).append(' ');
        }
        return sb.append(to < words.size() ? "…" : "").toString().strip();
    }
}
