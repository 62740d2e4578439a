package io.pressrun.typeset.inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a set line's spans in visual order by rule L2 of the Unicode Bidirectional Algorithm
 * (UAX #9): from the highest bidi level down to the lowest odd one, every run of spans at that
 * level or higher is reversed. The spans keep their logical order in the line (so the line reads
 * in order); only their positions change. A gap between two spans (a space) has the level the
 * algorithm gave its space; spans that touch (parts of one word) are joined at the lower of
 * their levels. A right-to-left span's glyphs are already in visual order (the shaping engine
 * gives them so).
 */
final class VisualOrder {
    private VisualOrder() {
    }

    /**
     * The spans at their visual positions, in their logical order; the same list when all are
     * left to right.
     *
     * @param gaps the bidi level of the space after each span but the last, or -1 where the
     *             span touches the next
     */
    static List<Line.PlacedSpan> of(List<Line.PlacedSpan> spans, List<Integer> gaps) {
        int n = spans.size();
        int max = 0;
        for (Line.PlacedSpan p : spans) {
            max = Math.max(max, p.span().level());
        }
        if (max == 0) {
            return spans;
        }
        // elements: span 0, gap 0, span 1, gap 1, ..., span n-1 (even indices are spans)
        int count = 2 * n - 1;
        int[] order = new int[count];
        int[] levels = new int[count];
        float[] widths = new float[count];
        for (int e = 0; e < count; e++) {
            order[e] = e;
            int i = e / 2;
            Line.PlacedSpan p = spans.get(i);
            if (e % 2 == 0) {
                levels[e] = p.span().level();
                widths[e] = p.span().width();
            } else {
                Line.PlacedSpan next = spans.get(i + 1);
                int level = gaps.get(i);
                levels[e] = level == -1 ? Math.min(p.span().level(), next.span().level()) : level;
                widths[e] = next.x() - p.x() - p.span().width();
            }
        }
        // down to level 1 rather than to the lowest odd level on the line: the reversals below
        // that one take in the whole line, an even number of times, and undo each other
        for (int level = max; level >= 1; level--) {
            for (int e = 0; e < count; ) {
                if (levels[order[e]] >= level) {
                    int end = e;
                    while (end < count && levels[order[end]] >= level) {
                        end++;
                    }
                    assert end > e : "a run has an element";
                    reverse(order, e, end - 1);
                    e = end;
                } else {
                    e++;
                }
            }
        }
        float[] xs = new float[n];
        float x = spans.get(0).x();
        for (int e = 0; e < count; e++) {
            if (order[e] % 2 == 0) {
                xs[order[e] / 2] = x;
            }
            x += widths[order[e]];
        }
        List<Line.PlacedSpan> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Line.PlacedSpan p = spans.get(i);
            out.add(new Line.PlacedSpan(p.span(), xs[i], p.actualText()));
        }
        return out;
    }

    private static void reverse(int[] a, int from, int to) {
        for (; from < to; from++, to--) {
            int t = a[from];
            a[from] = a[to];
            a[to] = t;
        }
    }
}
