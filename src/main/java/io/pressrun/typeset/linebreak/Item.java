package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.font.Span;
import java.util.List;

/**
 * The material a line breaker works on, in the Knuth-Plass model: boxes (unbreakable text),
 * glue (stretchable space, a legal break when it follows a box) and penalties (break points
 * with a cost; a forced break has cost {@link #FORCED}).
 */
public sealed interface Item {
    float FORCED = Float.NEGATIVE_INFINITY;
    float FORBIDDEN = Float.POSITIVE_INFINITY;
    /** Stretchability of the glue that ends a paragraph: in effect unlimited. */
    float FILL = 100_000f;

    float width();

    /** A word or word fragment: one or more spans that stay together. */
    record Box(List<Span> spans, float width) implements Item {
        public Box {
            spans = List.copyOf(spans);
        }

        public String text() {
            var sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    /** Inter-word space; {@code level} is the bidi level of the space it stands for (0 in left-to-right text). */
    record Glue(float width, float stretch, float shrink, int level) implements Item {
        /** Glue in left-to-right text. */
        public Glue(float width, float stretch, float shrink) {
            this(width, stretch, shrink, 0);
        }
    }

    /**
     * A possible break with a cost; {@code width} is added when breaking here. A flagged
     * penalty is a break after a hyphen (explicit, or one the break adds: then {@code hyphen}
     * is the glyph to set at the end of the line, otherwise null).
     */
    record Penalty(float width, float cost, boolean flagged, Span hyphen) implements Item {
        public Penalty(float width, float cost, boolean flagged) {
            this(width, cost, flagged, null);
        }

        /** A discretionary hyphen: breaking here ends the line with {@code hyphen}. */
        public static Penalty hyphen(Span hyphen, float cost) {
            return new Penalty(hyphen.width(), cost, true, hyphen);
        }

        public static Penalty forcedBreak() {
            return new Penalty(0, FORCED, false);
        }

        public boolean isForced() {
            return cost == FORCED;
        }

        public boolean isHyphen() {
            return hyphen != null;
        }
    }
}
