package io.pressrun.typeset.inline;

import io.pressrun.typeset.linebreak.Breaks;
import io.pressrun.typeset.linebreak.Expansion;
import io.pressrun.typeset.linebreak.LineBreaker;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.model.TextDirection;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets the lines a breaker chose: places each span, stretching or shrinking the glue. A line
 * that ends at a hyphenation point ends with the hyphen; the hyphen carries the rest of the
 * word as its actual text, so that the word reads whole where the line breaks. A line that
 * ends where a word too long for it was cut (a break with an empty hyphen) draws no hyphen; its
 * last span carries the rest of the word instead. Each line
 * records the adjustment ratio it was set at and the pass that chose its paragraph's breaks.
 * With margin protrusion, punctuation at the ends of a justified paragraph's lines hangs into
 * the margins ({@link MarginProtrusion}): the line is set that much wider, its first glyph
 * that much further left (the breaker chose the lines without it). With font expansion
 * ({@link Expansion}), a justified line's glyphs take its adjustment first, within their
 * limits and in whole steps, and its spaces the rest.
 */
public final class LineSetter {
    /** Justified lines never stretch the spaces beyond this many times their stretchability. */
    private static final float MAX_STRETCH_RATIO = 4f;

    private LineSetter() {
    }

    public static List<Line> set(List<Item> items, Breaks breaks, LineWidths widths, Alignment align) {
        return set(items, breaks, widths, align, false);
    }

    /** @param protrude whether punctuation at the line ends of justified text hangs into the margins */
    public static List<Line> set(List<Item> items, Breaks breaks, LineWidths widths, Alignment align,
                                 boolean protrude) {
        return set(items, breaks, widths, align, protrude, Expansion.NONE);
    }

    /**
     * @param protrude  whether punctuation at the line ends of justified text hangs into the margins
     * @param expansion how far the glyphs of justified lines may widen or narrow (what the breaker counted on)
     */
    public static List<Line> set(List<Item> items, Breaks breaks, LineWidths widths, Alignment align,
                                 boolean protrude, Expansion expansion) {
        return set(items, breaks, widths, align, protrude, expansion, null);
    }

    /**
     * @param protrude  whether punctuation at the line ends of justified text hangs into the margins
     * @param expansion how far the glyphs of justified lines may widen or narrow (what the breaker counted on)
     * @param direction the paragraph's direction (null: that of its first strong character): a
     *                  right-to-left paragraph's ragged lines and the last line of a justified one
     *                  are set flush right, and its lines' spans are placed in visual order
     */
    public static List<Line> set(List<Item> items, Breaks breaks, LineWidths widths, Alignment align,
                                 boolean protrude, Expansion expansion, TextDirection direction) {
        boolean rtl = (direction != null ? direction : TextDirection.of(text(items), TextDirection.LTR))
                == TextDirection.RTL;
        boolean hang = protrude && align == Alignment.JUSTIFIED && !rtl;
        List<Integer> positions = breaks.positions();
        List<Line> lines = new ArrayList<>();
        int start = 0;
        boolean continuing = false; // the line starts with the rest of a word hyphenated on the line before
        for (int n = 0; n < positions.size(); n++) {
            int end = positions.get(n);
            boolean forced = items.get(end) instanceof Item.Penalty p && p.isForced();
            Alignment lineAlign = align == Alignment.JUSTIFIED && forced ? Alignment.LEFT : align;
            if (rtl && lineAlign == Alignment.LEFT) {
                lineAlign = Alignment.RIGHT;
            }
            Span hyphen = items.get(end) instanceof Item.Penalty p && p.isHyphen() ? p.hyphen() : null;
            String rest = null;
            if (hyphen != null) {
                // the word's rest is read here, unless this whole line is a piece of a word read before
                rest = continuing && wordRunsFrom(items, start, end) ? "" : restOfWord(items, end);
            }
            Line line = setLine(items, start, end, widths.width(n), lineAlign, align == Alignment.JUSTIFIED,
                    continuing, hyphen, rest, breaks.pass(), hang,
                    align == Alignment.JUSTIFIED ? expansion : Expansion.NONE, rtl);
            continuing = hyphen != null;
            if (!line.spans().isEmpty() || n < positions.size() - 1) {
                lines.add(line);
            }
            start = LineBreaker.nextLineStart(items, end);
        }
        return lines;
    }

    /** The text of the paragraph's words, for its direction. */
    private static String text(List<Item> items) {
        var sb = new StringBuilder();
        for (Item it : items) {
            if (it instanceof Item.Box b) {
                sb.append(b.text());
                if (TextDirection.firstStrong(b.text()).isPresent()) {
                    break;
                }
            }
        }
        return sb.toString();
    }

    /** Whether items {@code from} to {@code to} hold no word boundary. */
    private static boolean wordRunsFrom(List<Item> items, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!(items.get(i) instanceof Item.Box) && !(items.get(i) instanceof Item.Penalty p && p.isHyphen())) {
                return false;
            }
        }
        return true;
    }

    /** The text of the word after the hyphenation point at {@code at}. */
    private static String restOfWord(List<Item> items, int at) {
        var sb = new StringBuilder();
        for (int i = at + 1; i < items.size(); i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                sb.append(b.text());
            } else if (!(it instanceof Item.Penalty p && p.isHyphen())) {
                break;
            }
        }
        return sb.toString();
    }

    /** @param mayShrink whether spaces may shrink when the line is too long (the last line of a justified paragraph) */
    private static Line setLine(List<Item> items, int start, int end, float available, Alignment align,
                                boolean mayShrink, boolean continuing, Span hyphen, String rest,
                                Breaks.Pass pass, boolean hang, Expansion expansion, boolean rtl) {
        // trailing glue is not part of the line
        int last = end;
        while (last > start && !(items.get(last - 1) instanceof Item.Box)) {
            last--;
        }
        float natural = 0;
        float stretch = 0;
        float shrink = 0;
        float glyphs = 0;
        for (int i = start; i < last; i++) {
            Item it = items.get(i);
            natural += it instanceof Item.Penalty ? 0 : it.width();
            if (it instanceof Item.Glue g) {
                stretch += g.stretch();
                shrink += g.shrink();
            } else if (it instanceof Item.Box b) {
                glyphs += b.width();
            }
        }
        if (hyphen != null) {
            natural += hyphen.width();
            glyphs += hyphen.width();
        }
        float measure = available;
        float leftHang = 0;
        if (hang && last > start) {
            leftHang = items.get(start) instanceof Item.Box b && !b.spans().isEmpty()
                    ? MarginProtrusion.left(b.spans().get(0)) : 0;
            available += leftHang;
            if (align == Alignment.JUSTIFIED) {
                List<Span> tail = hyphen != null ? List.of(hyphen)
                        : items.get(last - 1) instanceof Item.Box b ? b.spans() : List.of();
                available += tail.isEmpty() ? 0 : MarginProtrusion.right(tail.get(tail.size() - 1));
            }
        }
        float ratio = 0;
        float expand = 0;
        if (align == Alignment.JUSTIFIED) {
            expand = expansion.of(available - natural, glyphs);
            float diff = available - natural - expand * glyphs;
            if (diff > 0 && stretch > 0) {
                ratio = Math.min(diff / stretch, MAX_STRETCH_RATIO);
            } else if (diff < 0 && shrink > 0) {
                ratio = Math.max(diff / shrink, -1f);
            }
        } else if (mayShrink && natural > available) {
            expand = expansion.of(available - natural, glyphs);
            float diff = available - natural - expand * glyphs;
            if (diff < 0 && shrink > 0) {
                ratio = Math.max(diff / shrink, -1f);
            }
        }
        float scale = 1 + expand;
        float x = switch (align) {
            case CENTRED -> Math.max(0, (available - natural) / 2);
            case RIGHT -> Math.max(0, available - natural);
            default -> -leftHang;
        };
        List<Line.PlacedSpan> placed = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>(); // the bidi level after each placed span: of the space, or -1
        int gap = -1;
        boolean inContinuation = continuing;
        for (int i = start; i < last; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                for (Span s : b.spans()) {
                    if (!placed.isEmpty()) {
                        gaps.add(gap);
                    }
                    gap = -1;
                    Span set = expand == 0 ? s : s.scaled(scale);
                    placed.add(new Line.PlacedSpan(set, x, inContinuation ? "" : null));
                    x += set.width();
                }
            } else if (it instanceof Item.Glue g) {
                gap = Math.max(gap, g.level());
                x += g.width() + ratio * (ratio >= 0 ? g.stretch() : g.shrink());
                inContinuation = false;
            } else if (!(it instanceof Item.Penalty p && p.isHyphen())) {
                inContinuation = false;
            }
        }
        boolean cut = hyphen != null && hyphen.text().isEmpty();
        if (cut && !placed.isEmpty()) {
            // a word cut where it did not fit: its first piece reads as the whole word (its rest, on
            // the lines after, reads as nothing); no hyphen is drawn
            Line.PlacedSpan piece = placed.remove(placed.size() - 1);
            String own = piece.actualText() == null ? piece.span().text() : piece.actualText();
            placed.add(new Line.PlacedSpan(piece.span(), piece.x(), own + rest));
        } else if (hyphen != null && !cut) {
            Span set = expand == 0 ? hyphen : hyphen.scaled(scale);
            if (!placed.isEmpty()) {
                gaps.add(-1);
            }
            placed.add(new Line.PlacedSpan(set, x, rest));
            x += set.width();
        }
        return new Line(VisualOrder.of(placed, gaps), align == Alignment.JUSTIFIED && (ratio > 0 || expand > 0) ? measure : x, null,
                ratio, pass, hyphen != null && !cut, expand);
    }
}
