package io.pressrun.source;

import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.text.PunctuationStyle;
import io.pressrun.text.Typographer;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CommonMark body, with GitHub's tables, strikethrough, footnotes and task lists, into
 * blocks: smart punctuation applied (never in code), raw HTML read for its meaning
 * ({@link RawHtml}, {@link InlineHtml}), bare URLs and {@code www.} addresses in the text made
 * links (never in code), a heading's trailing {@code {#id .class}} taken off (its id kept), the
 * notes gathered at the end of the body.
 */
final class BodyReader {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(AutolinkExtension.builder().linkTypes(AutolinkType.URL, AutolinkType.WWW).build(),
                    TablesExtension.create(), StrikethroughExtension.create(), FootnotesExtension.create(),
                    TaskListItemsExtension.create()))
            .build();

    /** Loads the file behind an image reference, or throws. */
    interface ImageResolver {
        Image resolve(String src, int line, String alt, String caption, String credit);
    }

    private final Path file;
    private final int firstLine;
    private final PunctuationStyle punctuation;
    private final ImageResolver images;
    private final List<Diagnostic> warnings;
    private final Hrefs hrefs;
    private final RawHtml html;
    /** The raw HTML tags of the paragraph or inline being read. */
    private InlineHtml tags;
    private final NoteNumbers notes = new NoteNumbers();

    /**
     * @param firstLine the file line on which the body starts (1-based)
     */
    BodyReader(Path file, int firstLine, PunctuationStyle punctuation, ImageResolver images,
               List<Diagnostic> warnings, SiteLinks siteLinks) {
        this.file = file;
        this.firstLine = firstLine;
        this.punctuation = punctuation;
        this.images = images;
        this.warnings = warnings;
        this.hrefs = new Hrefs(file, warnings, siteLinks);
        this.html = new RawHtml(file, punctuation, images, hrefs, warnings);
        this.tags = new InlineHtml(html, firstLine);
    }

    List<Block> read(String markdown) {
        MarkdownLimits limits = new MarkdownLimits(file, firstLine);
        limits.checkText(markdown);
        Node document;
        try {
            document = PARSER.parse(markdown);
        } catch (StackOverflowError e) {
            // the parser recurses over nested inlines; a tree this deep is refused anyway
            throw limits.tooDeep(firstLine + leadingBlankLines(markdown));
        }
        limits.checkNesting(document);
        notes.collect(document);
        List<Block> body = blocks(document);
        List<Block.Note> read = new ArrayList<>();
        for (FootnoteDefinition d = notes.next(); d != null; d = notes.next()) {
            read.add(new Block.Note(read.size() + 1, blocks(d)));
        }
        if (!read.isEmpty()) {
            body.add(new Block.Notes(read));
        }
        return body;
    }

    private static int leadingBlankLines(String markdown) {
        int lines = 0;
        for (int i = 0; i < markdown.length() && Character.isWhitespace(markdown.charAt(i)); i++) {
            if (markdown.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
        return out;
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof Paragraph) {
            paragraph(n, out);
        } else if (n instanceof Heading h) {
            String id = HeadingAttributes.strip(h);
            List<Block> figures = new ArrayList<>();
            List<Inline> content = inlines(h, new Typographer(punctuation), figures);
            out.add(new Block.Heading(h.getLevel() <= 2 ? 2 : 3, content, id));
            out.addAll(figures);
        } else if (n instanceof TableBlock) {
            GfmBlocks.table(n, (cell, figures) -> inlines(cell, new Typographer(punctuation), figures), out);
        } else if (n instanceof FootnoteDefinition || n instanceof TaskListItemMarker) {
            return; // set with the notes, at the end; a task's box is set by its list item
        } else if (n instanceof org.commonmark.node.BlockQuote) {
            out.add(new Block.BlockQuote(blocks(n)));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(item.getFirstChild() instanceof TaskListItemMarker task ? GfmBlocks.task(task.isChecked(), blocks(item))
                            : blocks(item));
                }
            }
            int start = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            out.add(new Block.ListBlock(n instanceof OrderedList, start, items));
        } else if (n instanceof FencedCodeBlock c) {
            out.add(new Block.CodeBlock(stripFinalNewline(c.getLiteral())));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.CodeBlock(stripFinalNewline(c.getLiteral())));
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.SectionBreak());
        } else if (n instanceof HtmlBlock h) {
            out.addAll(html.blocks(h.getLiteral(), line(n)));
        } else if (n instanceof LinkReferenceDefinition) {
            return; // resolved by the parser into the links that use it
        } else {
            warnings.add(Diagnostic.warning(file, line(n), "unsupported Markdown element "
                    + n.getClass().getSimpleName() + " kept as plain text"));
            out.add(new Block.Paragraph(List.of(new Inline.Text(plain(n)))));
        }
    }

    /** A paragraph; images in it become figures, splitting the text around them. */
    private void paragraph(Node p, List<Block> out) {
        Typographer typographer = new Typographer(punctuation);
        List<Inline> run = new ArrayList<>();
        List<Block> deferred = new ArrayList<>();
        InlineHtml outer = tags;
        tags = new InlineHtml(html, line(p));
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Image img && !tags.isOpen()) {
                flush(run, out);
                out.add(figure(img));
            } else {
                inline(n, typographer, run, deferred);
            }
        }
        tags.finish(run);
        tags = outer;
        flush(run, out);
        out.addAll(deferred);
    }

    private static void flush(List<Inline> run, List<Block> out) {
        while (!run.isEmpty() && isBlank(run.get(run.size() - 1))) {
            run.remove(run.size() - 1);
        }
        while (!run.isEmpty() && isBlank(run.get(0))) {
            run.remove(0);
        }
        if (!run.isEmpty()) {
            out.add(new Block.Paragraph(run));
        }
        run.clear();
    }

    private static boolean isBlank(Inline i) {
        return i instanceof Inline.LineBreak || (i instanceof Inline.Text t && t.text().isBlank());
    }

    private List<Inline> inlines(Node parent, Typographer typographer, List<Block> deferred) {
        List<Inline> out = new ArrayList<>();
        InlineHtml outer = tags;
        tags = new InlineHtml(html, line(parent));
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, typographer, out, deferred);
        }
        tags.finish(out);
        tags = outer;
        return out;
    }

    private void inline(Node n, Typographer t, List<Inline> into, List<Block> deferred) {
        if (n instanceof HtmlInline h) {
            tags.tag(h.getLiteral(), into, deferred);
            return;
        }
        if (tags.skipping()) {
            return;
        }
        List<Inline> out = tags.target(into);
        if (n instanceof Text text && tags.inCode()) {
            out.add(new Inline.Text(text.getLiteral()));
        } else if (n instanceof Text text) {
            out.add(new Inline.Text(t.convert(text.getLiteral())));
        } else if (n instanceof SoftLineBreak) {
            out.add(new Inline.Text(t.convert(" ")));
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(n, t, deferred)));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n, t, deferred)));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getLiteral()));
            t.verbatim(c.getLiteral());
        } else if (n instanceof Strikethrough) {
            out.add(new Inline.Strikethrough(inlines(n, t, deferred)));
        } else if (n instanceof FootnoteReference ref) {
            out.add(new Inline.NoteReference(notes.number(ref.getLabel())));
            t.verbatim("1");

        } else if (n instanceof Link link && isBare(link)) {
            bareLink(link, out);
        } else if (n instanceof Link link) {
            List<Inline> content = inlines(n, t, deferred);
            hrefs.resolve(link.getDestination(), line(n)).ifPresentOrElse(to -> out.add(new Inline.Link(to, content)),
                    () -> out.addAll(content));
        } else if (n instanceof org.commonmark.node.Image img) {
            deferred.add(figure(img));
        } else {
            // an inline of no kind above: its text, with any code in it verbatim
            out.addAll(n.getFirstChild() == null ? List.of(new Inline.Text(plain(n, t)))
                    : inlines(n, t, deferred));
        }
    }

    /**
     * A link the autolink extension found in the text: its only child is the address as written,
     * and it spans nothing but that text (a link written {@code [..](..)} or {@code <..>} spans its
     * brackets too).
     */
    private static boolean isBare(Link link) {
        if (!(link.getFirstChild() instanceof Text text) || text.getNext() != null) {
            return false;
        }
        int length = 0;
        for (SourceSpan span : link.getSourceSpans()) {
            length += span.getLength();
        }
        return length == text.getLiteral().length();
    }

    /**
     * A bare address is shown exactly as written (no smart punctuation inside it); it is a link
     * when it is an http(s) address ({@code www.} ones are), else plain text, without a warning:
     * the author wrote no link.
     */
    private static void bareLink(Link link, List<Inline> out) {
        String written = ((Text) link.getFirstChild()).getLiteral();
        String href = link.getDestination();
        if (Hrefs.isAbsolute(href)) {
            out.add(new Inline.Link(href, List.of(new Inline.Text(written))));
        } else {
            out.add(new Inline.Text(written));
        }
    }

    private Block.Figure figure(org.commonmark.node.Image img) {
        String alt = plain(img, new Typographer(punctuation));
        String title = img.getTitle() == null ? "" : img.getTitle();
        String caption = title;
        String credit = "";
        int bar = title.lastIndexOf(" | ");
        if (bar >= 0) {
            caption = title.substring(0, bar).strip();
            credit = title.substring(bar + 3).strip();
        }
        if (alt.isBlank()) {
            warnings.add(Diagnostic.warning(file, line(img), "image '" + img.getDestination()
                    + "' has no alt text: write ![what the picture shows](" + img.getDestination() + ")"));
        }
        Image image = images.resolve(img.getDestination(), line(img), alt,
                new Typographer(punctuation).convert(caption), new Typographer(punctuation).convert(credit));
        return new Block.Figure(image);
    }

    private int line(Node n) {
        var spans = n.getSourceSpans();
        return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }

    /** All literal text below a node, as written. */
    private static String plain(Node n) {
        return plain(n, null);
    }

    /** All literal text below a node, its text (not its code) given smart punctuation by {@code t} unless null. */
    private static String plain(Node n, Typographer t) {
        StringBuilder sb = new StringBuilder();
        appendPlain(n, t, sb);
        return sb.toString();
    }

    private static void appendPlain(Node n, Typographer t, StringBuilder sb) {
        if (n instanceof Text text) {
            sb.append(t == null ? text.getLiteral() : t.convert(text.getLiteral()));
        } else if (n instanceof Code c) {
            sb.append(c.getLiteral());
            if (t != null) {
                t.verbatim(c.getLiteral());
            }
        } else if (n instanceof HtmlInline h) {
            sb.append(h.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            sb.append(t == null ? " " : t.convert(" "));
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            appendPlain(c, t, sb);
        }
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
