package io.pressrun.typeset.linebreak;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking: each line takes as many words as fit at their natural spacing.
 * Fast and predictable; the spacing of consecutive lines is not balanced.
 */
public final class FirstFitLineBreaker implements LineBreaker {

    @Override
    public Breaks breaks(List<Item> items, LineWidths widths) {
        return new Breaks(positions(items, widths), Breaks.Pass.FIRST_FIT);
    }

    static List<Integer> positions(List<Item> items, LineWidths widths) {
        List<Integer> breaks = new ArrayList<>();
        int start = 0;
        while (start < items.size()) {
            int end = lineEnd(items, start, widths.width(breaks.size()));
            breaks.add(end);
            int next = LineBreaker.nextLineStart(items, end);
            assert next > start : "each line starts after the one before";
            start = next;
        }
        return breaks;
    }

    /** The break ending the line that starts at {@code start}. */
    private static int lineEnd(List<Item> items, int start, float available) {
        float width = 0;
        int candidate = -1;
        for (int i = start; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                width += b.width();
                if (width > available && candidate >= 0) {
                    return candidate;
                }
            } else if (it instanceof Item.Glue g) {
                if (i > start && items.get(i - 1) instanceof Item.Box) {
                    candidate = i;
                }
                width += g.width();
            } else if (it instanceof Item.Penalty p) {
                if (p.isForced()) {
                    return i;
                }
                if (p.cost() < Item.FORBIDDEN && width + p.width() <= available && i > start) {
                    candidate = i;
                }
            }
        }
        return items.size() - 1;
    }
}
