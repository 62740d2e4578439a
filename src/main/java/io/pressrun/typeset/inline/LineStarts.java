package io.pressrun.typeset.inline;

import java.util.List;

/**
 * Where each set line begins in the text it was set from: the offset of the first whole word
 * that begins on the line. A line that begins with the rest of a word hyphenated on the line
 * before begins, for this purpose, at the word after it (the word belongs to the line where it
 * starts, as text extraction reads it); so does the rest of a word too long for a line, cut
 * over lines, and a line that is all the middle of such a word begins at the word after it. A
 * list item's label and the hyphen added at a break are not the text's.
 *
 * <p>Lines are matched to the text character by character, skipping on both sides what a line
 * never shows as a glyph of its own: white space (spaces become glue, a tab in code becomes spaces,
 * a line break ends a line), soft hyphens and zero-width spaces. Every other character of the text
 * is in exactly one span, in order.
 */
public final class LineStarts {
    private LineStarts() {
    }

    /**
     * @param text  the paragraph's text: its runs' texts one after the other, a line break as
     *              {@code \n} (this is the model's plain text of the block)
     * @param lines the lines set from it, in order
     * @return for each line, the offset in {@code text} of its first whole word ({@code text.length()}
     *         when no word begins on it)
     */
    public static int[] of(String text, List<Line> lines) {
        int[] starts = new int[lines.size()];
        int at = 0;
        for (int n = 0; n < lines.size(); n++) {
            Line line = lines.get(n);
            List<Line.PlacedSpan> spans = line.spans();
            int from = line.label() == null ? 0 : line.label().spans();
            int to = spans.size() - (line.hyphenated() ? 1 : 0);
            int i = from;
            while (i < to && "".equals(spans.get(i).actualText())) { // the rest of the word from the line before
                at = advance(text, at, spans.get(i).span().text());
                i++;
            }
            int afterRest = at;
            at = skip(text, at);
            // a line that is all the middle of a word cut over several lines: no word begins on it
            starts[n] = i == to && i > from ? skip(text, endOfWord(text, afterRest)) : at;
            for (; i < to; i++) {
                at = advance(text, at, spans.get(i).span().text());
            }
        }
        return starts;
    }

    /** Moves past the characters of {@code shown} in {@code text}, from {@code at}. */
    private static int advance(String text, int at, String shown) {
        for (int k = 0; k < shown.length(); k++) {
            if (!unshown(shown.charAt(k))) {
                at = skip(text, at);
                if (at < text.length()) {
                    at++;
                }
            }
        }
        return at;
    }

    /** The end of the word at {@code at}: where a line may break next (a space, a zero-width space, after a dash or slash). */
    private static int endOfWord(String text, int at) {
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '\u200B') {
            if ("-\u2013\u2014/".indexOf(text.charAt(at++)) >= 0) {
                break;
            }
        }
        return at;
    }

    private static int skip(String text, int at) {
        while (at < text.length() && unshown(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean unshown(char c) {
        return Character.isWhitespace(c) || c == '\u00AD' || c == '\u200B';
    }
}
