package io.pressrun.typeset.page;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.model.Image;

/**
 * One piece of the article's vertical flow, ready to be put on a page: a set line, a picture
 * or a rule. {@code indent} is from the left edge of the text block; {@code keepWithNext}
 * asks the paginator not to break the page after this element.
 */
public sealed interface FlowElement {
    float spaceBefore();

    float height();

    boolean keepWithNext();

    StructTag tag();

    FlowElement withSpaceBefore(float space);

    /** A line of text occupying {@code leading} points of height. */
    record TextLine(Line line, float indent, float leading, float spaceBefore, boolean keepWithNext, StructTag tag)
            implements FlowElement {
        @Override
        public float height() {
            return leading;
        }

        @Override
        public FlowElement withSpaceBefore(float space) {
            return new TextLine(line, indent, leading, space, keepWithNext, tag);
        }

        public TextLine keptWithNext() {
            return new TextLine(line, indent, leading, spaceBefore, true, tag);
        }

        /** The baseline's distance below the top of the line's slot. */
        public float baselineOffset() {
            float size = 0;
            for (Line.PlacedSpan s : line.spans()) {
                size = Math.max(size, s.span().size());
            }
            return (leading - size) / 2 + size * 0.8f;
        }
    }

    /** An image scaled to {@code width} x {@code height} points. */
    record Picture(Image image, float indent, float width, float height, float spaceBefore, boolean keepWithNext,
                   StructTag tag) implements FlowElement {
        @Override
        public FlowElement withSpaceBefore(float space) {
            return new Picture(image, indent, width, height, space, keepWithNext, tag);
        }
    }

    /** A horizontal rule centred vertically in {@code height}. */
    record Rule(float indent, float width, float thickness, Colour colour, float height, float spaceBefore,
                boolean keepWithNext) implements FlowElement {
        @Override
        public StructTag tag() {
            return StructTag.ARTIFACT;
        }

        @Override
        public FlowElement withSpaceBefore(float space) {
            return new Rule(indent, width, thickness, colour, height, space, keepWithNext);
        }
    }
}
