package io.pressrun.typeset.linebreak;

import io.pressrun.typeset.inline.ParagraphItems;

import java.util.ArrayList;
import java.util.List;

/** Item lists written out by hand, in the units of the hand computations beside them. */
final class Paragraphs {
    /** The stretch of the glue that fills a paragraph's last line: not a place to break. */
    static final float FILL = Item.FILL;

    private Paragraphs() {
    }

    static Item.Box box(float width) {
        return new Item.Box(List.of(), width);
    }

    static Item.Glue glue(float width, float stretch, float shrink) {
        return new Item.Glue(width, stretch, shrink);
    }

    /** A break that costs {@code cost} (negative: a bonus), unflagged and adding no width. */
    static Item.Penalty penalty(float cost) {
        return new Item.Penalty(0, cost, false);
    }

    /** A hyphenation point: a flagged penalty of cost 50 (plain TeX's \hyphenpenalty) adding a 5 wide hyphen. */
    static Item.Penalty hyphen() {
        return new Item.Penalty(5, 50, true);
    }

    /** The end of a paragraph whose last line is filled (TeX's \parfillskip), then the forced break. */
    static List<Item> filled(Item... items) {
        List<Item> list = new ArrayList<>(List.of(items));
        list.add(new Item.Glue(0, FILL, 0));
        list.add(Item.Penalty.forcedBreak());
        return list;
    }

    /** A paragraph whose last line is judged like any other (\parfillskip=0pt): just the forced break. */
    static List<Item> unfilled(Item... items) {
        List<Item> list = new ArrayList<>(List.of(items));
        list.add(Item.Penalty.forcedBreak());
        return list;
    }

    /** Words of the given widths with {@code space} between, ended like a paragraph. */
    static List<Item> words(Item.Glue space, float... widths) {
        List<Item> items = new ArrayList<>();
        for (float w : widths) {
            if (!items.isEmpty()) {
                items.add(space);
            }
            items.add(box(w));
        }
        return filled(items.toArray(Item[]::new));
    }

    static List<Integer> totalFit(List<Item> items, LineWidths widths) {
        return new KnuthPlassLineBreaker().breakpoints(items, widths);
    }

    static List<Integer> totalFit(List<Item> items, float width) {
        return totalFit(items, LineWidths.constant(width));
    }

    static List<Integer> firstFit(List<Item> items, LineWidths widths) {
        return new FirstFitLineBreaker().breakpoints(items, widths);
    }
}
