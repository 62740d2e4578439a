package io.pressrun.typeset.linebreak;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A line's glyph expansion: as much of the missing width as the limits allow, in whole steps. */
class ExpansionTest {
    private static final Expansion TWO_PERCENT = new Expansion(0.02f, 0.02f, 0.005f);

    @Test
    void glyphsTakeWhatIsMissingRoundedToTheNearestStep() {
        // 300 pt of glyphs; 1 % of them is 3 pt
        assertEquals(0.01f, TWO_PERCENT.of(3, 300), 1e-6f);
        assertEquals(0.01f, TWO_PERCENT.of(3.6f, 300), 1e-6f, "1.2 % rounds to 1 %");
        assertEquals(0.015f, TWO_PERCENT.of(3.9f, 300), 1e-6f, "1.3 % rounds to 1.5 %");
        assertEquals(0, TWO_PERCENT.of(0.6f, 300), 1e-6f, "0.2 % rounds to nothing");
        assertEquals(-0.005f, TWO_PERCENT.of(-1.2f, 300), 1e-6f, "a line too long narrows its glyphs");
    }

    @Test
    void neverPastTheLimits() {
        assertEquals(0.02f, TWO_PERCENT.of(30, 300), 1e-6f);
        assertEquals(-0.02f, TWO_PERCENT.of(-30, 300), 1e-6f);
        var uneven = new Expansion(0.012f, 0.007f, 0.005f);
        assertEquals(0.01f, uneven.of(30, 300), 1e-6f, "the last whole step within the stretch limit");
        assertEquals(-0.005f, uneven.of(-30, 300), 1e-6f, "the last whole step within the shrink limit");
    }

    @Test
    void nothingWithoutGlyphsOrWithoutExpansion() {
        assertEquals(0, TWO_PERCENT.of(5, 0));
        assertEquals(0, Expansion.NONE.of(5, 300));
        assertEquals(0, Expansion.NONE.of(-5, 300));
    }

    @Test
    void refusesDistortingLimitsAndEmptySteps() {
        assertThrows(IllegalArgumentException.class, () -> new Expansion(0.06f, 0.02f, 0.005f));
        assertThrows(IllegalArgumentException.class, () -> new Expansion(0.02f, -0.01f, 0.005f));
        assertThrows(IllegalArgumentException.class, () -> new Expansion(0.02f, 0.02f, 0));
    }

    @Test
    void acceptsEveryLimitFromNoneToTheMostAndAStepOfAWhole() {
        for (float stretch : new float[]{0, Expansion.LIMIT}) {
            for (float shrink : new float[]{0, Expansion.LIMIT}) {
                Expansion e = new Expansion(stretch, shrink, 1);
                assertEquals(stretch, e.stretch());
                assertEquals(shrink, e.shrink());
                assertEquals(1, e.step());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new Expansion(0.02f, 0.02f, 1.001f));
        assertThrows(IllegalArgumentException.class, () -> new Expansion(0.02f, 0.0501f, 0.005f));
    }
}
