package io.pressrun.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns styled runs into boxes, glue and penalties for a line breaker. Words are boxes (a word
 * may mix styles and fonts), spaces are glue, a break is allowed after a hyphen, dash or slash
 * inside a word, and a word wider than the measure is cut so that no line overflows.
 */
public final class ParagraphItems {
    /** Stretchability of the glue that ends a paragraph: in effect unlimited. */
    public static final float FILL = 100_000f;
    private static final float BREAK_AFTER_DASH_COST = 50f;

    private final FontSet fonts;
    private final List<Item> items = new ArrayList<>();
    private final List<Span> word = new ArrayList<>();

    private ParagraphItems(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * @param maxLineWidth the narrowest line the paragraph will be set in; longer words are cut
     */
    public static List<Item> build(FontSet fonts, List<StyledRun> runs, float maxLineWidth) {
        var b = new ParagraphItems(fonts);
        for (StyledRun r : runs) {
            b.add(r);
        }
        b.endWord();
        b.trimTrailingGlue();
        b.items.add(new Item.Glue(0, FILL, 0));
        b.items.add(Item.Penalty.forcedBreak());
        return cutOverlongWords(b.items, maxLineWidth);
    }

    private void add(StyledRun run) {
        if (run.isLineBreak()) {
            endWord();
            trimTrailingGlue();
            items.add(new Item.Glue(0, FILL, 0));
            items.add(Item.Penalty.forcedBreak());
            return;
        }
        StringBuilder pending = new StringBuilder();
        String text = run.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\u00AD') {
                continue; // soft hyphen: no hyphenation yet
            }
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\u200B') {
                flush(pending, run);
                endWord();
                if (cp == '\u200B') {
                    items.add(new Item.Penalty(0, 0, false));
                } else {
                    addSpace(run);
                }
                continue;
            }
            pending.appendCodePoint(cp);
            if ((cp == '-' || cp == '\u2013' || cp == '\u2014' || cp == '/') && i < text.length()
                    && !Character.isWhitespace(text.codePointAt(i))) {
                flush(pending, run);
                endWord();
                items.add(new Item.Penalty(0, BREAK_AFTER_DASH_COST, false));
            }
        }
        flush(pending, run);
    }

    private void flush(StringBuilder pending, StyledRun run) {
        if (pending.length() > 0) {
            word.addAll(fonts.spans(pending.toString(), run.style(), run.href()));
            pending.setLength(0);
        }
    }

    private void endWord() {
        if (!word.isEmpty()) {
            float w = 0;
            for (Span s : word) {
                w += s.width();
            }
            items.add(new Item.Box(word, w));
            word.clear();
        }
    }

    private void addSpace(StyledRun run) {
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Item.Box)) {
            return; // no space at the start of a line or after another space
        }
        float space = fonts.face(run.style()).width(" ", run.style().size());
        items.add(new Item.Glue(space, space / 2, space / 3));
    }

    private void trimTrailingGlue() {
        while (!items.isEmpty() && items.get(items.size() - 1) instanceof Item.Glue) {
            items.remove(items.size() - 1);
        }
    }

    static List<Item> cutOverlongWords(List<Item> items, float max) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item it : items) {
            if (it instanceof Item.Box box && box.width() > max) {
                cut(box, max, out);
            } else {
                out.add(it);
            }
        }
        return out;
    }

    /** Cuts a box into pieces no wider than {@code max}, with a free break between pieces. */
    private static void cut(Item.Box box, float max, List<Item> out) {
        List<Span> piece = new ArrayList<>();
        float pieceWidth = 0;
        for (Span s : box.spans()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < s.text().length(); ) {
                int cp = s.text().codePointAt(i);
                i += Character.charCount(cp);
                String ch = new String(Character.toChars(cp));
                float w = s.face().width(ch, s.size());
                if (pieceWidth + w > max && (pieceWidth > 0)) {
                    if (text.length() > 0) {
                        piece.add(withText(s, text.toString()));
                        text.setLength(0);
                    }
                    out.add(new Item.Box(piece, pieceWidth));
                    out.add(new Item.Penalty(0, 0, false));
                    piece = new ArrayList<>();
                    pieceWidth = 0;
                }
                text.append(ch);
                pieceWidth += w;
            }
            if (text.length() > 0) {
                piece.add(withText(s, text.toString()));
            }
        }
        if (!piece.isEmpty()) {
            out.add(new Item.Box(piece, pieceWidth));
        }
    }

    private static Span withText(Span s, String text) {
        return new Span(text, s.face(), s.size(), s.colour(), s.href(), s.face().width(text, s.size()));
    }
}
