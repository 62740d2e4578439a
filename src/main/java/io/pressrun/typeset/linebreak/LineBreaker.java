package io.pressrun.typeset.linebreak;

import java.util.List;

/**
 * Chooses where a paragraph's lines end. Implementations differ in how they judge a
 * paragraph (first fit, total fit); all see the same items and produce the same kind of answer.
 */
public interface LineBreaker {

    /**
     * @param items  boxes, glue and penalties ending with a forced break
     * @param widths the width available to each line
     * @return where each line ends, and the pass that chose it
     */
    Breaks breaks(List<Item> items, LineWidths widths);

    /** The font expansion the breaker counted on, which the lines must be set with. */
    default Expansion expansion() {
        return Expansion.NONE;
    }

    /** Only where each line ends: {@link #breaks}{@code .positions()}. */
    default List<Integer> breakpoints(List<Item> items, LineWidths widths) {
        return breaks(items, widths).positions();
    }

    /** Where the line after a break at {@code breakIndex} starts: past discardable items. */
    static int nextLineStart(List<Item> items, int breakIndex) {
        int i = breakIndex + 1;
        while (i < items.size() && !(items.get(i) instanceof Item.Box)) {
            if (items.get(i) instanceof Item.Penalty p && p.isForced()) {
                break;
            }
            i++;
        }
        return i;
    }
}
