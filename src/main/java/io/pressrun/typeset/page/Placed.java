package io.pressrun.typeset.page;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.model.Image;

/**
 * Something drawn at a fixed place on a page. Coordinates are PDF user space: points from
 * the page's lower left corner.
 */
public sealed interface Placed {
    StructTag tag();

    /** A line of text whose baseline starts at ({@code x}, {@code baseline}). */
    record TextLine(float x, float baseline, Line line, StructTag tag) implements Placed {
    }

    /** An image whose lower left corner is at ({@code x}, {@code y}). */
    record Picture(float x, float y, float width, float height, Image image, StructTag tag) implements Placed {
    }

    /** A horizontal rule from {@code x} to {@code x + width} at height {@code y}. */
    record Rule(float x, float y, float width, float thickness, Colour colour) implements Placed {
        @Override
        public StructTag tag() {
            return StructTag.ARTIFACT;
        }
    }
}
