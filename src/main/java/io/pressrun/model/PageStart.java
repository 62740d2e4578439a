package io.pressrun.model;

import java.util.Objects;

/**
 * Where a page of the PDF edition begins in the article: the place of its first line's first
 * whole word (a word hyphenated across the page break belongs to the page before). The EPUB
 * marks its page breaks there, so that page {@code page} means the same text in both editions.
 *
 * @param page  the page number, from 1
 * @param place where in the article the page's text begins
 */
public record PageStart(int page, ArticlePlace place) {
    public PageStart {
        Objects.requireNonNull(place, "place");
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
    }
}
