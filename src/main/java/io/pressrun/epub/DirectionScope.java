package io.pressrun.epub;

import io.pressrun.model.TextDirection;

import java.util.function.Supplier;

/**
 * The direction the element being built stands in, for the {@code dir} attributes of the EPUB's
 * elements: the document's direction (from the article's language) at the top, then that of
 * each element that has its own. An element gets a {@code dir} attribute only when its direction
 * differs from the one it stands in, so an English paragraph in an Arabic article reads left to
 * right, and an Arabic quotation in an English one right to left.
 */
final class DirectionScope {
    private TextDirection around;

    DirectionScope(TextDirection document) {
        this.around = document;
    }

    /** The direction of the element being built. */
    TextDirection around() {
        return around;
    }

    /**
     * The {@code dir} attribute of an element of text: the direction of its first strong
     * character when it has one and that differs from {@link #around}; else empty.
     */
    String attribute(CharSequence text) {
        return attribute(TextDirection.of(text, around));
    }

    /** The {@code dir} attribute of an element written in {@code own}: empty when that is {@link #around}. */
    String attribute(TextDirection own) {
        return own == around ? "" : own.attribute();
    }

    /** Builds the inside of an element written in {@code own}, whose own elements are compared to it. */
    <T> T within(TextDirection own, Supplier<T> build) {
        TextDirection outer = around;
        around = own;
        try {
            return build.get();
        } finally {
            around = outer;
        }
    }
}
