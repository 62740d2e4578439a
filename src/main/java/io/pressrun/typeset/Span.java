package io.pressrun.typeset;

/** Text set in one font face, size and colour; the smallest thing that gets drawn. */
public record Span(String text, FontFace face, float size, Colour colour, String href, float width) {
}
