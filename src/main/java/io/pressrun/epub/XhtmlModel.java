package io.pressrun.epub;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.model.TextDirection;
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
import java.util.function.Supplier;

/**
 * The data model the EPUB templates see: the article as plain maps, lists and strings. Blocks and
 * inlines are maps with a {@code kind} key ({@code paragraph}, {@code heading}, {@code quote},
 * {@code list}, {@code code}, {@code figure}, {@code table}, {@code notes}, {@code break};
 * {@code text}, {@code em}, {@code strong}, {@code del}, {@code code}, {@code link}, {@code span},
 * {@code noteref}, {@code br}) so that templates can walk
 * the block tree with recursive macros. Every string is cleaned of characters XML cannot carry;
 * escaping is left to the templates, which all use the XML output format. Where a page of the PDF
 * edition begins, the content has a {@code pagebreak} ({@link PageMarks}): inline, before the
 * character where the page begins, in paragraphs, headings and code; in a figure's or a section
 * break's {@code pages}; in {@code titlePages} and {@code creditsPages} for the header and the
 * credits; the lead figure's {@code pages} for the lead image. The document's {@code dir} is
 * {@code rtl} for an article in a right-to-left language, else empty; paragraphs, headings,
 * quotes, lists and their items ({@code itemDirs}), code blocks, table cells, captions
 * ({@code captionDir}), inline code, links, emphasis and struck text have a {@code dir} when
 * their direction differs from the one around them ({@link DirectionScope}), else an empty one.
 */
final class XhtmlModel {
    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String NAMES_MARK = "\uE000";

    private final Labels labels;
    private final ImageFiles images;
    private final PageMarks marks;
    private final TextDirection document;
    private final DirectionScope direction;
    private final List<Map<String, Object>> headings = new ArrayList<>();
    private final List<Map<String, Object>> imageCredits = new ArrayList<>();
    private int headingCount;
    private int lastHeadingLevel = 1;
    private int figureCount;
    /** The ids given so far, so that an author's heading id never repeats one. */
    private final java.util.Set<String> ids = new java.util.HashSet<>(List.of("article", "credits", "notes"));
    /** The notes whose first reference has been met (and given its id). */
    private final java.util.Set<Integer> referenced = new java.util.HashSet<>();

    private XhtmlModel(Labels labels, ImageFiles images, PageMarks marks, TextDirection document) {
        this.labels = labels;
        this.images = images;
        this.marks = marks;
        this.document = document;
        this.direction = new DirectionScope(document);
    }

    /** The model for all EPUB templates of one article, with the markers of the pages in {@code marks}. */
    static Map<String, Object> of(Article article, Instant modified, Labels labels, ImageFiles images,
                                  PageMarks marks) {
        return new XhtmlModel(labels, images, marks, TextDirection.ofLanguage(article.language()))
                .build(article, modified);
    }

    /** {@code yyyy-MM-ddTHH:mm:ssZ} in UTC, as dcterms:modified wants it. */
    static String utcSeconds(Instant instant) {
        return UTC_SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private Map<String, Object> build(Article a, Instant modified) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", clean(a.language()));
        m.put("dir", document == TextDirection.RTL ? document.attribute() : "");
        m.put("identifier", clean(a.identifier()));
        m.put("title", clean(a.title()));
        m.put("titleDir", direction.attribute(a.title()));
        m.put("subtitle", clean(a.subtitle()));
        m.put("subtitleDir", direction.attribute(a.subtitle()));
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

        m.put("titlePages", marks.in(ArticlePlace.Part.TITLE));
        a.leadImage().ifPresent(img -> {
            Map<String, Object> lead = figure(img, "photo-credit");
            lead.put("pages", marks.in(ArticlePlace.Part.LEAD_IMAGE));
            m.put("lead", lead);
            addCredit(labels.get("lead-image"), img);
        });
        m.put("body", blocks(a.body(), List.of()));
        m.put("creditsPages", marks.in(ArticlePlace.Part.CREDITS));
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
        l.put("pages", clean(labels.get("pages")));
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
        m.put("captionDir", direction.attribute(img.caption() + " " + m.get("credit")));
        m.put("pages", List.of());
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

    /** @param path the blocks' parent's place in the body: empty for the body itself */
    private List<Map<String, Object>> blocks(List<Block> blocks, List<Integer> path) {
        List<Map<String, Object>> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) { // in order: block() numbers headings and figures
            out.add(block(blocks.get(i), with(path, i)));
        }
        return out;
    }

    private static List<Integer> with(List<Integer> path, int index) {
        List<Integer> p = new ArrayList<>(path);
        p.add(index);
        return p;
    }

    /** Inline content with the markers of the pages that begin in it, those at its very end last. */
    private List<Map<String, Object>> marked(List<Inline> content, List<Integer> path) {
        PageMarks.Cursor cursor = marks.cursor(path);
        List<Map<String, Object>> out = new ArrayList<>(inlines(content, cursor));
        out.addAll(cursor.rest());
        return out;
    }

    private Map<String, Object> block(Block b, List<Integer> path) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (b instanceof Block.Paragraph p) {
            m.put("kind", "paragraph");
            m.put("content", directed(m, Blocks.plainText(p.content()), () -> marked(p.content(), path)));
        } else if (b instanceof Block.Heading h) {
            // 2 or 3 as the reader sets it, but never more than one below the heading before (the
            // title is the h1), so the heading order has no gaps for assistive technology
            int level = Math.min(h.level(), lastHeadingLevel + 1);
            lastHeadingLevel = level;
            String id = headingId(h.id());
            String text = clean(Blocks.titleText(h.content())).replace('\n', ' ').strip();
            m.put("kind", "heading");
            m.put("level", level);
            m.put("id", id);
            m.put("content", directed(m, text, () -> marked(h.content(), path)));
            if (level == 2 && !text.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", id);
                entry.put("text", text);
                entry.put("dir", new DirectionScope(document).attribute(text));
                headings.add(entry);
            }
        } else if (b instanceof Block.BlockQuote q) {
            m.put("kind", "quote");
            m.put("content", directed(m, Blocks.blockText(q.content()), () -> blocks(q.content(), path)));
        } else if (b instanceof Block.ListBlock l) {
            m.put("kind", "list");
            m.put("ordered", l.ordered());
            m.put("start", l.start());
            Map<String, Object> list = m;
            m.put("items", directed(m, Blocks.blockText(List.of(l)), () -> items(l, path, list)));
        } else if (b instanceof Block.CodeBlock c) {
            m.put("kind", "code");
            m.put("dir", direction.attribute(TextDirection.of(c.text(), TextDirection.LTR)));
            m.put("text", clean(c.text()));
            PageMarks.Cursor cursor = marks.cursor(path);
            List<Map<String, Object>> content = new ArrayList<>(cursor.text(c.text(), XhtmlModel::text));
            content.addAll(cursor.rest());
            m.put("content", content);
        } else if (b instanceof Block.Figure f) {
            figureCount++;
            m = figure(f.image(), "image-credit");
            m.put("pages", marks.inBlock(path));
            addCredit(labels.get("figure", Map.of("number", figureCount)), f.image());
        } else if (b instanceof Block.Table t) {
            m.put("kind", "table");
            PageMarks.Cursor cursor = marks.cursor(path);
            m.put("pages", cursor.rest()); // a table's pages begin at its start
            m.put("header", cells(t.header(), t, cursor));
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (List<List<Inline>> row : t.rows()) {
                rows.add(cells(row, t, cursor));
            }
            m.put("rows", rows);
        } else if (b instanceof Block.Notes n) {
            m.put("kind", "notes");
            m.put("pages", marks.inBlock(path));
            m.put("heading", clean(labels.get("notes")));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "notes");
            entry.put("text", clean(labels.get("notes")));
            headings.add(entry);
            List<Map<String, Object>> notes = new ArrayList<>();
            for (int k = 0; k < n.notes().size(); k++) {
                Block.Note note = n.notes().get(k);
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("number", note.number());
                one.put("content", blocks(note.content(), with(path, k)));
                one.put("back", referenced.contains(note.number()) ? "fnref-" + note.number() : "");
                notes.add(one);
            }
            m.put("notes", notes);
            m.put("back", clean(labels.get("note-back")));
        } else if (b instanceof Block.SectionBreak) {
            m.put("kind", "break");
            m.put("pages", marks.inBlock(path));
        } else {
            throw new IllegalArgumentException("unknown block " + b);
        }
        return m;
    }

    /** Puts the element's {@code dir} by its text, and builds its inside in its direction. */
    private <T> T directed(Map<String, Object> m, CharSequence text, Supplier<T> inside) {
        TextDirection own = TextDirection.of(text, direction.around());
        m.put("dir", direction.attribute(own));
        return direction.within(own, inside);
    }

    /** A list's items, each a list of blocks; their {@code dir}s go to the list's {@code itemDirs}. */
    private List<List<Map<String, Object>>> items(Block.ListBlock l, List<Integer> path, Map<String, Object> list) {
        List<List<Map<String, Object>>> items = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        for (int n = 0; n < l.items().size(); n++) {
            List<Block> item = l.items().get(n);
            List<Integer> at = with(path, n);
            Map<String, Object> dir = new LinkedHashMap<>();
            items.add(directed(dir, Blocks.blockText(item), () -> blocks(item, at)));
            dirs.add((String) dir.get("dir"));
        }
        list.put("itemDirs", dirs);
        return items;
    }

    /**
     * The id of a heading: the one its source gave it when that is a usable XML id that is not
     * taken (nor of the form this model gives: {@code h-2}, {@code page-7}, {@code fn-1}), else
     * {@code h-<n>}.
     */
    private String headingId(String wanted) {
        headingCount++;
        String id = wanted.matches("[A-Za-z][A-Za-z0-9_.-]*") && !wanted.matches("(h|page|fn|fnref)-\\d.*")
                && !ids.contains(wanted) ? wanted : "h-" + headingCount;
        ids.add(id);
        return id;
    }

    /** A table row's cells: each its {@code content} and its column's {@code align} (empty, or a class name). */
    private List<Map<String, Object>> cells(List<List<Inline>> row, Block.Table table, PageMarks.Cursor cursor) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("align", switch (table.alignments().get(c)) {
                case NONE -> "";
                case LEFT -> "align-left";
                case CENTRE -> "align-centre";
                case RIGHT -> "align-right";
            });
            List<Inline> cell = row.get(c);
            m.put("content", directed(m, Blocks.plainText(cell), () -> inlines(cell, cursor)));
            out.add(m);
        }
        return out;
    }

    private List<Map<String, Object>> inlines(List<Inline> inlines, PageMarks.Cursor cursor) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                out.addAll(cursor.text(t.text(), XhtmlModel::text));
            } else if (i instanceof Inline.Code c) {
                String dir = direction.attribute(TextDirection.of(c.text(), TextDirection.LTR));
                out.addAll(cursor.text(c.text(), code -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", "code");
                    m.put("dir", dir);
                    m.put("text", clean(code));
                    return m;
                }));
            } else if (i instanceof Inline.NoteReference r) {
                out.addAll(cursor.skip(r.text().length()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "noteref");
                m.put("number", r.number());
                m.put("id", referenced.add(r.number()) ? "fnref-" + r.number() : "");
                out.add(m);
            } else if (i instanceof Inline.LineBreak) {
                out.addAll(cursor.skip(1)); // Blocks.plainText counts a line break as one character
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", "br");
                out.add(m);
            } else {
                out.add(container(i, cursor));
            }
        }
        return out;
    }

    private static Map<String, Object> text(String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "text");
        m.put("text", clean(text));
        return m;
    }

    private Map<String, Object> container(Inline i, PageMarks.Cursor cursor) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Inline> content;
        if (i instanceof Inline.Emphasis e) {
            m.put("kind", "em");
            content = e.content();
        } else if (i instanceof Inline.Strong s) {
            m.put("kind", "strong");
            content = s.content();
        } else if (i instanceof Inline.Strikethrough st) {
            m.put("kind", "del");
            content = st.content();
        } else if (i instanceof Inline.Link l) {
            var href = SafeHref.of(l.href());
            m.put("kind", href.isPresent() ? "link" : "span");
            href.ifPresent(h -> m.put("href", h));
            content = l.content();
        } else {
            throw new IllegalArgumentException("unknown inline " + i);
        }
        m.put("content", directed(m, Blocks.plainText(content), () -> inlines(content, cursor)));
        return m;
    }

    private static String clean(String s) {
        return XmlText.clean(s);
    }
}
