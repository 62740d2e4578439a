package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.linebreak.Breaks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set line: spans at horizontal offsets from the line's left edge, and how it was set.
 *
 * @param width      the width the line occupies (the measure when justified)
 * @param label      the list label its first spans are, or null
 * @param ratio      the adjustment ratio its spaces were set at: stretched by {@code ratio}
 *                   times their stretchability when positive, shrunk by {@code -ratio} times
 *                   their shrinkability when negative
 * @param pass       the line breaker's pass that chose the breaks of its paragraph
 * @param hyphenated whether the line ends with a hyphen its break added
 * @param expansion  how much wider (positive) or narrower its glyphs are set, a share of
 *                   their width (font expansion; 0 for none)
 */
public record Line(List<PlacedSpan> spans, float width, Label label, float ratio, Breaks.Pass pass,
                   boolean hyphenated, float expansion) {
    public Line {
        spans = List.copyOf(spans);
        Objects.requireNonNull(pass, "pass");
        if (label != null && label.spans() > spans.size()) {
            throw new IllegalArgumentException("label of " + label.spans() + " spans on a line of " + spans.size());
        }
    }

    /** A line set as it comes, not broken by a line breaker nor justified (a line of code). */
    public Line(List<PlacedSpan> spans, float width) {
        this(spans, width, null, 0, Breaks.Pass.NONE, false, 0);
    }

    /** This line with {@code marker} before its spans as its list label, tagged {@code tag}. */
    public Line withLabel(List<PlacedSpan> marker, StructTag tag) {
        List<PlacedSpan> all = new ArrayList<>(marker);
        all.addAll(spans);
        return new Line(all, width, new Label(marker.size(), tag), ratio, pass, hyphenated, expansion);
    }

    /**
     * {@code spans} placed one after the other so that they end {@code gap} points before the
     * line's start: a label hung in the left indent (a list marker, a continuation mark).
     */
    public static List<PlacedSpan> hung(List<Span> spans, float gap) {
        float w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        List<PlacedSpan> placed = new ArrayList<>();
        float x = -w - gap;
        for (Span s : spans) {
            placed.add(new PlacedSpan(s, x));
            x += s.width();
        }
        return placed;
    }

    /**
     * {@code spans} placed one after the other from {@code gap} points after {@code edge}: a
     * label hung in the right indent of a right-to-left line whose box ends at {@code edge}.
     */
    public static List<PlacedSpan> hungRight(List<Span> spans, float gap, float edge) {
        List<PlacedSpan> placed = new ArrayList<>();
        float x = edge + gap;
        for (Span s : spans) {
            placed.add(new PlacedSpan(s, x));
            x += s.width();
        }
        return placed;
    }

    /** The first {@code spans} spans of the line are a list item's label (its bullet or number), tagged {@code tag}. */
    public record Label(int spans, StructTag tag) {
    }

    /**
     * A span at {@code x} points from the line's start. {@code actualText}, when not null, is
     * what the span stands for in the text (for extraction and assistive technology) in place
     * of the glyphs it shows: the hyphen a break added stands for the rest of the word, and the
     * rest of the word at the start of the next line then stands for nothing.
     */
    public record PlacedSpan(Span span, float x, String actualText) {
        public PlacedSpan(Span span, float x) {
            this(span, x, null);
        }
    }

    /** The line's text in reading order, a space where two spans do not touch (on either side: right to left). */
    public String text() {
        var sb = new StringBuilder();
        PlacedSpan before = null;
        for (PlacedSpan p : spans) {
            if (before != null && Math.abs(p.x() - (before.x() + before.span().width())) > 0.01f
                    && Math.abs(before.x() - (p.x() + p.span().width())) > 0.01f) {
                sb.append(' ');
            }
            sb.append(p.span().text());
            before = p;
        }
        return sb.toString();
    }

    /** Highest ascender above the baseline, in points. */
    public float ascent() {
        float a = 0;
        for (PlacedSpan p : spans) {
            a = Math.max(a, p.span().face().ascent() * p.span().size());
        }
        return a;
    }
}
