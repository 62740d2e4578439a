package io.pressrun.typeset.article;

import io.pressrun.model.Article;
import io.pressrun.style.Labels;
import io.pressrun.style.Theme;
import io.pressrun.typeset.page.FlowBuilder;

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
        var cx = new LayoutContext(theme, labels, flow);
        new ArticleHeaderLayout(cx).layout(article);
        new BodyLayout(cx).layout(article.body());
        new CreditsLayout(cx).layout(article);
    }
}
