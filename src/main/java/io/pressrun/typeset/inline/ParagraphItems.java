package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.WordSpace;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns styled runs into boxes, glue and penalties for a line breaker. Words are boxes (a word
 * may mix styles and fonts), spaces are glue, a break is allowed after a hyphen, dash or slash
 * inside a word, and a word wider than the measure is cut so that no line overflows. With
 * hyphenation, a word is split into boxes at its hyphenation points (the source's soft hyphens
 * where it has any, else the language's patterns; never in inline code) with a flagged
 * penalty carrying the hyphen between them.
 */
public final class ParagraphItems {
    private static final float BREAK_AFTER_DASH_COST = 50f;
    /**
     * The cost of a break at a hyphenation point (TeX's {@code \hyphenpenalty}): twice TeX's
     * 50, since with font expansion a hyphen is less often the only way to a good line.
     */
    public static final float HYPHEN_COST = 100f;

    private final FontSet fonts;
    private final Hyphenation hyphenation;
    private final List<Item> items = new ArrayList<>();
    private final List<Span> word = new ArrayList<>();
    private final List<Integer> softHyphens = new ArrayList<>();
    private int wordChars;
    private boolean wordIsCode;
    /** The paragraph's bidi levels and line-break opportunities between words written without spaces. */
    private final BidiText text;
    /** The offset in the paragraph's text of the next character read; the level of the pending text. */
    private int position;
    private int pendingLevel;

    private ParagraphItems(FontSet fonts, Hyphenation hyphenation, BidiText text) {
        this.fonts = fonts;
        this.hyphenation = hyphenation;
        this.text = text;
    }

    /**
     * Without hyphenation.
     *
     * @param maxLineWidth the narrowest line the paragraph will be set in; longer words are cut
     */
    public static List<Item> build(FontSet fonts, List<StyledRun> runs, float maxLineWidth) {
        return build(fonts, runs, maxLineWidth, Hyphenation.NONE);
    }

    /**
     * @param maxLineWidth the narrowest line the paragraph will be set in; longer words are cut
     * @param hyphenation  where words may be hyphenated ({@link Hyphenation#NONE}: only at soft hyphens)
     */
    public static List<Item> build(FontSet fonts, List<StyledRun> runs, float maxLineWidth,
                                   Hyphenation hyphenation) {
        return build(fonts, runs, maxLineWidth, hyphenation, null);
    }

    /**
     * @param maxLineWidth the narrowest line the paragraph will be set in; longer words are cut
     * @param hyphenation  where words may be hyphenated ({@link Hyphenation#NONE}: only at soft hyphens)
     * @param direction    the paragraph's direction; null: that of its first strong character, else left to right
     */
    public static List<Item> build(FontSet fonts, List<StyledRun> runs, float maxLineWidth,
                                   Hyphenation hyphenation, io.pressrun.model.TextDirection direction) {
        var b = new ParagraphItems(fonts, hyphenation, BidiText.of(runs, direction));
        for (StyledRun r : runs) {
            b.add(r);
        }
        b.endWord();
        b.trimTrailingGlue();
        b.items.add(new Item.Glue(0, Item.FILL, 0));
        b.items.add(Item.Penalty.forcedBreak());
        return cutOverlongWords(b.items, maxLineWidth);
    }

    private void add(StyledRun run) {
        if (run.isLineBreak()) {
            position += run.text().length();
            endWord();
            trimTrailingGlue();
            items.add(new Item.Glue(0, Item.FILL, 0));
            items.add(Item.Penalty.forcedBreak());
            return;
        }
        StringBuilder pending = new StringBuilder();
        String text = run.text();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = position + i;
            i += Character.charCount(cp);
            int level = this.text.level(at);
            if (level != pendingLevel) {
                flush(pending, run); // a word may change direction: TLS-ها
            }
            pendingLevel = level;
            if (this.text.breakBefore(at)) {
                flush(pending, run);
                endWord();
                items.add(new Item.Penalty(0, 0, false)); // as at a zero-width space: no gap is set there
            }
            if (cp == '\u00AD') {
                softHyphens.add(wordChars + pending.length()); // a hyphenation point chosen by the author
                continue;
            }
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\u200B') {
                flush(pending, run);
                endWord();
                if (cp == '\u200B') {
                    items.add(new Item.Penalty(0, 0, false));
                } else {
                    addSpace(run, level);
                }
                continue;
            }
            pending.appendCodePoint(cp);
            if ((cp == '-' || cp == '\u2013' || cp == '\u2014' || cp == '/') && i < text.length()
                    && !Character.isWhitespace(text.codePointAt(i))) {
                flush(pending, run);
                endWord();
                items.add(new Item.Penalty(0, BREAK_AFTER_DASH_COST, cp == '-'));
            }
        }
        flush(pending, run);
        position += text.length();
    }

    private void flush(StringBuilder pending, StyledRun run) {
        if (pending.length() > 0) {
            word.addAll(fonts.spans(pending.toString(), run.style(), run.href(), pendingLevel));
            wordChars += pending.length();
            wordIsCode |= isCode(run);
            pending.setLength(0);
        }
    }

    private void endWord() {
        if (!word.isEmpty()) {
            int[] points = hyphenationPoints();
            if (points.length == 0) {
                items.add(box(word));
            } else {
                split(points);
            }
            word.clear();
        }
        softHyphens.clear();
        wordChars = 0;
        wordIsCode = false;
    }

    private int[] hyphenationPoints() {
        if (wordIsCode) {
            return new int[0];
        }
        if (!softHyphens.isEmpty()) {
            return softHyphens.stream().distinct().mapToInt(Integer::intValue)
                    .filter(p -> p > 0 && p < wordChars).toArray();
        }
        var text = new StringBuilder();
        word.forEach(s -> text.append(s.text()));
        int[] points = hyphenation.points(text.toString());
        return word.stream().anyMatch(Span::ligatures) ? outsideLigatures(points, text) : points;
    }

    /**
     * Drops break points inside a would-be ligature (f|f, f|i, f|l): a word is shaped in its
     * pieces, so a point there would cost the word its ligature on every line, broken or not.
     */
    private static int[] outsideLigatures(int[] points, CharSequence text) {
        return java.util.Arrays.stream(points)
                .filter(p -> !(text.charAt(p - 1) == 'f' && "fil".indexOf(text.charAt(p)) >= 0))
                .toArray();
    }

    /** Adds the word as boxes cut at {@code points} (ascending offsets inside the word), with a hyphen penalty between. */
    private void split(int[] points) {
        List<Span> piece = new ArrayList<>();
        int offset = 0; // of the current span's start in the word
        int next = 0;   // index into points
        for (Span s : word) {
            int from = 0;
            int len = s.text().length();
            while (next < points.length && points[next] - offset <= len) {
                int cut = points[next++] - offset;
                if (cut > from) {
                    piece.add(s.withText(s.text().substring(from, cut)));
                }
                from = cut;
                Span last = piece.isEmpty() ? null : piece.get(piece.size() - 1);
                if (last == null || !last.face().hasGlyph('-')) {
                    continue; // nothing before the point, or no hyphen glyph
                }
                items.add(box(piece));
                items.add(Item.Penalty.hyphen(last.withText("-"), HYPHEN_COST));
                piece = new ArrayList<>();
            }
            if (from < len) {
                piece.add(from == 0 ? s : s.withText(s.text().substring(from)));
            }
            offset += len;
        }
        if (!piece.isEmpty()) {
            items.add(box(piece));
        }
    }

    private static Item.Box box(List<Span> spans) {
        float w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        return new Item.Box(spans, w);
    }

    private void addSpace(StyledRun run, int level) {
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Item.Box)) {
            return; // no space at the start of a line or after another space
        }
        FontFace face = fonts.face(run.style());
        if (isCode(run)) {
            // a typewriter space keeps its width, as in TeX's cmtt, so code keeps its columns' look
            items.add(new Item.Glue(face.width(" ", run.style().size()), 0, 0, level));
        } else {
            // the family's word space (the theme's word-space: TeX's fontdimens, per face)
            WordSpace ws = fonts.wordSpace(run.style());
            float space = ws.points(face, run.style().size());
            items.add(new Item.Glue(space, space * ws.stretch(), space * ws.shrink(), level));
        }
    }

    /** Inline code: set in the monospaced face. */
    private static boolean isCode(StyledRun run) {
        return "mono".equals(run.style().family());
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

    /**
     * A free break inside a cut word, with an empty "hyphen": nothing is drawn, but the line
     * that ends there reads as if the word were whole (see {@link LineSetter}), for extraction
     * and screen readers, as a hyphenated word does.
     */
    private static Item.Penalty cutPoint(Span before) {
        return new Item.Penalty(0, 0, false, before.withText(""));
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
                float w = s.face().advanceWidth(ch, s.size());
                if (pieceWidth + w > max && (pieceWidth > 0)) {
                    if (text.length() > 0) {
                        piece.add(s.withText(text.toString()));
                        text.setLength(0);
                    }
                    out.add(box(piece));
                    out.add(cutPoint(piece.get(piece.size() - 1)));
                    piece = new ArrayList<>();
                    pieceWidth = 0;
                }
                text.append(ch);
                pieceWidth += w;
            }
            if (text.length() > 0) {
                piece.add(s.withText(text.toString()));
            }
        }
        if (!piece.isEmpty()) {
            out.add(box(piece));
        }
    }
}
