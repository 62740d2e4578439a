package io.pressrun.source;

import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Inline;
import io.pressrun.text.PunctuationStyle;
import io.pressrun.text.Typographer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Raw HTML in the Markdown body, parsed with an HTML parser (jsoup) and turned into the model:
 * the meaning of the elements that have one in an article is kept (pictures, figures, links,
 * emphasis, code, line breaks, headings, lists, quotations, preformatted text), layout-only
 * elements are unwrapped, and comments, scripts, styles, forms and embedded objects are dropped.
 * No attribute is kept but a link's address and a picture's source and words, so the editions
 * carry no markup but their own.
 */
final class RawHtml {
    /** Elements dropped with everything inside them. */
    static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "title", "object",
            "embed", "applet", "svg", "math", "canvas", "form", "input", "button", "select", "textarea", "audio",
            "video", "source", "track", "map", "link", "meta", "base", "frame", "frameset");
    private static final Set<String> BLOCKS = Set.of("p", "div", "center", "section", "article", "header", "footer",
            "main", "aside", "nav", "address", "dl", "dt", "dd", "details", "summary", "body", "html", "hgroup",
            "table", "thead", "tbody", "tfoot", "caption", "colgroup", "fieldset", "legend");

    private final Path file;
    private final PunctuationStyle punctuation;
    private final BodyReader.ImageResolver images;
    private final Hrefs hrefs;
    private final List<Diagnostic> warnings;
    private final Set<String> warned = new HashSet<>();

    RawHtml(Path file, PunctuationStyle punctuation, BodyReader.ImageResolver images, Hrefs hrefs,
            List<Diagnostic> warnings) {
        this.file = file;
        this.punctuation = punctuation;
        this.images = images;
        this.hrefs = hrefs;
        this.warnings = warnings;
    }

    /** The blocks an HTML block means. */
    List<Block> blocks(String html, int line) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Builder b = new Builder(line);
        b.children(body);
        b.flush();
        return b.out;
    }

    /** The element a single inline tag opens ({@code <a href="..">}), or null when it is not one. */
    static Element openingTag(String literal) {
        Element body = Jsoup.parseBodyFragment(literal).body();
        return body.childrenSize() == 1 ? body.child(0) : null;
    }

    /** A link for an {@code iframe}'s source, or nothing when it has no address to link to. */
    Inline frameLink(Element iframe, int line) {
        String src = iframe.attr("src").strip();
        String title = iframe.attr("title").strip();
        if (!Hrefs.isAbsolute(src)) {
            removed("iframe", line);
            return null;
        }
        return new Inline.Link(src, List.of(new Inline.Text(title.isEmpty() ? src : title)));
    }

    /** A link's address, or empty: its text is kept alone. */
    java.util.Optional<String> link(String href, int line) {
        return hrefs.resolve(href, line);
    }

    /** A figure for an {@code img}, with the caption given; null for one without a source. */
    Block.Figure figure(Element img, String caption, int line) {
        if (img.attr("src").isBlank()) {
            removed("img without src", line);
            return null;
        }
        Typographer t = new Typographer(punctuation);
        String alt = t.convert(img.attr("alt"));
        if (alt.isBlank()) {
            warnings.add(Diagnostic.warning(file, line, "image '" + img.attr("src")
                    + "' has no alt text: write alt=\"what the picture shows\""));
        }
        String title = caption.isEmpty() ? img.attr("title") : caption;
        return new Block.Figure(images.resolve(img.attr("src"), line, alt, new Typographer(punctuation).convert(title), ""));
    }

    void removed(String element, int line) {
        if (warned.add(element)) {
            warnings.add(Diagnostic.warning(file, line, "raw HTML <" + element + "> is not shown in the editions: removed"));
        }
    }

    static String name(Element e) {
        return e.normalName().toLowerCase(Locale.ROOT);
    }

    /** Walks the parsed HTML, collecting blocks and the inline run of the paragraph being made. */
    private final class Builder {
        final List<Block> out = new ArrayList<>();
        final int line;
        List<Inline> run = new ArrayList<>();
        Typographer typographer = new Typographer(punctuation);

        Builder(int line) {
            this.line = line;
        }

        void flush() {
            while (!run.isEmpty() && run.get(0) instanceof Inline.Text t && t.text().isBlank()) {
                run.remove(0);
            }
            while (!run.isEmpty() && (run.get(run.size() - 1) instanceof Inline.LineBreak
                    || (run.get(run.size() - 1) instanceof Inline.Text t && t.text().isBlank()))) {
                run.remove(run.size() - 1);
            }
            if (!run.isEmpty()) {
                if (run.get(0) instanceof Inline.Text t) {
                    run.set(0, new Inline.Text(t.text().stripLeading()));
                }
                if (run.get(run.size() - 1) instanceof Inline.Text t) {
                    run.set(run.size() - 1, new Inline.Text(t.text().stripTrailing()));
                }
                out.add(new Block.Paragraph(run));
            }
            run = new ArrayList<>();
            typographer = new Typographer(punctuation);
        }

        void children(Element parent) {
            for (Node n : parent.childNodes()) {
                node(n);
            }
        }

        void node(Node n) {
            if (n instanceof TextNode t) {
                if (!t.isBlank() || !run.isEmpty()) {
                    run.add(new Inline.Text(typographer.convert(t.text())));
                }
            } else if (n instanceof Element e) {
                element(e);
            } // comments, doctypes and script data carry nothing a reader sees
        }

        void element(Element e) {
            String name = name(e);
            if (DROPPED.contains(name)) {
                removed(name, line);
                return;
            }
            switch (name) {
                case "br" -> run.add(new Inline.LineBreak());
                case "img" -> {
                    flush();
                    addFigure(figure(e, "", line));
                }
                case "figure" -> figureElement(e);
                case "iframe" -> {
                    Inline link = frameLink(e, line);
                    if (link != null) {
                        flush();
                        run.add(link);
                        flush();
                    }
                }
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    children(e);
                    List<Inline> content = run;
                    run = new ArrayList<>();
                    out.add(new Block.Heading(name.charAt(1) <= '2' ? 2 : 3, content));
                }
                case "ul", "ol" -> list(e, name.equals("ol"));
                case "blockquote" -> {
                    flush();
                    out.add(new Block.BlockQuote(nested(e)));
                }
                case "pre" -> {
                    flush();
                    String code = e.wholeText();
                    out.add(new Block.CodeBlock(code.endsWith("\n") ? code.substring(0, code.length() - 1) : code));
                }
                case "hr" -> {
                    flush();
                    out.add(new Block.SectionBreak());
                }
                case "tr" -> {
                    flush();
                    List<String> cells = e.children().stream().map(Element::text).filter(s -> !s.isBlank()).toList();
                    if (!cells.isEmpty()) {
                        run.add(new Inline.Text(typographer.convert(String.join(" · ", cells))));
                    }
                    flush();
                }
                case "em", "i", "cite", "var", "dfn" -> run.add(new Inline.Emphasis(inlines(e)));
                case "strong", "b" -> run.add(new Inline.Strong(inlines(e)));
                case "code", "kbd", "samp", "tt" -> run.add(new Inline.Code(e.wholeText()));
                case "a" -> {
                    List<Inline> content = inlines(e);
                    hrefs.resolve(e.attr("href"), line).ifPresentOrElse(h -> run.add(new Inline.Link(h, content)),
                            () -> run.addAll(content));
                }
                default -> {
                    boolean block = BLOCKS.contains(name) || name.equals("li");
                    if (block) {
                        flush();
                    }
                    children(e);
                    if (block) {
                        flush();
                    }
                }
            }
        }

        /** The inline content of an element, read into a run of its own. */
        List<Inline> inlines(Element e) {
            List<Inline> outer = run;
            run = new ArrayList<>();
            children(e);
            List<Inline> content = run;
            run = outer;
            return content;
        }

        List<Block> nested(Element e) {
            Builder inner = new Builder(line);
            inner.children(e);
            inner.flush();
            return inner.out;
        }

        void figureElement(Element e) {
            flush();
            Element img = e.selectFirst("img");
            Element caption = e.selectFirst("figcaption");
            if (img != null) {
                addFigure(figure(img, caption == null ? "" : caption.text(), line));
            } else {
                children(e);
                flush();
            }
        }

        void addFigure(Block.Figure f) {
            if (f != null) {
                out.add(f);
            }
        }

        void list(Element e, boolean ordered) {
            flush();
            List<List<Block>> items = new ArrayList<>();
            for (Element li : e.children()) {
                List<Block> item = nested(li);
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            if (!items.isEmpty()) {
                int start = ordered && e.attr("start").matches("[0-9]{1,9}") ? Integer.parseInt(e.attr("start")) : 1;
                out.add(new Block.ListBlock(ordered, start, items));
            }
        }
    }
}
