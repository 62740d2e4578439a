package io.pressrun.typeset.article;

import io.pressrun.style.CreditLine;
import io.pressrun.typeset.inline.CodeLines;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.InlineRuns;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;

import java.util.ArrayList;
import java.util.List;

/**
 * The article body: justified paragraphs with indented first lines (except after a heading,
 * break or figure), headings kept with what follows, quotes, lists, code, figures and breaks.
 * Each block's elements come from its place in the body ({@link ArticlePlace#block}).
 */
final class BodyLayout {
    private final LayoutContext cx;
    private final FlowBuilder flow;
    private boolean indentNext;
    private int figureNumber;
    /** The level of the last heading tag; the title is H1. */
    private int headingTagLevel = 1;

    BodyLayout(LayoutContext cx) {
        this.cx = cx;
        this.flow = cx.flow();
    }

    void layout(List<Block> blocks) {
        blocks(blocks, cx.style("body"), flow.fullMeasure(), null, List.of());
    }

    private void blocks(List<Block> blocks, ElementStyle text, FlowBuilder.Indent indent, StructTag parent,
                        List<Integer> path) {
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), text, indent, parent, null, path(path, i));
        }
    }

    private static List<Integer> path(List<Integer> path, int... more) {
        List<Integer> p = new ArrayList<>(path);
        for (int i : more) {
            p.add(i);
        }
        return p;
    }

    /**
     * @param marker a list marker to hang before the block's first line, or null
     * @param path   the block's place in the body
     */
    private void block(Block b, ElementStyle text, FlowBuilder.Indent indent, StructTag parent,
                       FlowBuilder.Marker marker, List<Integer> path) {
        if (b instanceof Block.Paragraph || b instanceof Block.Heading || b instanceof Block.CodeBlock) {
            flow.fromText(ArticlePlace.body(path));
        } else if (b instanceof Block.Figure || b instanceof Block.Table || b instanceof Block.Notes) {
            flow.from(ArticlePlace.body(path));
        } else if (b instanceof Block.SectionBreak) {
            flow.from(null); // the ornament is decoration
        }
        if (b instanceof Block.Paragraph p) {
            paragraph(p.content(), text, indent, parent, marker);
        } else if (b instanceof Block.Heading h) {
            heading(h);
        } else if (b instanceof Block.BlockQuote q) {
            quote(q, indent, parent, path);
        } else if (b instanceof Block.ListBlock l) {
            list(l, text, indent, parent, path);
        } else if (b instanceof Block.CodeBlock c) {
            code(c, indent, parent);
        } else if (b instanceof Block.Figure f) {
            figure(f.image(), indent, ArticlePlace.body(path));
        } else if (b instanceof Block.Table t) {
            new TableLayout(cx).layout(t, indent, parent);
            indentNext = false;
        } else if (b instanceof Block.Notes n) {
            notes(n, path);
        } else if (b instanceof Block.SectionBreak) {
            sectionBreak();
        } else {
            throw new IllegalArgumentException("unknown block " + b);
        }
    }

    private static StructTag tag(StructTag parent, String role) {
        return parent == null ? StructTag.of(role) : parent.child(role);
    }

    private void paragraph(List<Inline> content, ElementStyle text, FlowBuilder.Indent indent, StructTag parent,
                           FlowBuilder.Marker marker) {
        var options = FlowBuilder.Options.PLAIN;
        if (marker != null) {
            options = options.withMarker(marker);
        } else if (indentNext) {
            options = options.withFirstIndent(cx.theme().number("body.paragraph-indent"));
        }
        flow.paragraph(cx.inlines().runs(content, text.text()), text, indent, Alignment.JUSTIFIED,
                tag(parent, "P"), options);
        indentNext = true;
    }

    /**
     * A heading styled by its level in the source (level 1 and 2 look alike: the title is the
     * only H1). Its tag never skips a level on the way down (PDF/UA): an article whose first
     * heading is a level 3 gets H2 for it, in the level 3 style.
     */
    private void heading(Block.Heading h) {
        int level = h.level() <= 2 ? 2 : 3;
        headingTagLevel = Math.min(level, headingTagLevel + 1);
        String key = "heading" + level;
        ElementStyle style = cx.style(key);
        flow.space(cx.theme().number(key + ".space-before"));
        flow.heading(Blocks.titleText(h.content()), headingTagLevel);
        if (!h.id().isEmpty() && !h.id().matches("(note|ref)-\\d.*")) {
            flow.anchor(h.id()); // a named destination; the notes' own names are not an author's
        }
        flow.paragraph(cx.inlines().runs(h.content(), style.text()), style, flow.fullMeasure(), Alignment.LEFT,
                StructTag.of("H" + headingTagLevel), FlowBuilder.Options.PLAIN.keptWithNext());
        flow.space(cx.theme().number(key + ".space-after"));
        indentNext = false;
    }

    private void quote(Block.BlockQuote q, FlowBuilder.Indent indent, StructTag parent, List<Integer> path) {
        float inset = cx.theme().number("quote.indent");
        flow.space(cx.number("quote.space-before"));
        indentNext = false;
        blocks(q.content(), cx.style("quote"), indent.inset(inset, inset), tag(parent, "BlockQuote"), path);
        flow.space(cx.number("quote.space-after"));
        indentNext = false;
    }

    private void list(Block.ListBlock l, ElementStyle text, FlowBuilder.Indent indent, StructTag parent,
                      List<Integer> path) {
        StructTag list = StructTag.list(parent, l.ordered() ? "Decimal" : "Disc");
        FlowBuilder.Indent inner = indent.inset(cx.number("list.indent"), 0);
        flow.space(cx.number("list.space-before"));
        int number = l.start();
        for (int n = 0; n < l.items().size(); n++) {
            List<Block> item = l.items().get(n);
            String mark = l.ordered() ? number++ + "." : cx.theme().string("pdf.list.bullet");
            TextStyle markStyle = text.text().withColour(cx.colour("accent"));
            StructTag li = list.child("LI");
            var marker = new FlowBuilder.Marker(List.of(StyledRun.of(mark, markStyle)),
                    cx.number("list.marker-gap"), li.child("Lbl"));
            StructTag body = li.child("LBody");
            for (int k = 0; k < item.size(); k++) {
                indentNext = false;
                block(item.get(k), text, inner, body, marker, path(path, n, k));
                marker = null;
            }
            flow.space(cx.number("list.item-space"));
        }
        flow.space(cx.number("list.space-after"));
        indentNext = false;
    }

    private void code(Block.CodeBlock c, FlowBuilder.Indent indent, StructTag parent) {
        ElementStyle style = cx.style("code");
        FlowBuilder.Indent inner = indent.inset(cx.number("code.indent"), 0);
        flow.space(cx.number("code.space-before"));
        flow.lines(CodeLines.set(flow.fonts(), c.text(), style.text(), inner.width()), c.text(), inner,
                style.leading(), tag(parent, "Code"));
        flow.space(cx.number("code.space-after"));
        indentNext = false;
    }

    /**
     * The notes, after a heading whose words are the {@code notes} label: each its number hung
     * before its text (a link back to its first reference), tagged as a {@code Note} with its
     * identifier, at the place its references link to.
     */
    private void notes(Block.Notes n, List<Integer> path) {
        heading(new Block.Heading(2, List.of(new Inline.Text(cx.labels().get("notes")))));
        ElementStyle text = cx.style("notes");
        FlowBuilder.Indent inner = flow.fullMeasure().inset(cx.number("notes.indent"), 0);
        for (int k = 0; k < n.notes().size(); k++) {
            Block.Note note = n.notes().get(k);
            String anchor = InlineRuns.noteAnchor(note.number());
            StructTag tag = StructTag.note(null, anchor);
            var marker = new FlowBuilder.Marker(List.of(new StyledRun(note.number() + ".", text.text(),
                    "#" + InlineRuns.referenceAnchor(note.number()))), cx.number("list.marker-gap"), tag);
            flow.anchor(anchor);
            for (int j = 0; j < note.content().size(); j++) {
                indentNext = false;
                block(note.content().get(j), text, inner, tag, marker, path(path, k, j));
                marker = null;
            }
            flow.space(cx.number("notes.item-space"));
        }
        indentNext = false;
    }

    /**
     * A figure, after which a paragraph is not indented; but when it waits for the next page, the
     * text after it goes on from the text before it, with that text's indent and spacing.
     */
    private void figure(Image img, FlowBuilder.Indent indent, ArticlePlace place) {
        figureNumber++;
        float spaceBefore = flow.pendingSpace();
        flow.space(cx.number("figure.space-before"));
        FigureLayout.layout(cx, img, indent, CreditLine.of(cx.labels(), "image-credit", img.credit()), true);
        if (cx.waits(place)) {
            flow.space(spaceBefore);
        } else {
            flow.space(cx.number("figure.space-after"));
            indentNext = false;
        }
    }

    /** How many figures the body has laid out so far. */
    int figureCount() {
        return figureNumber;
    }

    private void sectionBreak() {
        ElementStyle style = cx.style("section-break");
        float space = cx.number("section-break.space");
        flow.space(space);
        flow.paragraph(List.of(StyledRun.of(cx.labels().get("section-break"), style.text())), style,
                flow.fullMeasure(), Alignment.CENTRED, StructTag.ARTIFACT, FlowBuilder.Options.PLAIN);
        flow.space(space);
        indentNext = false;
    }
}
