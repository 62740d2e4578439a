package io.pressrun.typeset.article;

import io.pressrun.model.Article;
import io.pressrun.model.ArticlePlace;
import io.pressrun.style.Labels;
import io.pressrun.style.Theme;
import io.pressrun.typeset.page.FlowBuilder;

import java.util.Set;

/**
 * Composes a whole article into a vertical flow, in reading order: the header (publication,
 * title, subtitle, byline, date, read time, lead image), the body, then the credits. The one
 * entry point of this package; its parts are its own.
 */
public final class ArticleLayout {
    private ArticleLayout() {
    }

    /** Adds the article's header, body and credits to {@code flow}, styled by the theme, worded by the labels. */
    public static void compose(Article article, Theme theme, Labels labels, FlowBuilder flow) {
        compose(article, theme, labels, flow, Set.of());
    }

    /**
     * As {@link #compose(Article, Theme, Labels, FlowBuilder)}, knowing which body figures wait for
     * the next page while the text after them fills the page ({@code figuresThatWait}, their places
     * in the body): the text after such a figure is set as it would be after the text before it,
     * since on the page the figure no longer stands between them.
     */
    public static void compose(Article article, Theme theme, Labels labels, FlowBuilder flow,
                               Set<ArticlePlace> figuresThatWait) {
        var cx = new LayoutContext(theme, labels, flow, figuresThatWait);
        new ArticleHeaderLayout(cx).layout(article);
        new BodyLayout(cx).layout(article.body());
        new CreditsLayout(cx).layout(article);
    }
}
