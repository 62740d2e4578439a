package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Span;

/**
 * Margin protrusion (character protrusion, as pdfTeX's and microtype's): punctuation at either
 * end of a justified line hangs partly into the margin, so that the text edge looks straight.
 * Each character hangs by a share of its own width, close to microtype's default set: full
 * stops, commas, hyphens and closing quotes 70 %, colons and semicolons 50 %, en dashes 30 %,
 * em dashes 20 % at the right; opening quotes 70 % at the left.
 */
public final class MarginProtrusion {
    private MarginProtrusion() {
    }

    /** The share of its width by which {@code c} hangs into the right margin at a line's end. */
    static float rightShare(int c) {
        return switch (c) {
            case '.', ',', '-', '\u2019', '\u201D', '\'', '"', '\u00AD' -> 0.7f;
            case ':', ';' -> 0.5f;
            case '\u2013' -> 0.3f;
            case '\u2014' -> 0.2f;
            default -> 0;
        };
    }

    /** The share of its width by which {@code c} hangs into the left margin at a line's start. */
    static float leftShare(int c) {
        return switch (c) {
            case '\u2018', '\u201C', '\'', '"' -> 0.7f;
            default -> 0;
        };
    }

    /** How far, in points, the last character of {@code last} hangs past the line's right edge. */
    public static float right(Span last) {
        String text = last.text();
        if (text.isEmpty()) {
            return 0;
        }
        int c = text.codePointBefore(text.length());
        float share = rightShare(c);
        return share == 0 ? 0 : share * last.face().advanceWidth(Character.toString(c), last.size());
    }

    /** How far, in points, the first character of {@code first} hangs before the line's left edge. */
    static float left(Span first) {
        String text = first.text();
        if (text.isEmpty()) {
            return 0;
        }
        int c = text.codePointAt(0);
        float share = leftShare(c);
        return share == 0 ? 0 : share * first.face().advanceWidth(Character.toString(c), first.size());
    }
}
