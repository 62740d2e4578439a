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
     * @return the index of the item at which each line ends (a glue or a penalty), in order;
     *         the last is the paragraph's final forced break
     */
    List<Integer> breakpoints(List<Item> items, LineWidths widths);

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
