package io.pressrun.typeset.linebreak;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.pressrun.typeset.linebreak.Paragraphs.box;
import static io.pressrun.typeset.linebreak.Paragraphs.firstFit;
import static io.pressrun.typeset.linebreak.Paragraphs.glue;
import static io.pressrun.typeset.linebreak.Paragraphs.hyphen;
import static io.pressrun.typeset.linebreak.Paragraphs.penalty;
import static io.pressrun.typeset.linebreak.Paragraphs.totalFit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random paragraphs of 8 to 14 words, with hyphenation points, penalties and bonuses, line
 * breaks and lines of different widths: the breaker's choice has the least demerits of all
 * feasible ways, as {@link ExhaustiveBreaks} finds them one by one.
 */
class ExhaustiveSearchTest {
    /** The breaker's first pass, and its second when nothing fits the first. */
    static final double[] TOLERANCES = {200, 1000};

    @Test
    void theBreakerFindsTheLeastDemeritsOfAllFeasibleBreaks() {
        Random random = new Random(1981);
        int compared = 0;
        int notFirstFit = 0;
        int hyphenated = 0;
        for (int n = 0; n < 2000; n++) {
            List<Item> items = paragraph(random);
            LineWidths widths = widths(random);
            for (double tolerance : TOLERANCES) {
                ExhaustiveBreaks.Best best = ExhaustiveBreaks.best(items, widths, tolerance);
                if (best == null) {
                    continue; // nothing fits: the breaker's later passes are not modelled here
                }
                List<Integer> chosen = totalFit(items, widths);
                double d = ExhaustiveBreaks.demerits(items, widths, tolerance, chosen);
                assertEquals(best.demerits(), d, 1e-9 * Math.max(1, Math.abs(best.demerits())),
                        "paragraph " + n + " at tolerance " + tolerance + ": " + chosen + " against " + best.breaks()
                                + " in " + describe(items));
                compared++;
                if (!best.breaks().equals(firstFit(items, widths))) {
                    notFirstFit++;
                }
                if (best.breaks().stream().anyMatch(b -> items.get(b) instanceof Item.Penalty p && p.flagged())) {
                    hyphenated++;
                }
                break;
            }
        }
        assertTrue(compared > 1700, "only " + compared + " paragraphs could be set");
        assertTrue(notFirstFit > compared / 3, "total fit differs from first fit in " + notFirstFit);
        assertTrue(hyphenated > compared / 10, "hyphenated in " + hyphenated);
    }

    /**
     * Words 8 to 40 wide (a third of those over 24 with a hyphenation point); spaces 8 to 12 with
     * stretch 4 to 9 and shrink 2 to 5 (never more than their width); now and then a penalty or a
     * bonus for breaking at a space (-100 to 100), or a line break.
     */
    static List<Item> paragraph(Random random) {
        List<Item> items = new ArrayList<>();
        int words = 8 + random.nextInt(7);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                int kind = random.nextInt(20);
                if (kind == 0) {
                    items.add(new Item.Glue(0, Paragraphs.FILL, 0));
                    items.add(Item.Penalty.forcedBreak());
                } else {
                    if (kind <= 2) {
                        items.add(penalty(random.nextInt(201) - 100));
                    }
                    items.add(glue(8 + random.nextInt(5), 4 + random.nextInt(6), 2 + random.nextInt(4)));
                }
            }
            int w = 8 + random.nextInt(33);
            if (w > 24 && random.nextInt(3) == 0) {
                items.add(box(w / 2));
                items.add(hyphen());
                items.add(box(w - w / 2));
            } else {
                items.add(box(w));
            }
        }
        items.add(new Item.Glue(0, Paragraphs.FILL, 0));
        items.add(Item.Penalty.forcedBreak());
        return items;
    }

    /** One measure, a first line of its own, or every line different. */
    static LineWidths widths(Random random) {
        float w = 110 + random.nextInt(51);
        return switch (random.nextInt(3)) {
            case 0 -> LineWidths.constant(w);
            case 1 -> LineWidths.firstAndRest(w - 20 + random.nextInt(41), w);
            default -> {
                int step = 5 + random.nextInt(11);
                yield line -> w + step * (line % 3) - step;
            }
        };
    }

    static String describe(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item it : items) {
            if (it instanceof Item.Box b) {
                sb.append(" B").append(b.width());
            } else if (it instanceof Item.Glue g) {
                sb.append(" G(").append(g.width()).append(',').append(g.stretch()).append(',').append(g.shrink()).append(')');
            } else if (it instanceof Item.Penalty p) {
                sb.append(p.flagged() ? " H" : " P").append(p.cost());
            }
        }
        return sb.toString();
    }
}
