package io.pressrun.typeset;

/** The width available to each line of a paragraph, by line number from 0. */
@FunctionalInterface
public interface LineWidths {
    float width(int line);

    static LineWidths constant(float w) {
        return line -> w;
    }

    /** First line narrower or wider than the rest (an indented first line, a hanging list marker). */
    static LineWidths firstAndRest(float first, float rest) {
        return line -> line == 0 ? first : rest;
    }
}
