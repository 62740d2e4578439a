package io.pressrun.typeset.linebreak;

/** The width available to each line of a paragraph, by line number from 0. */
@FunctionalInterface
public interface LineWidths {
    float width(int line);

    /**
     * The line from which on every line has the same width, so that a line breaker need not
     * tell later lines apart; unknown ({@link Integer#MAX_VALUE}) unless a factory below says.
     */
    default int sameWidthFrom() {
        return Integer.MAX_VALUE;
    }

    static LineWidths constant(float w) {
        return new LineWidths() {
            @Override
            public float width(int line) {
                return w;
            }

            @Override
            public int sameWidthFrom() {
                return 0;
            }
        };
    }

    /** First line narrower or wider than the rest (an indented first line, a hanging list marker). */
    static LineWidths firstAndRest(float first, float rest) {
        return new LineWidths() {
            @Override
            public float width(int line) {
                return line == 0 ? first : rest;
            }

            @Override
            public int sameWidthFrom() {
                return 1;
            }
        };
    }
}
