package io.pressrun.text;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Smart punctuation for running text: straight quotes become the language's quotation marks,
 * apostrophes become ’, {@code ---} an em dash, {@code --} an en dash and {@code ...} an ellipsis.
 * One instance follows one block of text through its pieces (which may be split by emphasis
 * or links), so quotes opened in one piece close in another. Not thread-safe.
 */
public final class Typographer {
    private static final char APOSTROPHE = '’';

    private final PunctuationStyle style;
    private final Deque<Character> open = new ArrayDeque<>();
    private int prev = ' ';

    public Typographer(PunctuationStyle style) {
        this.style = style;
    }

    /** Converts the next piece of the block's text. */
    public String convert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            if (c == '"') {
                if (opensQuote(prev)) {
                    open.push('"');
                    out.append(style.open());
                } else {
                    popIf('"');
                    out.append(style.close());
                }
            } else if (c == '\'') {
                out.append(single(next));
            } else if (c == '-' && next == '-') {
                boolean em = i + 2 < n && text.charAt(i + 2) == '-';
                out.append(em ? '—' : '–');
                i += em ? 2 : 1;
                c = em ? '—' : '–';
            } else if (c == '.' && next == '.' && i + 2 < n && text.charAt(i + 2) == '.') {
                out.append('…');
                i += 2;
                c = '…';
            } else if (c == ' ' && !style.spaceBeforeHighPunctuation().isEmpty() && isHighPunctuation(next)) {
                out.append(style.spaceBeforeHighPunctuation());
            } else {
                out.append(c);
            }
            prev = c == '"' || c == '\'' ? (out.length() > 0 ? out.charAt(out.length() - 1) : c) : c;
        }
        return out.toString();
    }

    /**
     * Notes text that is set as written between the pieces (inline code, a note's number), so
     * that a quote after it closes instead of opening.
     */
    public void verbatim(String text) {
        if (!text.isEmpty()) {
            prev = text.charAt(text.length() - 1);
        }
    }

    private String single(char next) {
        boolean afterWord = Character.isLetterOrDigit(prev);
        if (afterWord) {
            if (Character.isLetter(next)) {
                return String.valueOf(APOSTROPHE);
            }
            if (popIf('\'')) {
                return style.innerClose();
            }
            return String.valueOf(APOSTROPHE);
        }
        if (opensQuote(prev)) {
            if (Character.isDigit(next)) {
                return String.valueOf(APOSTROPHE);
            }
            open.push('\'');
            return style.innerOpen();
        }
        if (popIf('\'')) {
            return style.innerClose();
        }
        return String.valueOf(APOSTROPHE);
    }

    private boolean popIf(char quote) {
        if (!open.isEmpty() && open.peek() == quote) {
            open.pop();
            return true;
        }
        return false;
    }

    private boolean opensQuote(int before) {
        return isSpace(before) || "([{—–-/".indexOf(before) >= 0
                || style.open().indexOf(before) >= 0 || style.innerOpen().indexOf(before) >= 0;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isHighPunctuation(char c) {
        return c == ';' || c == ':' || c == '!' || c == '?';
    }
}
