package io.pressrun.source;

import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;

import java.util.List;
import java.util.Optional;

/**
 * The validated front matter, before images are loaded and punctuation is set.
 *
 * @param authors may be empty: the editions then have no byline
 * @param draft   marked as a draft: built only when drafts are asked for
 */
record FrontMatter(
        String title,
        String subtitle,
        List<Author> authors,
        ArticleDate date,
        Optional<ArticleDate> updated,
        String publisher,
        String language,
        Optional<LeadImageRef> image,
        Optional<String> slug,
        Optional<String> identifier,
        String rights,
        List<String> tags,
        String summary,
        boolean draft) {

    /** The lead image as written: where it is and its words; {@code line} is the {@code src} line. */
    record LeadImageRef(String src, int line, String alt, String caption, String credit) {
    }
}
