package io.pressrun.epub;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.style.CreditLine;
import io.pressrun.style.Labels;
import io.pressrun.text.WordCount;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data model the EPUB templates see: the article as plain maps, lists and strings. Blocks and
 * inlines are maps with a {@code kind} key ({@code paragraph}, {@code heading}, {@code quote},
 * {@code list}, {@code code}, {@code figure}, {@code break}; {@code text}, {@code em},
 * {@code strong}, {@code code}, {@code link}, {@code span}, {@code br}) so that templates can walk
 * the block tree with recursive macros. Every string is cleaned of characters XML cannot carry;
 * escaping is left to the templates, which all use the XML output format.
 */
final class XhtmlModel {
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String NAMES_MARK = "\uE000";

    private final Labels labels;
    private final ImageFiles images;
    private final List<Map<String, Object>> headings = new ArrayList<>();
    private final List<Map<String, Object>> imageCredits = new ArrayList<>();
    private int headingCount;
    private int figureCount;

    private XhtmlModel(Labels labels, ImageFiles images) {
        this.labels = labels;
        this.images = images;
    }

    /** The model for all EPUB templates of one article. */
    static Map<String, Object> of(Article article, Instant modified, Labels labels, ImageFiles images) {
        return new XhtmlModel(labels, images).build(article, modified);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, as dcterms:modified wants it. */
    static String utcSeconds(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private Map<String, Object> build(Article a, Instant modified) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", clean(a.language()));
        m.put("identifier", clean(a.identifier()));
        m.put("title", clean(a.title()));
        m.put("subtitle", clean(a.subtitle()));
        m.put("summary", clean(a.summary()));
        m.put("publisher", clean(a.publisher()));
        m.put("rights", clean(a.rights()));
        m.put("tags", a.tags().stream().map(XhtmlModel::clean).filter(t -> !t.isBlank()).toList());
        m.put("modified", utcSeconds(modified));
        m.put("pubDate", a.date().moment().isPresent() ? utcSeconds(a.date().toInstant()) : a.date().day().toString());
        m.put("date", date(a.date()));
        a.updated().ifPresent(u -> {
            Map<String, Object> d = date(u);
            d.put("text", clean(labels.get("updated", Map.of("date", labels.formatDate(u)))));
            m.put("updated", d);
        });
        m.put("authors", a.authors().stream().map(XhtmlModel::author).toList());
        putByline(m);
        m.put("readTime", clean(labels.get("read-time", Map.of("minutes", WordCount.readingMinutes(a.wordCount())))));

        a.leadImage().ifPresent(img -> {
            m.put("lead", figure(img, "photo-credit"));
            addCredit(labels.get("lead-image"), img);
        });
        m.put("body", blocks(a.body()));
        m.put("headings", headings);
        m.put("imageCredits", imageCredits);
        m.put("images", images.all().stream().map(XhtmlModel::imageFile).toList());

        Map<String, Object> l = new LinkedHashMap<>();
        l.put("contents", clean(labels.get("contents")));
        l.put("credits", clean(labels.get("credits-heading")));
        l.put("aboutAuthors", clean(labels.get(a.authors().size() > 1 ? "about-authors" : "about-author")));
        l.put("images", clean(labels.get("images-heading")));
        l.put("publishedBy", a.publisher().isBlank() ? ""
                : clean(labels.get("published-by", Map.of("publisher", a.publisher()))));
        l.put("landmarks", clean(labels.get("landmarks")));
        m.put("labels", l);
        return m;
    }

    private Map<String, Object> date(ArticleDate d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iso", d.iso());
        m.put("text", clean(labels.formatDate(d)));
        return m;
    }

    private static Map<String, Object> author(Author au) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", clean(au.name()));
        m.put("role", clean(au.role()));
        m.put("bio", clean(au.bio()));
        return m;
    }

    /** Splits the byline label around its names so the template can mark up each name. */
    private void putByline(Map<String, Object> m) {
        String byline = clean(labels.get("byline", Map.of("names", NAMES_MARK)));
        int at = byline.indexOf(NAMES_MARK);
        m.put("bylineBefore", at < 0 ? byline + " " : byline.substring(0, at));
        m.put("bylineAfter", at < 0 ? "" : byline.substring(at + NAMES_MARK.length()).replace(NAMES_MARK, ""));
        m.put("namesAnd", clean(labels.get("names-and")));
    }

    private static Map<String, Object> imageFile(ImageFiles.ImageFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("href", f.href());
        m.put("mediaType", f.mediaType());
        m.put("cover", f.cover());
        return m;
    }

    /** A figure; its credit is labelled by {@code creditLabel} unless it names its own kind. */
    private Map<String, Object> figure(Image img, String creditLabel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "figure");
        ImageFiles.ImageFile file = images.fileOf(img);
        m.put("src", file.href());
        m.put("alt", clean(img.alt()));
        m.put("width", file.width());
        m.put("height", file.height());
        m.put("caption", clean(img.caption()));
        m.put("credit", img.credit().isBlank() ? "" : clean(CreditLine.of(labels, creditLabel, img.credit())));
        return m;
    }

    private void addCredit(String what, Image img) {
        if (img.credit().isBlank()) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", clean(what));
        m.put("credit", clean(img.credit()));
        imageCredits.add(m);
    }

    private List<Map<String, Object>> blocks(List<Block> blocks) {
        return blocks.stream().map(this::block).toList(); // in order: block() numbers headings and figures
    }

    private Map<String, Object> block(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (b instanceof Block.Paragraph p) {
            m.put("kind", "paragraph");
            m.put("content", inlines(p.content()));
        } else if (b instanceof Block.Heading h) {
            int level = h.level(); // 2 or 3, as the reader sets it
            String id = "h-" + (++headingCount);
            String text = clean(Blocks.plainText(h.content())).replace('\n', ' ').strip();
            m.put("kind", "heading");
            m.put("level", level);
            m.put("id", id);
            m.put("content", inlines(h.content()));
            if (level == 2 && !text.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", id);
                entry.put("text", text);
                headings.add(entry);
            }
        } else if (b instanceof Block.BlockQuote q) {
            m.put("kind", "quote");
            m.put("content", blocks(q.content()));
        } else if (b instanceof Block.ListBlock l) {
            m.put("kind", "list");
            m.put("ordered", l.ordered());
            m.put("start", l.start());
            List<List<Map<String, Object>>> items = new ArrayList<>();
            for (List<Block> item : l.items()) {
                items.add(blocks(item));
            }
            m.put("items", items);
        } else if (b instanceof Block.CodeBlock c) {
            m.put("kind", "code");
            m.put("text", clean(c.text()));
        } else if (b instanceof Block.Figure f) {
            figureCount++;
            m = figure(f.image(), "image-credit");
            addCredit(labels.get("figure", Map.of("number", figureCount)), f.image());
        } else if (b instanceof Block.SectionBreak) {
            m.put("kind", "break");
        } else {
            throw new IllegalArgumentException("unknown block " + b);
        }
        return m;
    }

    private List<Map<String, Object>> inlines(List<Inline> inlines) {
        return inlines.stream().map(this::inline).toList();
    }

    private Map<String, Object> inline(Inline i) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (i instanceof Inline.Text t) {
            m.put("kind", "text");
            m.put("text", clean(t.text()));
        } else if (i instanceof Inline.Emphasis e) {
            m.put("kind", "em");
            m.put("content", inlines(e.content()));
        } else if (i instanceof Inline.Strong s) {
            m.put("kind", "strong");
            m.put("content", inlines(s.content()));
        } else if (i instanceof Inline.Code c) {
            m.put("kind", "code");
            m.put("text", clean(c.text()));
        } else if (i instanceof Inline.Link l) {
            var href = SafeHref.of(l.href());
            m.put("kind", href.isPresent() ? "link" : "span");
            href.ifPresent(h -> m.put("href", h));
            m.put("content", inlines(l.content()));
        } else if (i instanceof Inline.LineBreak) {
            m.put("kind", "br");
        } else {
            throw new IllegalArgumentException("unknown inline " + i);
        }
        return m;
    }

    private static String clean(String s) {
        return XmlText.clean(s);
    }
}
