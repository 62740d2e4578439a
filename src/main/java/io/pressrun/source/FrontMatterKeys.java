package io.pressrun.source;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The front matter keys Pressrun reads, the other names blog engines and exports give them
 * (Hugo, Jekyll, Zola, Ghost and WordPress exports, pandoc), and the keys it ignores on purpose
 * because they only matter to a website. The first name of each list that is given is used.
 */
final class FrontMatterKeys {
    static final List<String> TITLE = List.of("title");
    static final List<String> SUBTITLE = List.of("subtitle");
    /** Also the subtitle when there is none. */
    static final List<String> SUMMARY = List.of("summary", "description", "excerpt", "abstract");
    static final List<String> AUTHORS = List.of("authors", "author", "by");
    static final List<String> DATE = List.of("date", "publishDate", "published_at", "pubDate", "created_at");
    static final List<String> UPDATED = List.of("updated", "lastmod", "updated_at", "last_modified_at", "modified");
    static final List<String> IMAGE = List.of("image", "cover", "featured_image", "feature_image", "featureImage",
            "coverImage", "images");
    static final List<String> TAGS = List.of("tags", "categories", "keywords");
    static final List<String> LANGUAGE = List.of("language", "lang");
    static final List<String> PUBLISHER = List.of("publisher");
    static final List<String> RIGHTS = List.of("rights", "copyright");
    static final List<String> IDENTIFIER = List.of("identifier");
    static final List<String> SLUG = List.of("slug");
    /** A page's address, read for the day it carries when no date is given. */
    static final List<String> ADDRESS = List.of("path", "permalink", "url");
    /** {@code draft: true}; Jekyll's {@code published: false}; a Ghost export's {@code status: draft}. */
    static final List<String> DRAFT = List.of("draft", "published", "status");
    /** Zola's tables: {@code [extra]} is searched for the keys above; {@code [taxonomies]} gives tags and authors. */
    static final String EXTRA = "extra";
    /** Hugo's table of a page's own values: searched like {@code [extra]}. */
    static final String PARAMS = "params";
    static final String TAXONOMIES = "taxonomies";

    /** Keys that only matter to a website (its layout, address, menus, comments): ignored without a word. */
    static final Set<String> IGNORED = Set.of("layout", "permalink", "url", "aliases", "redirect_from", "redirect_to",
            "weight", "type", "menu", "menus", "toc", "toc_label", "toc_sticky", "comments", "share", "template",
            "page_template", "sitemap", "excerpt_separator", "render", "in_search_index", "path", "sort_by",
            "insert_anchor_links", "transparent", "showToc", "TocOpen", "hidemeta", "ShowToc", "ShowReadingTime",
            "ShowBreadCrumbs", "ShowPostNavLinks", "ShowShareButtons", "disableShare", "canonicalURL",
            "canonical_url", "id", "uuid", "visibility", "featured", "linkTitle", "translationKey", "outputs",
            "headless", "build", "cascade", "markup", "expiryDate", "series", "math", "mathjax", "katex",
            "author_profile", "read_time", "header", "sidebar", "classes", "tagline", "meta_title",
            "meta_description", "og_title", "og_description", "og_image", "twitter_title", "twitter_description",
            "twitter_image", "codeinjection_head", "codeinjection_foot", "custom_excerpt", "documentclass",
            "classoption", "geometry", "fontsize", "mainfont", "header-includes", "toc-depth", "bibliography",
            "csl", "link-citations", "output", "isCJKLanguage", "resources", "thumbnail", "hero", "audio", "videos");

    private FrontMatterKeys() {
    }

    /** Every key read, for the "did you mean" hint of an unknown key. */
    static Set<String> known() {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> names : List.of(TITLE, SUBTITLE, SUMMARY, AUTHORS, DATE, UPDATED, IMAGE, TAGS, LANGUAGE,
                PUBLISHER, RIGHTS, IDENTIFIER, SLUG, DRAFT)) {
            all.addAll(names);
        }
        all.add(EXTRA);
        all.add(PARAMS);
        all.add(TAXONOMIES);
        return all;
    }
}
