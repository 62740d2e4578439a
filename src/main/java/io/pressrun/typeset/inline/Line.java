package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Span;
import java.util.List;

/**
 * A set line: spans at horizontal offsets from the line's left edge.
 *
 * @param width the width the line occupies (the measure when justified)
 * @param label the list label its first spans are, or null
 */
public record Line(List<PlacedSpan> spans, float width, Label label) {
    public Line {
        spans = List.copyOf(spans);
        if (label != null && label.spans() > spans.size()) {
            throw new IllegalArgumentException("label of " + label.spans() + " spans on a line of " + spans.size());
        }
    }

    public Line(List<PlacedSpan> spans, float width) {
        this(spans, width, null);
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

    public String text() {
        var sb = new StringBuilder();
        float end = 0;
        for (PlacedSpan p : spans) {
            if (sb.length() > 0 && p.x() > end + 0.01f) {
                sb.append(' ');
            }
            sb.append(p.span().text());
            end = p.x() + p.span().width();
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
