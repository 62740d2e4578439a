package io.pressrun.typeset;

import java.util.ArrayList;
import java.util.List;

/** Sets the lines a breaker chose: places each span, stretching or shrinking the glue. */
public final class LineSetter {
    /** Justified lines never stretch the spaces beyond this many times their stretchability. */
    private static final float MAX_STRETCH_RATIO = 4f;

    private LineSetter() {
    }

    public static List<Line> set(List<Item> items, List<Integer> breaks, LineWidths widths, Alignment align) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int n = 0; n < breaks.size(); n++) {
            int end = breaks.get(n);
            boolean forced = items.get(end) instanceof Item.Penalty p && p.isForced();
            Alignment lineAlign = align == Alignment.JUSTIFIED && forced ? Alignment.LEFT : align;
            Line line = setLine(items, start, end, widths.width(n), lineAlign);
            if (!line.spans().isEmpty() || n < breaks.size() - 1) {
                lines.add(line);
            }
            start = LineBreaker.nextLineStart(items, end);
        }
        return lines;
    }

    private static Line setLine(List<Item> items, int start, int end, float available, Alignment align) {
        // trailing glue is not part of the line
        int last = end;
        while (last > start && !(items.get(last - 1) instanceof Item.Box)) {
            last--;
        }
        float natural = 0;
        float stretch = 0;
        float shrink = 0;
        for (int i = start; i < last; i++) {
            Item it = items.get(i);
            natural += it instanceof Item.Penalty ? 0 : it.width();
            if (it instanceof Item.Glue g) {
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        float ratio = 0;
        if (align == Alignment.JUSTIFIED) {
            float diff = available - natural;
            if (diff > 0 && stretch > 0) {
                ratio = Math.min(diff / stretch, MAX_STRETCH_RATIO);
            } else if (diff < 0 && shrink > 0) {
                ratio = Math.max(diff / shrink, -1f);
            }
        }
        float x = switch (align) {
            case CENTRED -> Math.max(0, (available - natural) / 2);
            case RIGHT -> Math.max(0, available - natural);
            default -> 0;
        };
        List<Line.PlacedSpan> placed = new ArrayList<>();
        for (int i = start; i < last; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                for (Span s : b.spans()) {
                    placed.add(new Line.PlacedSpan(s, x));
                    x += s.width();
                }
            } else if (it instanceof Item.Glue g) {
                x += g.width() + ratio * (ratio >= 0 ? g.stretch() : g.shrink());
            }
        }
        return new Line(placed, align == Alignment.JUSTIFIED && ratio > 0 ? available : x);
    }
}
