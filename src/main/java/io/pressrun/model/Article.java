package io.pressrun.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article, fully read and validated: everything both editions carry. Immutable.
 *
 * @param source     the article's source file (for messages only; writers never reread it)
 * @param slug       output file name without extension
 * @param identifier stable identifier (URN, URL, ISBN or a derived urn:uuid)
 * @param language   BCP 47 tag, e.g. {@code en}, {@code en-GB}
 * @param title      headline, typographic punctuation applied
 * @param subtitle   standfirst, may be empty
 * @param authors    may be empty: the editions then have no byline
 * @param date       publication date
 * @param updated    last update, if any
 * @param publisher  publication name, may be empty
 * @param rights     copyright or licence line, may be empty
 * @param summary    one-paragraph description, may be empty
 * @param tags       subjects
 * @param leadImage  the lead image, if any
 * @param body       the body blocks
 * @param wordCount  words in title, subtitle and body (read time is derived from it)
 */
public record Article(
        Path source,
        String slug,
        String identifier,
        String language,
        String title,
        String subtitle,
        List<Author> authors,
        ArticleDate date,
        Optional<ArticleDate> updated,
        String publisher,
        String rights,
        String summary,
        List<String> tags,
        Optional<Image> leadImage,
        List<Block> body,
        int wordCount) {

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        subtitle = subtitle == null ? "" : subtitle;
        publisher = publisher == null ? "" : publisher;
        rights = rights == null ? "" : rights;
        summary = summary == null ? "" : summary;
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        body = List.copyOf(body);
        updated = updated == null ? Optional.empty() : updated;
        leadImage = leadImage == null ? Optional.empty() : leadImage;
    }

    /** Every image the article carries: the lead image first, then body figures in order. */
    public List<Image> images() {
        var all = new java.util.ArrayList<Image>();
        leadImage.ifPresent(all::add);
        Blocks.collectFigures(body, f -> all.add(f.image()));
        return List.copyOf(all);
    }
}
