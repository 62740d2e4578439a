package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.MissingGlyphException;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.font.TextStyle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Preformatted text: one line per source line, spaces kept, never hyphenated. A source line
 * wider than the measure wraps: after the last space or punctuation mark that fits (when that
 * leaves at least a third of the line), else after the last character that fits; nothing is
 * lost. Each continuation starts with {@link #CONTINUATION} hung in the left indent, marked as
 * an artifact (it is not the code's), so the code itself stays in its column.
 */
public final class CodeLines {
    private static final String TAB = "    ";
    /** The mark before a wrapped line's continuation: ↪ (→, then >, where no font has it). */
    public static final String CONTINUATION = "\u21AA";
    private static final List<String> MARKS = List.of(CONTINUATION, "\u2192", ">");
    /** The space between the mark and the code, in points. */
    private static final float MARK_GAP = 2;
    /** Characters after which a wrapped line breaks best, besides spaces. */
    private static final String BREAK_AFTER = ",;:)]}>/|&=-.";
    private static final float SHORTEST_PIECE = 1 / 3f;

    private final FontSet fonts;
    private final TextStyle style;
    private final Map<Integer, Float> advance = new HashMap<>();

    private CodeLines(FontSet fonts, TextStyle style) {
        this.fonts = fonts;
        this.style = style;
    }

    public static List<Line> set(FontSet fonts, String text, TextStyle style, float width) {
        return new CodeLines(fonts, style).set(text, width);
    }

    private List<Line> set(String text, float width) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<Line> lines = new ArrayList<>();
        List<Line.PlacedSpan> mark = mark();
        for (String source : body.split("\n", -1)) {
            String s = source.replace("\t", TAB).replace("\r", "");
            if (s.isBlank()) {
                s = " ";
            }
            int[] cps = s.codePoints().toArray();
            int start = 0;
            while (start < cps.length) {
                int end = wrap(cps, start, width);
                assert end > start : "a piece of a line has a character";
                Line line = line(new String(cps, start, end - start));
                lines.add(start == 0 ? line : line.withLabel(mark, StructTag.ARTIFACT));
                start = end;
            }
        }
        return lines;
    }

    /** Where the piece of the line from {@code start} ends: all of it when it fits. */
    private int wrap(int[] cps, int start, float width) {
        float w = 0;
        int end = start;
        while (end < cps.length && (end == start || w + width(cps[end]) <= width)) {
            w += width(cps[end]);
            end++;
        }
        if (end == cps.length) {
            return end;
        }
        int shortest = start + Math.max(1, Math.round((end - start) * SHORTEST_PIECE));
        for (int b = end; b > shortest; b--) {
            if (breaksAfter(cps, b - 1)) {
                return b;
            }
        }
        return end;
    }

    /**
     * Whether a wrapped line may break after character {@code i}: after a space, or after a
     * punctuation mark that a word follows (a hyphen only inside a word: {@code --paper} stays
     * whole); never where the continuation would start with a space.
     */
    private static boolean breaksAfter(int[] cps, int i) {
        int c = cps[i];
        int next = cps[i + 1];
        if (next == ' ') {
            return false;
        }
        if (c == ' ') {
            return true;
        }
        return BREAK_AFTER.indexOf(c) >= 0 && BREAK_AFTER.indexOf(next) < 0
                && (c != '-' || i > 0 && Character.isLetterOrDigit(cps[i - 1]));
    }

    private float width(int cp) {
        return advance.computeIfAbsent(cp, c -> {
            float w = 0;
            for (Span s : fonts.spans(new String(Character.toChars(c)), style, null)) {
                w += s.width();
            }
            return w;
        });
    }

    private Line line(String text) {
        List<Line.PlacedSpan> placed = new ArrayList<>();
        float x = 0;
        for (Span sp : fonts.spans(text, style, null)) {
            placed.add(new Line.PlacedSpan(sp, x));
            x += sp.width();
        }
        return new Line(placed, x);
    }

    /** The continuation mark, hung left of the code: the first of {@link #MARKS} the fonts can show. */
    private List<Line.PlacedSpan> mark() {
        List<Span> spans = null;
        for (int i = 0; spans == null; i++) {
            try {
                spans = fonts.spans(MARKS.get(i), style, null);
            } catch (MissingGlyphException e) {
                if (i == MARKS.size() - 1) {
                    throw e;
                }
            }
        }
        return Line.hung(spans, MARK_GAP);
    }
}
