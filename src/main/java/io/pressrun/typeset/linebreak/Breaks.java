package io.pressrun.typeset.linebreak;

import java.util.List;
import java.util.Objects;

/**
 * A line breaker's answer: where each line of a paragraph ends, and which pass found it.
 *
 * @param positions the index of the item at which each line ends (a glue or a penalty), in
 *                  order; the last is the paragraph's final forced break
 * @param pass      how the breaks were chosen
 */
public record Breaks(List<Integer> positions, Pass pass) {
    public Breaks {
        positions = List.copyOf(positions);
        Objects.requireNonNull(pass, "pass");
    }

    /** How a paragraph's breaks were chosen. */
    public enum Pass {
        /** Total fit without hyphenation: every line within the pretolerance. */
        PRETOLERANCE,
        /** Total fit, first pass that may hyphenate: every line within badness 200. */
        TOLERANCE_200,
        /** Total fit, second pass: within badness 1000. */
        TOLERANCE_1000,
        /** Total fit, third pass: within badness 2000, with emergency stretch. */
        EMERGENCY,
        /** First fit because no total-fit pass found a paragraph. */
        FALLBACK,
        /** First fit, chosen for its own sake (ragged text). */
        FIRST_FIT,
        /** Not broken by a line breaker: lines set as they come (code, single lines). */
        NONE
    }
}
