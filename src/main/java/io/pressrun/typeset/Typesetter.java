package io.pressrun.typeset;

import io.pressrun.typeset.inline.LineSetter;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.linebreak.FirstFitLineBreaker;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.article.ArticleLayout;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.linebreak.Expansion;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.linebreak.LineBreaker;
import io.pressrun.typeset.page.FillingPaginator;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.page.OutlineEntry;
import io.pressrun.typeset.page.PageFrame;
import io.pressrun.typeset.page.PageStarts;
import io.pressrun.typeset.page.Paginator;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import io.pressrun.typeset.page.WaitingFigures;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Article;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.style.Theme;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays an article out on pages: header, body and credits become a vertical flow, the
 * paginator cuts it into pages, and each page gets its footer. When a body figure waits for the
 * next page while the text after it fills the page, the flow is made again with that text set
 * as it would be after the text before the figure (its indent and spacing), and paginated again;
 * the text before a figure is the same in both, so the figure waits again, and each pass settles
 * at least the next figure in order.
 */
public final class Typesetter {
    /** At most this many passes more; beyond it, the last pass stands (one more figure waits each pass). */
    private static final int MAX_FLOAT_PASSES = 8;
    private final Theme theme;
    private final Labels labels;
    private final Paper paper;
    private final FontSet fonts;
    private final LineBreaker breaker;
    private final Paginator paginator;

    public Typesetter(Theme theme, Labels labels, Paper paper, FontSet fonts, LineBreaker breaker,
                      Paginator paginator) {
        this.theme = theme;
        this.labels = labels;
        this.paper = paper;
        this.fonts = fonts;
        this.breaker = breaker;
        this.paginator = paginator;
    }

    /**
     * With total-fit line breaking of justified text (first without hyphenation when the theme
     * gives {@code body.pretolerance}) and page filling.
     */
    public Typesetter(Theme theme, Labels labels, Paper paper, FontSet fonts) {
        this(theme, labels, paper, fonts, (theme.has("body.pretolerance")
                ? KnuthPlassLineBreaker.withPretolerance(theme.number("body.pretolerance"))
                : new KnuthPlassLineBreaker()).withExpansion(expansion(theme)), new FillingPaginator());
    }

    /**
     * The font expansion of justified text: {@code body.expansion}'s {@code stretch},
     * {@code shrink} and {@code step}, in percent of a glyph's width; none when the theme has none.
     */
    static Expansion expansion(Theme theme) {
        String at = "body.expansion";
        if (!theme.has(at)) {
            return Expansion.NONE;
        }
        float stretch = theme.number(at + ".stretch") / 100;
        float shrink = theme.number(at + ".shrink") / 100;
        float step = theme.number(at + ".step") / 100;
        try {
            return new Expansion(stretch, shrink, step);
        } catch (IllegalArgumentException e) {
            throw theme.problem(at, "'" + at + "' must give stretch and shrink from 0 to " + Expansion.LIMIT * 100
                    + " and a step above 0 (percent of a glyph's width), not " + stretch * 100 + ", " + shrink * 100
                    + " and " + step * 100, e);
        }
    }

    public TypesetDocument typeset(Article article) {
        PageFrame frame = PageFrame.of(paper, theme);
        Set<ArticlePlace> waiting = Set.of();
        FlowBuilder flow;
        List<FlowElement> elements;
        List<List<Paginator.Placement>> placements;
        int passes = 0;
        while (true) { // again while figures wait that the text after them was not set for
            flow = new FlowBuilder(fonts, breaker, hyphenation(article.language()), frame,
                    new FlowBuilder.Finish(theme.flag("body.hyphen-at-page-foot", false),
                            theme.flag("body.protrusion", false)));
            flow.direction(io.pressrun.model.TextDirection.ofLanguage(article.language()));
            ArticleLayout.compose(article, theme, labels, flow, waiting);
            elements = flow.elements();
            placements = paginator.paginate(elements, frame);
            Set<ArticlePlace> waited = WaitingFigures.of(placements, elements, flow.places());
            if (waited.equals(waiting) || ++passes > MAX_FLOAT_PASSES) {
                break;
            }
            waiting = waited;
        }
        List<TypesetDocument.Page> pages = new ArrayList<>();
        for (int n = 0; n < placements.size(); n++) {
            List<Placed> items = new ArrayList<>();
            for (Paginator.Placement p : placements.get(n)) {
                place(p.element(), frame.pageHeight() - p.top(), frame, items);
            }
            if (n > 0) {
                items.add(runningHead(article, frame));
            }
            items.add(footer(frame, n + 1, placements.size()));
            pages.add(new TypesetDocument.Page(n + 1, items));
        }
        Map<FlowElement, Anchors.Spot> at = Anchors.spots(placements, frame);
        return new TypesetDocument(frame.pageWidth(), frame.pageHeight(), pages,
                outline(flow.headings(), elements, at), PageStarts.of(placements, elements, flow.places()),
                Anchors.of(flow.anchors(), elements, at, pages), readingOrder(elements));
    }

    /**
     * The outermost structure of each element of the flow (the tag without a parent that holds
     * it), in flow order: what the Document element holds, in the article's order. The elements
     * inside each are made as they are painted.
     */
    static List<StructTag> readingOrder(List<FlowElement> elements) {
        List<StructTag> tags = new ArrayList<>();
        for (FlowElement e : elements) {
            StructTag outermost = e.tag();
            while (outermost.parent() != null) {
                outermost = outermost.parent();
            }
            if (tags.isEmpty() || tags.get(tags.size() - 1) != outermost) {
                tags.add(outermost);
            }
        }
        return tags;
    }

    /**
     * Where each marked heading was placed: its page and the top of its first line (of its slot,
     * or of its tallest glyphs where they reach higher), so that a viewer going there shows it whole.
     */
    private static List<OutlineEntry> outline(List<FlowBuilder.Heading> headings, List<FlowElement> elements,
                                              Map<FlowElement, Anchors.Spot> at) {
        List<OutlineEntry> outline = new ArrayList<>();
        for (FlowBuilder.Heading h : headings) {
            Anchors.Spot place = at.get(elements.get(h.element()));
            outline.add(new OutlineEntry(h.title(), h.level(), place.page(), place.top()));
        }
        return outline;
    }

    /**
     * Hyphenation of justified text in the article's language, when the theme asks for it
     * ({@code body.hyphenate}; capitalised words only with {@code body.hyphenate-capitalised}).
     */
    private Hyphenation hyphenation(String language) {
        if (!theme.flag("body.hyphenate", false)) {
            return Hyphenation.NONE;
        }
        return Hyphenation.forLanguage(language, theme.flag("body.hyphenate-capitalised", false));
    }

    /** Places an element whose slot's top edge is at PDF y {@code top}; a table row's parts one by one. */
    static void place(FlowElement e, float top, PageFrame frame, List<Placed> items) {
        float x = frame.left();
        if (e instanceof FlowElement.TextLine t) {
            items.add(new Placed.TextLine(x + t.indent(), top - t.baselineOffset(), t.line(), t.tag()));
        } else if (e instanceof FlowElement.Picture pic) {
            items.add(new Placed.Picture(x + pic.indent(), top - pic.height(), pic.width(), pic.height(),
                    pic.image(), pic.tag()));
        } else if (e instanceof FlowElement.Rule r) {
            items.add(new Placed.Rule(x + r.indent(), top - r.height() / 2, r.width(), r.thickness(), r.colour()));
        } else if (e instanceof FlowElement.Row row) {
            for (FlowElement.Row.Part part : row.parts()) {
                place(part.element(), top - part.dy(), frame, items);
            }
        } else {
            throw new IllegalArgumentException("unknown flow element " + e);
        }
    }

    private Placed footer(PageFrame frame, int page, int pages) {
        String words = labels.get("page-number", Map.of("page", page, "pages", pages));
        return new Placed.TextLine(frame.left(), theme.number("pdf.footer.baseline-from-bottom"),
                centredLine(words, "footer", frame), StructTag.ARTIFACT);
    }

    /** The title over the text block of every page after the first (its first line, if it is long). */
    private Placed runningHead(Article article, PageFrame frame) {
        return new Placed.TextLine(frame.left(),
                frame.pageHeight() - theme.number("pdf.running-head.baseline-from-top"),
                centredLine(article.title(), "running-head", frame), StructTag.ARTIFACT);
    }

    private Line centredLine(String words, String element, PageFrame frame) {
        ElementStyle style = ElementStyle.fromTheme(theme, element);
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of(words, style.text())), frame.measure());
        LineWidths w = LineWidths.constant(frame.measure());
        return LineSetter.set(items, new FirstFitLineBreaker().breaks(items, w), w, Alignment.CENTRED).get(0);
    }
}
