package io.pressrun.typeset.page;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.LineSetter;
import io.pressrun.typeset.inline.LineStarts;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.linebreak.FirstFitLineBreaker;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.LineBreaker;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.model.TextDirection;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Image;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the vertical flow: breaks paragraphs into lines, scales pictures, and carries the
 * space between elements. Space asked for between two elements collapses to the larger
 * request. Justified paragraphs are hyphenated and broken with the chosen {@link LineBreaker};
 * ragged ones (headings, captions, credits) are broken first-fit and not hyphenated.
 *
 * <p>Each element keeps the place in the article it comes from ({@link #from}, {@link #fromText}),
 * a line of a block's own text the place of its first word, so that the pages can tell where
 * in the article they begin ({@link PageStarts}).
 */
public final class FlowBuilder {
    private static final LineBreaker RAGGED = new FirstFitLineBreaker();

    private final FontSet fonts;
    private final LineBreaker breaker;
    private final Hyphenation hyphenation;
    private final PageFrame frame;
    private final Finish finish;
    private final List<FlowElement> flow = new ArrayList<>();
    private final List<ArticlePlace> places = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Named> anchors = new ArrayList<>();
    private String pendingAnchor;
    private float pendingSpace;
    private ArticlePlace from;
    private boolean fromText;
    private String pendingHeading;
    private int pendingHeadingLevel;
    private TextDirection direction = TextDirection.LTR;

    public FlowBuilder(FontSet fonts, LineBreaker breaker, PageFrame frame) {
        this(fonts, breaker, Hyphenation.NONE, frame);
    }

    /** @param breaker for justified text; {@code hyphenation} too */
    public FlowBuilder(FontSet fonts, LineBreaker breaker, Hyphenation hyphenation, PageFrame frame) {
        this(fonts, breaker, hyphenation, frame, new Finish(false, false));
    }

    /**
     * How justified text is finished.
     *
     * @param hyphenAtPageFoot whether a page may end with a hyphenated line; when not, such a
     *                         line is kept with the next (TeX's {@code \brokenpenalty}, made absolute)
     * @param protrusion       whether punctuation at the line ends hangs into the margins
     */
    public record Finish(boolean hyphenAtPageFoot, boolean protrusion) {
    }

    public FlowBuilder(FontSet fonts, LineBreaker breaker, Hyphenation hyphenation, PageFrame frame, Finish finish) {
        this.fonts = fonts;
        this.breaker = breaker;
        this.hyphenation = hyphenation;
        this.frame = frame;
        this.finish = finish;
    }

    public FontSet fonts() {
        return fonts;
    }

    public PageFrame frame() {
        return frame;
    }

    /**
     * The elements added from now on come from {@code place}, all of them from its start (a
     * figure and its caption); null for decoration, which comes from no place in the article.
     */
    public void from(ArticlePlace place) {
        from = place;
        fromText = false;
    }

    /**
     * The paragraphs and code lines added from now on are set from the text of the block at
     * {@code place}: each line comes from where its first word is in that text.
     */
    public void fromText(ArticlePlace place) {
        from = place;
        fromText = place != null;
    }

    /**
     * The direction of the text added from now on where a paragraph's own first strong character
     * does not say (the article's, from its language).
     */
    public void direction(TextDirection d) {
        direction = d;
    }

    /** The direction of the text where a paragraph's own first strong character does not say. */
    public TextDirection direction() {
        return direction;
    }

    /** The space asked for so far before the next element. */
    public float pendingSpace() {
        return pendingSpace;
    }

    /** Asks for at least {@code points} of space before the next element. */
    public void space(float points) {
        pendingSpace = Math.max(pendingSpace, points);
    }

    /** Horizontal extent inside the text block: {@code left} from its left edge, {@code width} wide. */
    public record Indent(float left, float width) {
        public Indent inset(float l, float r) {
            return new Indent(left + l, width - l - r);
        }
    }

    public Indent fullMeasure() {
        return new Indent(0, frame.measure());
    }

    /**
     * A list marker hung {@code gap} points left of a paragraph's first line, tagged as the item's
     * label; a run of it with an {@code href} is a link (a note's number, back to its reference).
     */
    public record Marker(List<StyledRun> runs, float gap, StructTag tag) {
    }

    /** Paragraph options: first-line indent, a list marker (or null), keeping lines together. */
    public record Options(float firstIndent, Marker marker, boolean keepTogether, boolean keepWithNext) {
        public static final Options PLAIN = new Options(0, null, false, false);

        public Options withFirstIndent(float f) {
            return new Options(f, marker, keepTogether, keepWithNext);
        }

        public Options withMarker(Marker m) {
            return new Options(firstIndent, m, keepTogether, keepWithNext);
        }

        /** All lines on one page, and on the page of what follows (headings). */
        public Options keptWithNext() {
            return new Options(firstIndent, marker, true, true);
        }

        public Options keptTogether() {
            return new Options(firstIndent, marker, true, keepWithNext);
        }
    }

    /**
     * Sets a paragraph; lines keep at least two together at the start and end of a page, and
     * a hyphenated line stays on the page of the rest of its word unless pages may end in one.
     */
    public void paragraph(List<StyledRun> runs, ElementStyle style, Indent indent, Alignment align,
                          StructTag tag, Options options) {
        LineWidths widths = LineWidths.firstAndRest(indent.width() - options.firstIndent(), indent.width());
        boolean justified = align == Alignment.JUSTIFIED;
        String text = StyledRun.text(runs);
        TextDirection dir = TextDirection.of(text, direction);
        boolean rtl = dir == TextDirection.RTL;
        List<Item> items = ParagraphItems.build(fonts, runs, indent.width() - Math.max(0, options.firstIndent()),
                justified ? hyphenation : Hyphenation.NONE, dir);
        LineBreaker chosen = justified ? breaker : RAGGED;
        List<Line> lines = LineSetter.set(items, chosen.breaks(items, widths), widths, align, finish.protrusion(),
                chosen.expansion(), dir);
        int[] starts = fromText ? LineStarts.of(text, lines) : null;
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            // right to left, the indents are mirrored: the paragraph's and the first line's on the right
            float x = rtl ? frame.measure() - indent.left() - indent.width() : indent.left();
            if (i == 0) {
                x += rtl ? 0 : options.firstIndent();
                if (options.marker() != null) {
                    line = withMarker(line, options.marker(), rtl, indent.width() - options.firstIndent());
                }
            }
            boolean keep = options.keepTogether() ? i < n - 1 || options.keepWithNext()
                    : i < n - 1 && (i == 0 || i == n - 2) || line.hyphenated() && !finish.hyphenAtPageFoot();
            add(new FlowElement.TextLine(line, x, style.leading(), 0, keep, tag), placeOfLine(starts, i));
        }
    }


    private ArticlePlace placeOfLine(int[] starts, int line) {
        return starts == null || from == null ? from : from.at(starts[line]);
    }

    /** @param rightEdge where a right-to-left line's box ends, the marker hung right of it */
    private Line withMarker(Line line, Marker marker, boolean rtl, float rightEdge) {
        List<Span> spans = new ArrayList<>();
        for (StyledRun r : marker.runs()) {
            // right to left, the marker is set right to left too: "1." reads as the number then its dot
            spans.addAll(fonts.spans(r.text(), r.style(), r.href(), rtl ? 1 : 0));
        }
        List<Line.PlacedSpan> hung = rtl ? Line.hungRight(spans, marker.gap(), rightEdge)
                : Line.hung(spans, marker.gap());
        return line.withLabel(hung, marker.tag());
    }

    /**
     * Adds ready-made lines (code) set from {@code text}, each kept to the next unless it is the
     * last.
     */
    public void lines(List<Line> lines, String text, Indent indent, float leading, StructTag tag) {
        int[] starts = fromText ? LineStarts.of(text, lines) : null;
        for (int i = 0; i < lines.size(); i++) {
            add(new FlowElement.TextLine(lines.get(i), indent.left(), leading, 0,
                    i == 0 && lines.size() > 1 || i == lines.size() - 2, tag), placeOfLine(starts, i));
        }
    }

    /** Adds a row of a table, made by the caller; the space before it is the one asked for, as for every element. */
    public void row(FlowElement.Row row) {
        add(row, from);
    }

    /**
     * A picture as wide as {@code indent} allows, but no taller than {@code maxHeight} (then
     * narrower, centred); when it {@code floats}, it may wait for the next page while the text
     * after it fills the page, and then keeps {@code spaceAfter} below it there.
     */
    public void picture(Image image, Indent indent, float maxHeight, StructTag tag, boolean keepWithNext,
                        boolean floats, float spaceAfter) {
        float aspect = image.height() / (float) Math.max(1, image.width());
        float width = indent.width();
        float height = width * aspect;
        if (height > maxHeight) {
            height = maxHeight;
            width = height / aspect;
        }
        float x = indent.left() + (indent.width() - width) / 2;
        add(new FlowElement.Picture(image, x, width, height, 0, keepWithNext, tag, floats, spaceAfter), from);
    }

    public void rule(Indent indent, float thickness, Colour colour, boolean keepWithNext) {
        add(new FlowElement.Rule(indent.left(), indent.width(), thickness, colour, thickness, 0, keepWithNext), null);
    }

    /** How many elements the flow has so far; a mark for {@link #keepTogetherSince}. */
    public int size() {
        return flow.size();
    }

    /** Keeps everything added since {@code mark} on one page, when it fits on one. */
    public void keepTogetherSince(int mark) {
        for (int i = mark; i < flow.size() - 1; i++) {
            FlowElement e = flow.get(i);
            if (e instanceof FlowElement.TextLine t) {
                flow.set(i, t.keptWithNext());
            } else if (e instanceof FlowElement.Rule r) {
                flow.set(i, new FlowElement.Rule(r.indent(), r.width(), r.thickness(), r.colour(), r.height(),
                        r.spaceBefore(), true));
            } else if (e instanceof FlowElement.Row r) {
                flow.set(i, r.keptWithNext());
            }
        }
    }

    /**
     * The next element added starts a heading with these words at this outline level (1 for the
     * title); blank words make no entry.
     */
    public void heading(String words, int level) {
        String title = words.replaceAll("\\s+", " ").strip();
        pendingHeading = title.isEmpty() ? null : title;
        pendingHeadingLevel = level;
    }

    /** The next element added is the place named {@code name}, which links inside the document go to. */
    public void anchor(String name) {
        pendingAnchor = name;
    }

    /** A named place and the index in the flow of the element it is. */
    public record Named(String name, int element) {
    }

    /** The places marked with {@link #anchor}, in flow order. */
    public List<Named> anchors() {
        return List.copyOf(anchors);
    }

    /** A heading and the index in the flow of the element it starts with. */
    public record Heading(String title, int level, int element) {
    }

    private void add(FlowElement e, ArticlePlace place) {
        if (pendingAnchor != null) {
            anchors.add(new Named(pendingAnchor, flow.size()));
            pendingAnchor = null;
        }
        if (pendingHeading != null) {
            headings.add(new Heading(pendingHeading, pendingHeadingLevel, flow.size()));
            pendingHeading = null;
        }
        flow.add(e.withSpaceBefore(pendingSpace));
        places.add(place);
        pendingSpace = 0;
    }

    public List<FlowElement> elements() {
        return List.copyOf(flow);
    }

    /** The place in the article of each element of {@link #elements()}, in the same order; null for decoration. */
    public List<ArticlePlace> places() {
        return Collections.unmodifiableList(new ArrayList<>(places));
    }

    /** The headings marked with {@link #heading}, in flow order. */
    public List<Heading> headings() {
        return List.copyOf(headings);
    }
}
