package io.pressrun.typeset.article;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.InlineRuns;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.style.Labels;
import io.pressrun.style.Theme;

import java.util.HashMap;
import java.util.Map;

/** What the article, body and credits layouts share: theme, labels, the flow being built. */
public final class LayoutContext {
    private final Theme theme;
    private final Labels labels;
    private final FlowBuilder flow;
    private final InlineRuns inlines;
    private final Map<String, ElementStyle> styles = new HashMap<>();

    public LayoutContext(Theme theme, Labels labels, FlowBuilder flow) {
        this.theme = theme;
        this.labels = labels;
        this.flow = flow;
        this.inlines = new InlineRuns(colour("link"), theme.number("pdf.code.inline-scale"));
    }

    public Theme theme() {
        return theme;
    }

    public Labels labels() {
        return labels;
    }

    public FlowBuilder flow() {
        return flow;
    }

    public InlineRuns inlines() {
        return inlines;
    }

    /** The style of an element, see {@link ElementStyle#fromTheme}. */
    public ElementStyle style(String element) {
        return styles.computeIfAbsent(element, e -> ElementStyle.fromTheme(theme, e));
    }

    /** A number from {@code pdf.<key>}. */
    public float number(String key) {
        return theme.number("pdf." + key);
    }

    /** A named colour from {@code colours}. */
    public Colour colour(String name) {
        return Colour.fromTheme(theme, "colours." + name);
    }

    /** The colour named by {@code pdf.<key>}, e.g. {@code header-rule.colour}. */
    public Colour colourOf(String key) {
        return colour(theme.string("pdf." + key));
    }
}
