package io.pressrun.typeset.page;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.model.Image;

import java.util.List;

/**
 * One piece of the article's vertical flow, ready to be put on a page: a set line, a picture,
 * a rule, or a row of a table. {@code indent} is from the left edge of the text block; {@code keepWithNext}
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

    /**
     * An image scaled to {@code width} x {@code height} points; one that {@code floats} (a
     * figure in the body) may wait for the top of the next page while the text after it fills
     * the page ({@link FillingPaginator}); there it keeps {@code spaceAfter} below it (with its
     * caption and credit), as a figure at the top of a page does.
     */
    record Picture(Image image, float indent, float width, float height, float spaceBefore, boolean keepWithNext,
                   StructTag tag, boolean floats, float spaceAfter) implements FlowElement {
        @Override
        public FlowElement withSpaceBefore(float space) {
            return new Picture(image, indent, width, height, space, keepWithNext, tag, floats, spaceAfter);
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

    /**
     * A row of a table (or a piece of one taller than a page): lines and rules side by side,
     * each {@code dy} points below the row's top, that go on a page together. {@code repeat},
     * when not null, is the table's header row as set again (an artifact) at the top of a page
     * this row starts.
     */
    record Row(List<Part> parts, float height, float spaceBefore, boolean keepWithNext, StructTag tag, Row repeat)
            implements FlowElement {
        public Row {
            parts = List.copyOf(parts);
        }

        @Override
        public FlowElement withSpaceBefore(float space) {
            return new Row(parts, height, space, keepWithNext, tag, repeat);
        }

        public Row keptWithNext() {
            return new Row(parts, height, spaceBefore, true, tag, repeat);
        }

        /** A line or rule of the row, its top {@code dy} points below the row's top. */
        public record Part(FlowElement element, float dy) {
        }
    }
}
