package io.pressrun.typeset.article;

import io.pressrun.model.ArticlePlace;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.InlineRuns;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.style.Labels;
import io.pressrun.style.Theme;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What the article, body and credits layouts share: theme, labels, the flow being built. */
final class LayoutContext {
    private final Theme theme;
    private final Labels labels;
    private final FlowBuilder flow;
    private final InlineRuns inlines;
    private final Map<String, ElementStyle> styles = new HashMap<>();
    private final Set<ArticlePlace> figuresThatWait;

    LayoutContext(Theme theme, Labels labels, FlowBuilder flow) {
        this(theme, labels, flow, Set.of());
    }

    LayoutContext(Theme theme, Labels labels, FlowBuilder flow, Set<ArticlePlace> figuresThatWait) {
        this.theme = theme;
        this.labels = labels;
        this.flow = flow;
        this.figuresThatWait = Set.copyOf(figuresThatWait);
        this.inlines = new InlineRuns(colour("link"), theme.number("pdf.code.inline-scale"));
    }

    Theme theme() {
        return theme;
    }

    Labels labels() {
        return labels;
    }

    FlowBuilder flow() {
        return flow;
    }

    /** Whether the body figure at {@code place} waits for the next page while the text after it fills the page. */
    boolean waits(ArticlePlace place) {
        return figuresThatWait.contains(place);
    }

    InlineRuns inlines() {
        return inlines;
    }

    /** The style of an element, see {@link ElementStyle#fromTheme}. */
    ElementStyle style(String element) {
        return styles.computeIfAbsent(element, e -> ElementStyle.fromTheme(theme, e));
    }

    /** A number from {@code pdf.<key>}. */
    float number(String key) {
        return theme.number("pdf." + key);
    }

    /** A named colour from {@code colours}. */
    Colour colour(String name) {
        return Colour.fromTheme(theme, "colours." + name);
    }

    /** The colour named by {@code pdf.<key>}, e.g. {@code header-rule.colour}. */
    Colour colourOf(String key) {
        return colour(theme.string("pdf." + key));
    }
}
