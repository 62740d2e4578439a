package io.pressrun.typeset.linebreak;


import java.util.ArrayList;
import java.util.List;

/**
 * A second opinion on line breaking, written apart from the breaker: it walks every sequence of
 * breaks whose lines all fit within the tolerance and keeps the one with the least demerits. The
 * rules are those of Knuth and Plass (1981) with plain TeX's values, as the breaker states them:
 * badness 100|r|^3; fitness classes by adjustment ratio (tight below -1/2, decent to 1/2, loose to
 * 1, very loose above); demerits (10 + b)^2 plus or minus the penalty squared, 10 000 between lines
 * two or more classes apart, 10 000 for the second hyphenated line in a row, 5 000 for a last line
 * after a hyphenated one; at most two hyphenated lines in a row.
 *
 * <p>The paragraph's first line is not compared with anything: the breaker charges the fitness
 * demerits only between two lines. (tex.web §864 starts a paragraph with a decent "line 0", so
 * there a very loose first line pays them too.)
 */
final class ExhaustiveBreaks {
    static final double LINE_PENALTY = 10;
    static final double ADJACENT_DEMERITS = 10_000;
    static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    static final double FINAL_HYPHEN_DEMERITS = 5_000;
    static final int MAX_HYPHENS_IN_A_ROW = 2;

    record Best(List<Integer> breaks, double demerits) {
    }

    private final List<Item> items;
    private final LineWidths widths;
    private final double tolerance;
    private Best best;

    private ExhaustiveBreaks(List<Item> items, LineWidths widths, double tolerance) {
        this.items = items;
        this.widths = widths;
        this.tolerance = tolerance;
    }

    /** The least demerits within the tolerance, or null when no sequence of breaks fits it. */
    static Best best(List<Item> items, LineWidths widths, double tolerance) {
        var search = new ExhaustiveBreaks(items, widths, tolerance);
        search.from(0, 0, -1, false, 0, 0, new ArrayList<>());
        return search.best;
    }

    /** The demerits of breaking at {@code breaks}, infinite when a line does not fit the tolerance. */
    static double demerits(List<Item> items, LineWidths widths, double tolerance, List<Integer> breaks) {
        var judge = new ExhaustiveBreaks(items, widths, tolerance);
        double total = 0;
        int start = 0;
        int fitness = -1;
        boolean flagged = false;
        int hyphens = 0;
        for (int n = 0; n < breaks.size(); n++) {
            Line line = judge.line(start, breaks.get(n), n, fitness, flagged, hyphens);
            if (line == null) {
                return Double.POSITIVE_INFINITY;
            }
            total += line.demerits;
            fitness = line.fitness;
            flagged = line.flagged;
            hyphens = line.hyphens;
            start = startAfter(items, breaks.get(n));
        }
        return total;
    }

    /** Tries every line from {@code start} and goes on from each that fits. */
    private void from(int start, int lineNumber, int fitness, boolean flagged, int hyphens, double sum,
                      List<Integer> path) {
        double base = 0; // boxes and spaces from start up to the break, at their natural width
        double shrink = 0;
        for (int b = start; b < items.size(); b++) {
            if (base - shrink > widths.width(lineNumber)) {
                return; // shrunk all it can, this line and every longer one overflows
            }
            Item it = items.get(b);
            if (isBreak(b)) {
                Line line = line(start, b, lineNumber, fitness, flagged, hyphens);
                if (line != null) {
                    path.add(b);
                    if (b == items.size() - 1) {
                        if (best == null || sum + line.demerits < best.demerits()) {
                            best = new Best(List.copyOf(path), sum + line.demerits);
                        }
                    } else {
                        from(startAfter(items, b), lineNumber + 1, line.fitness, line.flagged, line.hyphens,
                                sum + line.demerits, path);
                    }
                    path.remove(path.size() - 1);
                }
                if (it instanceof Item.Penalty p && p.isForced()) {
                    return; // no line runs past a forced break
                }
            }
            if (it instanceof Item.Box box) {
                base += box.width();
            } else if (it instanceof Item.Glue g) {
                base += g.width();
                shrink += g.shrink();
            }
        }
    }

    private record Line(double demerits, int fitness, boolean flagged, int hyphens) {
    }

    /** The line from {@code start} to a break at {@code end} after a line of {@code fitness}, or null if it does not fit. */
    private Line line(int start, int end, int lineNumber, int previousFitness, boolean previousFlagged,
                      int previousHyphens) {
        double natural = 0;
        double stretch = 0;
        double shrink = 0;
        for (int i = start; i < end; i++) {
            if (items.get(i) instanceof Item.Box box) {
                natural += box.width();
            } else if (items.get(i) instanceof Item.Glue g) {
                natural += g.width();
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        Item.Penalty penalty = items.get(end) instanceof Item.Penalty p ? p : null;
        if (penalty != null) {
            natural += penalty.width();
        }
        double available = widths.width(lineNumber);
        double r;
        if (natural < available) {
            r = stretch > 0 ? (available - natural) / stretch : Double.POSITIVE_INFINITY;
        } else if (natural > available) {
            r = shrink > 0 ? (available - natural) / shrink : Double.NEGATIVE_INFINITY;
        } else {
            r = 0;
        }
        double b = badness(r);
        boolean flagged = penalty != null && penalty.flagged();
        int hyphens = flagged ? previousHyphens + 1 : 0;
        if (r < -1 || b > tolerance || hyphens > MAX_HYPHENS_IN_A_ROW) {
            return null;
        }
        double d = (LINE_PENALTY + b) * (LINE_PENALTY + b);
        if (penalty != null && !penalty.isForced()) {
            double p = penalty.cost();
            d += p >= 0 ? p * p : -p * p;
        }
        if (flagged && previousFlagged) {
            d += DOUBLE_HYPHEN_DEMERITS;
        }
        if (end == items.size() - 1 && previousFlagged) {
            d += FINAL_HYPHEN_DEMERITS;
        }
        int fitness = fitness(r);
        if (previousFitness >= 0 && Math.abs(fitness - previousFitness) > 1) {
            d += ADJACENT_DEMERITS;
        }
        return new Line(d, fitness, flagged, hyphens);
    }

    static double badness(double r) {
        return Math.min(10_000, 100 * Math.pow(Math.abs(r), 3));
    }

    /** 0 tight, 1 decent, 2 loose, 3 very loose. */
    static int fitness(double r) {
        if (r < -0.5) {
            return 0;
        } else if (r <= 0.5) {
            return 1;
        } else if (r <= 1) {
            return 2;
        }
        return 3;
    }

    /** A penalty that may be broken at, or a space right after a box (not the last line's fill). */
    private boolean isBreak(int i) {
        Item it = items.get(i);
        if (it instanceof Item.Penalty p) {
            return p.cost() < Item.FORBIDDEN;
        }
        return it instanceof Item.Glue g && g.stretch() < Paragraphs.FILL && i > 0
                && items.get(i - 1) instanceof Item.Box;
    }

    /** After a break, spaces and penalties are dropped up to the next box or forced break. */
    private static int startAfter(List<Item> items, int breakIndex) {
        int i = breakIndex + 1;
        while (i < items.size() && !(items.get(i) instanceof Item.Box)
                && !(items.get(i) instanceof Item.Penalty p && p.isForced())) {
            i++;
        }
        return i;
    }
}
