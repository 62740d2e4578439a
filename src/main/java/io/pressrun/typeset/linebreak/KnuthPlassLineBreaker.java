package io.pressrun.typeset.linebreak;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Total-fit line breaking (Knuth and Plass, "Breaking paragraphs into lines", 1981): of all
 * ways to break the paragraph whose lines stay within a tolerance, the one with the least
 * total demerits. A line's demerits grow with its badness (how far its spaces stretch or
 * shrink) and with the cost of its break; two hyphenated lines in a row, a hyphen ending the
 * last full line, and lines next to each other of very different tightness (fitness classes)
 * cost extra, and more than {@value #MAX_CONSECUTIVE_HYPHENS} hyphenated lines in a row are not
 * allowed. Looseness is 0: the best paragraph, whatever its number of lines.
 *
 * <p>Only breaks that could still end a line are kept active: once a line from an active
 * break would have to shrink past its limit, that break is dropped, so the work grows with
 * the paragraph times the breaks that fit on one line.
 *
 * <p>With font expansion ({@link #withExpansion}), each box adds its width times the
 * expansion's limits to its line's stretch and shrink, as pdfTeX adds the font stretch of a
 * line's characters: the adjustment ratio, badness and feasibility are over spaces and glyphs.
 *
 * <p>When no breaks fit the tolerance, the paragraph is tried again with a higher tolerance,
 * then with emergency stretch (loose lines allowed, as TeX's {@code \emergencystretch}), and
 * only if that fails too are the lines chosen first-fit, which never overflows but may be
 * loose. An empty line between two forced breaks (two line breaks in a row) counts as a
 * perfect line: it has nothing to stretch. The answer says which pass it came from. The
 * breaker keeps no state, so one instance may break paragraphs on several threads.
 *
 * <p>Where it follows TeX ({@code tex.web}, "TeX: The Program"): badness as in §108; the
 * demerits of a line as in §859 (line penalty plus badness, squared, plus or minus the
 * penalty squared, nothing for a forced break; double-hyphen, final-hyphen and adjacent-class
 * demerits); fitness classes as in §817 (here numbered from tight to very loose); feasible
 * breaks and the active list as in §829–§836 (try_break); looseness 0 (§875).
 * Where it departs: fitness classes come from the adjustment ratio itself (r > 1 very loose,
 * r > 0.5 loose, r < -0.5 tight), where TeX rounds it to an integer badness first (b > 99,
 * b > 12), which differ only at the boundaries; the first line is never charged adjacent-class
 * demerits against the paragraph's start (TeX counts the start as decent); every pass may
 * hyphenate unless a pretolerance is given (then, as TeX's first pass with
 * {@code \pretolerance}, a first pass breaks only at spaces and hard hyphens, and soft
 * hyphens in the source wait for the later passes too); the tolerances are then 200, 1000 and
 * 2000 with emergency stretch (§863's passes); when even that fails the
 * paragraph is set first-fit rather than with TeX's artificial demerits (§854); an empty line
 * between two forced breaks has badness 0, where TeX finds it underfull (badness 10,000) and
 * keeps the paragraph only through those artificial demerits; and hyphen
 * ladders are limited outright, which TeX only discourages.
 */
public final class KnuthPlassLineBreaker implements LineBreaker {
    /** The passes tried in turn: badness tolerance and extra stretch as a fraction of the line width. */
    private static final List<Attempt> PASSES = List.of(new Attempt(Breaks.Pass.TOLERANCE_200, 200, 0, true),
        new Attempt(Breaks.Pass.TOLERANCE_1000, 1000, 0, true), new Attempt(Breaks.Pass.EMERGENCY, 2000, 0.15f, true));
    private static final double LINE_PENALTY = 10;
    private static final double DOUBLE_HYPHEN_DEMERITS = 10_000;
    private static final double FINAL_HYPHEN_DEMERITS = 5_000;
    private static final double ADJACENT_DEMERITS = 10_000;
    private static final double INFINITE_BADNESS = 10_000;
    /** At most this many lines in a row end in a hyphen (a "ladder" of more is never chosen). */
    static final int MAX_CONSECUTIVE_HYPHENS = 2;

    /** A pass: its tolerance, extra stretch, and whether it may break at hyphenation points. */
    private record Attempt(Breaks.Pass pass, double tolerance, float emergencyStretch, boolean hyphenate) {
    }

    private final int maxHyphens;
    private final List<Attempt> passes;
    private final Expansion expansion;

    /** Every pass may hyphenate. */
    public KnuthPlassLineBreaker() {
        this(MAX_CONSECUTIVE_HYPHENS);
    }

    /** With a different limit of hyphenated lines in a row (for tests). */
    KnuthPlassLineBreaker(int maxConsecutiveHyphens) {
        this(maxConsecutiveHyphens, PASSES, Expansion.NONE);
    }

    private KnuthPlassLineBreaker(int maxHyphens, List<Attempt> passes, Expansion expansion) {
        this.maxHyphens = maxHyphens;
        this.passes = passes;
        this.expansion = expansion;
    }

    /**
     * This breaker with font expansion: the glyphs of each line add their widths times the
     * expansion's limits to the line's stretchability and shrinkability.
     */
    public KnuthPlassLineBreaker withExpansion(Expansion e) {
        return new KnuthPlassLineBreaker(maxHyphens, passes, e);
    }

    @Override
    public Expansion expansion() {
        return expansion;
    }

    /**
     * First a pass that does not hyphenate, with lines within badness {@code pretolerance}
     * (TeX's {@code \pretolerance}), then the passes that may: a paragraph is hyphenated only
     * when it cannot be set well without.
     */
    public static KnuthPlassLineBreaker withPretolerance(double pretolerance) {
        return new KnuthPlassLineBreaker(pretolerance);
    }

    private KnuthPlassLineBreaker(double pretolerance) {
        this(MAX_CONSECUTIVE_HYPHENS, withFirst(new Attempt(Breaks.Pass.PRETOLERANCE, pretolerance, 0, false)),
                Expansion.NONE);
    }

    private static List<Attempt> withFirst(Attempt first) {
        List<Attempt> all = new ArrayList<>();
        all.add(first);
        all.addAll(PASSES);
        return List.copyOf(all);
    }

    @Override
    public Breaks breaks(List<Item> items, LineWidths widths) {
        Sums sums = new Sums(items, expansion);
        for (Attempt attempt : passes) {
            List<Integer> breaks = run(items, widths, sums, attempt, maxHyphens);
            if (breaks != null) {
                return new Breaks(breaks, attempt.pass());
            }
        }
        return new Breaks(FirstFitLineBreaker.positions(items, widths), Breaks.Pass.FALLBACK);
    }

    /**
     * Running totals of width, stretch and shrink before each item (penalties count nothing);
     * a box's stretch and shrink are its glyphs' expansion limits.
     */
    private static final class Sums {
        final double[] width;
        final double[] stretch;
        final double[] shrink;
        final Expansion expansion;

        Sums(List<Item> items, Expansion expansion) {
            this.expansion = expansion;
            int n = items.size();
            width = new double[n + 1];
            stretch = new double[n + 1];
            shrink = new double[n + 1];
            for (int i = 0; i < n; i++) {
                Item it = items.get(i);
                double w = 0;
                double y = 0;
                double z = 0;
                if (it instanceof Item.Box b) {
                    w = b.width();
                    y = w * expansion.stretch();
                    z = w * expansion.shrink();
                } else if (it instanceof Item.Glue g) {
                    w = g.width();
                    y = g.stretch();
                    z = g.shrink();
                }
                width[i + 1] = width[i] + w;
                stretch[i + 1] = stretch[i] + y;
                shrink[i + 1] = shrink[i] + z;
            }
        }
    }

    /** A feasible break: where the next line starts, its number, and the best way here. */
    private static final class Node {
        final int position;   // the break's item index (-1 for the paragraph's start)
        final int start;      // the first item of the line after the break
        final int line;       // the number of the line after the break, from 0
        final int fitness;    // of the line ending at this break
        final boolean flagged;
        final int hyphens;    // lines in a row, up to this one, that end in a hyphen
        final double demerits;
        final Node previous;
        Node next;            // in the active list

        Node(int position, int start, int line, int fitness, boolean flagged, int hyphens, double demerits,
             Node previous) {
            this.position = position;
            this.start = start;
            this.line = line;
            this.fitness = fitness;
            this.flagged = flagged;
            this.hyphens = hyphens;
            this.demerits = demerits;
            this.previous = previous;
        }
    }

    /** One pass; null when some forced break cannot be reached with lines within the tolerance. */
    private static List<Integer> run(List<Item> items, LineWidths widths, Sums sums, Attempt pass,
                                     int maxHyphens) {
        Node head = new Node(-1, 0, 0, 1, false, 0, 0, null); // the active list, ordered by position
        int sameFrom = widths.sameWidthFrom();
        Node last = null;
        List<Node> best = new ArrayList<>(8); // the best new break at b for each fitness class and line
        for (int b = 0; b < items.size(); b++) {
            Item it = items.get(b);
            double penalty;
            double penaltyWidth = 0;
            boolean flagged = false;
            if (it instanceof Item.Penalty p) {
                if (p.cost() >= Item.FORBIDDEN || p.isHyphen() && !pass.hyphenate()) {
                    continue;
                }
                penalty = p.cost();
                penaltyWidth = p.width();
                flagged = p.flagged();
            } else if (it instanceof Item.Glue g && g.stretch() < Item.FILL && b > 0
                    && items.get(b - 1) instanceof Item.Box) {
                penalty = 0; // (never at the glue that fills the last line: the line ends at the forced break)
            } else {
                continue;
            }
            boolean forced = penalty == Item.FORCED;
            best.clear();
            int nextStart = -1;
            Node prev = null;
            for (Node a = head; a != null; a = a.next) {
                if (a.start > b) {
                    prev = a;
                    continue;
                }
                float available = widths.width(a.line);
                double natural = sums.width[b] - sums.width[a.start] + penaltyWidth;
                double ratio;
                if (a.start == b) {
                    ratio = 0; // an empty line, between two forced breaks: nothing to stretch, and nothing amiss
                } else if (natural < available) {
                    double stretch = sums.stretch[b] - sums.stretch[a.start] + pass.emergencyStretch * available
                            + penaltyWidth * sums.expansion.stretch();
                    ratio = stretch > 0 ? (available - natural) / stretch : Double.POSITIVE_INFINITY;
                } else if (natural > available) {
                    double shrink = sums.shrink[b] - sums.shrink[a.start] + penaltyWidth * sums.expansion.shrink();
                    ratio = shrink > 0 ? (available - natural) / shrink : Double.NEGATIVE_INFINITY;
                } else {
                    ratio = 0;
                }
                if (ratio >= -1) {
                    double badness = badness(ratio);
                    int hyphens = flagged ? a.hyphens + 1 : 0;
                    if (badness <= pass.tolerance && hyphens <= maxHyphens) {
                        double d = demerits(badness, penalty, forced);
                        if (flagged && a.flagged) {
                            d += DOUBLE_HYPHEN_DEMERITS;
                        }
                        if (forced && a.flagged && b == items.size() - 1) {
                            d += FINAL_HYPHEN_DEMERITS;
                        }
                        int fitness = fitness(ratio);
                        if (a.position >= 0 && Math.abs(fitness - a.fitness) > 1) {
                            d += ADJACENT_DEMERITS;
                        }
                        d += a.demerits;
                        if (nextStart < 0) {
                            nextStart = LineBreaker.nextLineStart(items, b);
                        }
                        offer(best, new Node(b, nextStart, a.line + 1, fitness, flagged, hyphens, d, a), sameFrom);
                    }
                }
                if (ratio < -1 || forced) {
                    // no line from a can end at or after b: drop a
                    if (prev == null) {
                        head = a.next;
                    } else {
                        prev.next = a.next;
                    }
                } else {
                    prev = a;
                }
            }
            // append the new breaks after the last kept one (positions only grow: the list stays ordered)
            Node tail = prev;
            for (Node n : best) {
                if (tail == null) {
                    head = n;
                } else {
                    tail.next = n;
                }
                tail = n;
            }
            if (head == null) {
                return null; // nothing can reach the rest of the paragraph in this pass
            }
            if (forced && b == items.size() - 1) {
                for (Node n = head; n != null; n = n.next) {
                    if (n.position == b && (last == null || n.demerits < last.demerits)) {
                        last = n;
                    }
                }
            }
        }
        if (last == null) {
            return null;
        }
        List<Integer> breaks = new ArrayList<>();
        for (Node n = last; n != null && n.position >= 0; n = n.previous) {
            breaks.add(n.position);
        }
        Collections.reverse(breaks);
        return breaks;
    }

    /** Keeps {@code n} unless a break here with the same fitness, line width class and hyphen count is better. */
    private static void offer(List<Node> best, Node n, int sameFrom) {
        int lineClass = Math.min(n.line, sameFrom);
        for (int i = 0; i < best.size(); i++) {
            Node o = best.get(i);
            if (o.fitness == n.fitness && o.hyphens == n.hyphens && Math.min(o.line, sameFrom) == lineClass) {
                if (n.demerits < o.demerits) {
                    best.set(i, n);
                }
                return;
            }
        }
        best.add(n);
    }

    /**
     * TeX's badness (tex.web §108): 100 |r|^3, at most 10 000 ("inf_bad"). TeX computes it
     * in integers, approximately; this is the exact value, so it can differ by a unit.
     */
    static double badness(double ratio) {
        if (Double.isInfinite(ratio)) {
            return INFINITE_BADNESS;
        }
        double r = Math.abs(ratio);
        return Math.min(INFINITE_BADNESS, 100 * r * r * r);
    }

    /** A line's demerits before the extras for hyphens and fitness classes (tex.web §859). */
    private static double demerits(double badness, double penalty, boolean forced) {
        double d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
        if (forced) {
            return d;
        }
        return penalty >= 0 ? d + penalty * penalty : d - penalty * penalty;
    }

    /** 0 tight, 1 decent, 2 loose, 3 very loose (tex.web §817, in reverse order, from the ratio). */
    static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        }
        if (ratio <= 0.5) {
            return 1;
        }
        return ratio <= 1 ? 2 : 3;
    }
}
