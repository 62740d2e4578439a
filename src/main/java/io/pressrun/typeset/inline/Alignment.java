package io.pressrun.typeset.inline;

public enum Alignment {
    /** Flush both sides; a paragraph's last line and lines before a forced break stay flush left. */
    JUSTIFIED,
    LEFT,
    CENTRED,
    RIGHT
}
