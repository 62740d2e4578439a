package io.pressrun.pdf;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.page.Anchor;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/** Draws one typeset page: text, pictures and rules, each in its marked content, and link areas. */
final class PdfPagePainter {
    private final PDDocument doc;
    private final PdfResources resources;
    private final PdfStructure structure;

    PdfPagePainter(PDDocument doc, PdfResources resources, PdfStructure structure) {
        this.doc = doc;
        this.resources = resources;
        this.structure = structure;
    }

    void paint(TypesetDocument.Page page, float width, float height) throws IOException {
        PDPage pdPage = new PDPage(new PDRectangle(width, height));
        doc.addPage(pdPage);
        structure.beginPage(pdPage);
        List<LinkArea> links = new ArrayList<>();
        try (var cs = new ContentWriter(doc, pdPage)) {
            for (Placed item : page.items()) {
                if (item instanceof Placed.TextLine t) {
                    text(cs, t, links);
                    continue;
                }
                structure.begin(cs, item.tag());
                if (item instanceof Placed.Picture p) {
                    PdfResources.PlacedImage img = resources.image(p.image());
                    if (img.xobject() instanceof PDFormXObject form) {
                        cs.form(form, p.x(), p.y(), p.width(), p.height());
                    } else {
                        cs.image((PDImageXObject) img.xobject(), ImagePlacement.matrix(img.orientation(), p.x(), p.y(),
                                p.width(), p.height()));
                    }
                } else if (item instanceof Placed.Rule r) {
                    cs.strokeColour(r.colour().red(), r.colour().green(), r.colour().blue());
                    cs.line(r.x(), r.y(), r.x() + r.width(), r.y(), r.thickness());
                }
                structure.end(cs);
            }
        }
        for (LinkArea link : links) {
            annotate(pdPage, link);
        }
    }

    /** Where a link's text was drawn, its text, and the Link element it is tagged with (null in an artifact). */
    private record LinkArea(String href, String text, PDRectangle area, PDStructureElement element) {
    }

    /** A link to a place in the document ({@code #name}), whose page may not be painted yet. */
    private record Inside(PDAnnotationLink annotation, String name) {
    }

    private final List<Inside> inside = new ArrayList<>();

    /**
     * Points each link to a place in the document at that place, once every page is painted; a
     * link to a place the layout does not have points at nothing.
     */
    void linkInside(List<Anchor> anchors) {
        Map<String, Anchor> byName = new HashMap<>();
        anchors.forEach(a -> byName.putIfAbsent(a.name(), a));
        for (Inside link : inside) {
            Anchor a = byName.get(link.name());
            if (a != null) {
                var go = new PDActionGoTo();
                go.setDestination(PdfNavigation.destination(doc, a.page(), a.top()));
                link.annotation().setAction(go);
            }
        }
        inside.clear();
    }

    /**
     * Draws a line in marked-content pieces: the list label (if any) tagged as the item's
     * label, each run of spans with one link target inside that link's element (in the label
     * too: a note's number links back to its reference), the rest as the line's own element.
     */
    private void text(ContentWriter cs, Placed.TextLine t, List<LinkArea> links) throws IOException {
        List<Line.PlacedSpan> spans = t.line().spans();
        if (spans.isEmpty()) {
            structure.declare(t.tag()); // an empty table cell is still a cell of its row
            return;
        }
        Line.Label label = t.line().label();
        int labelled = label == null ? 0 : label.spans();
        if (labelled > 0) {
            pieces(cs, t, 0, labelled, label.tag(), links);
        }
        pieces(cs, t, labelled, spans.size(), t.tag(), links);
        raisedMarks(cs, t);
        strikes(cs, t);
    }

    /**
     * Spans {@code from} to {@code to} of the line, tagged {@code tag}, each run with one link
     * target in its link's element. A line with right-to-left text has its pieces drawn left to
     * right (text extraction reads such text in visual order) and structured in reading order.
     */
    private void pieces(ContentWriter cs, Placed.TextLine t, int from, int to, StructTag tag, List<LinkArea> links)
            throws IOException {
        List<Line.PlacedSpan> spans = t.line().spans();
        List<int[]> pieces = new ArrayList<>();
        boolean mixed = false;
        while (from < to) {
            String href = spans.get(from).span().href();
            int end = from + 1;
            while (end < to && Objects.equals(href, spans.get(end).span().href())) {
                end++;
            }
            pieces.add(new int[]{from, end});
            from = end;
        }
        for (Line.PlacedSpan ps : spans) {
            mixed |= ps.span().level() != 0;
        }
        if (mixed && pieces.size() > 1) {
            pieces.sort(java.util.Comparator.comparingDouble(p -> leftmost(spans, p[0], p[1])));
            structure.holdKids();
        }
        for (int[] p : pieces) {
            structure.readingPlace(p[0]);
            String href = spans.get(p[0]).span().href();
            if (href == null) {
                structure.begin(cs, tag);
            } else {
                links.add(new LinkArea(href, text(spans, p[0], p[1]), area(t, p[0], p[1]),
                        structure.beginLink(cs, tag, href)));
            }
            show(cs, t, p[0], p[1]);
            structure.end(cs);
        }
        if (mixed && pieces.size() > 1) {
            structure.releaseKids();
        }
    }

    private static float leftmost(List<Line.PlacedSpan> spans, int from, int to) {
        float x = Float.MAX_VALUE;
        for (int i = from; i < to; i++) {
            x = Math.min(x, spans.get(i).x());
        }
        return x;
    }

    /** The raised marks of the line's right-to-left text, read elsewhere ({@link ShapedText#raisedMarks}). */
    private void raisedMarks(ContentWriter cs, Placed.TextLine t) throws IOException {
        List<Line.PlacedSpan> marked = t.line().spans().stream().filter(p -> ShapedText.hasRaisedMarks(p.span()))
                .toList();
        if (marked.isEmpty()) {
            return;
        }
        structure.begin(cs, StructTag.ARTIFACT);
        cs.beginText();
        for (Line.PlacedSpan ps : marked) {
            Span s = ps.span();
            cs.font(resources.font(s.face()), s.size());
            cs.fillColour(s.colour().red(), s.colour().green(), s.colour().blue());
            cs.horizontalScale(s.scale());
            ShapedText.raisedMarks(cs, resources, s, t.x() + ps.x(), t.baseline());
        }
        cs.horizontalScale(1);
        cs.endText();
        structure.end(cs);
    }

    /**
     * Lines through struck-through text, drawn as decoration after the text (which stays text,
     * read as written): through the middle of the lower-case letters, across the spaces
     * between struck words.
     */
    private void strikes(ContentWriter cs, Placed.TextLine t) throws IOException {
        List<Line.PlacedSpan> spans = t.line().spans();
        boolean open = false;
        for (int i = 0; i < spans.size(); i++) {
            Line.PlacedSpan ps = spans.get(i);
            Span s = ps.span();
            if (!s.struck()) {
                continue;
            }
            if (!open) {
                structure.begin(cs, StructTag.ARTIFACT);
                open = true;
            }
            float x0 = t.x() + ps.x();
            boolean joined = i + 1 < spans.size() && spans.get(i + 1).span().struck()
                    && spans.get(i + 1).x() > ps.x(); // right to left, each span is struck on its own
            float x1 = joined ? t.x() + spans.get(i + 1).x() : x0 + s.width();
            float y = t.baseline() + s.rise() + s.size() * STRIKE_HEIGHT;
            cs.strokeColour(s.colour().red(), s.colour().green(), s.colour().blue());
            cs.line(x0, y, x1, y, s.size() * STRIKE_THICKNESS);
        }
        if (open) {
            structure.end(cs);
        }
    }

    /** The strike line's height above the baseline and its thickness, in ems. */
    private static final float STRIKE_HEIGHT = 0.28f;
    private static final float STRIKE_THICKNESS = 0.06f;

    /** Sets spans {@code from} (inclusive) to {@code to} (exclusive) of the line in one text object. */
    private void show(ContentWriter cs, Placed.TextLine t, int from, int to) throws IOException {
        cs.beginText();
        PDType0Font font = null;
        float size = 0;
        float rise = 0;
        float scale = 1;
        Colour colour = null;
        List<Line.PlacedSpan> spans = t.line().spans();
        // drawn left to right, as text extraction reads right-to-left text (in visual order)
        List<Integer> order = new ArrayList<>();
        for (int i = from; i < to; i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingDouble(i -> spans.get(i).x()));
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            Line.PlacedSpan ps = spans.get(i);
            Span s = ps.span();
            PDType0Font f = resources.font(s.face());
            if (f != font || s.size() != size) {
                cs.font(f, s.size());
                font = f;
                size = s.size();
            }
            if (!s.colour().equals(colour)) {
                cs.fillColour(s.colour().red(), s.colour().green(), s.colour().blue());
                colour = s.colour();
            }
            if (s.rise() != rise) {
                cs.rise(s.rise());
                rise = s.rise();
            }
            if (s.scale() != scale) {
                cs.horizontalScale(s.scale()); // font expansion
                scale = s.scale();
            }
            boolean shaped = s.glyphs().texts() != null && !(i == spans.size() - 1 && t.line().hyphenated());
            boolean mark = ps == ShapedText.directionMark(t.line());
            if (mark && !shaped) {
                ShapedText.directionMark(cs, resources, s, t.x() + ps.x(), t.baseline());
            }
            cs.textAt(t.x() + ps.x(), t.baseline());
            boolean space = (k + 1 < order.size() ? gapBetween(ps, spans.get(order.get(k + 1)))
                    : gapAfter(spans, i, t.line().label() == null ? 0 : t.line().label().spans()))
                    && s.face().hasGlyph(' ');
            if (shaped) {
                ShapedText.show(cs, resources, s, t.x() + ps.x(), t.baseline(), space, ps.actualText(), mark);
            } else if (ps.actualText() == null) {
                glyphs(cs, s, space, true);
            } else {
                // replacement text (ISO 32000-1, 14.9.4): the hyphen a break added stands for the
                // rest of the word, and that rest, at the start of the next line, for nothing; the
                // hyphen itself is shown by a code read as a soft hyphen (U+00AD, 14.8.2.2.3) by
                // readers that ignore replacement text
                cs.beginActualText(ps.actualText());
                if (i == spans.size() - 1 && t.line().hyphenated()) {
                    cs.show(resources.softHyphen(s.face()));
                } else {
                    glyphs(cs, s, false, false);
                }
                cs.endMarkedContent();
                if (space) {
                    cs.show(resources.code(s.face(), s.face().glyphId(' ')));
                }
            }
        }
        if (rise != 0) {
            cs.rise(0);
        }
        if (scale != 1) {
            cs.horizontalScale(1);
        }
        cs.endText();
    }

    /**
     * Shows the span's glyphs as shaped, by glyph ID: with {@code TJ} and the kerning as
     * position adjustments (thousandths of the font size, negative moves right) where the span
     * is kerned, so the drawn width is the measured one. A ligature is marked with the letters
     * it stands for as actual text when {@code markLigatures} (not inside other actual text,
     * which already says what is read). A space, when {@code space}, follows the glyphs.
     */
    private void glyphs(ContentWriter cs, Span s, boolean space, boolean markLigatures) throws IOException {
        String text = s.text();
        FontFace.Glyphs g = s.glyphs();
        List<Object> parts = new ArrayList<>();
        var run = new ByteArrayOutputStream();
        for (int i = 0; i < g.gids().length; i++) {
            byte[] code = resources.code(s.face(), g.gids()[i]);
            if (g.ligature()[i] && markLigatures) {
                flush(run, parts);
                show(cs, parts);
                cs.beginActualText(text.substring(g.starts()[i], g.starts()[i + 1]));
                cs.show(code);
                cs.endMarkedContent();
            } else {
                run.writeBytes(code);
            }
            if (g.kerns()[i] != 0) {
                flush(run, parts);
                parts.add(-g.kerns()[i] * 1000f / g.unitsPerEm());
            }
        }
        if (space) {
            run.writeBytes(resources.code(s.face(), s.face().glyphId(' ')));
        }
        flush(run, parts);
        show(cs, parts);
    }

    static void flush(ByteArrayOutputStream run, List<Object> parts) {
        if (run.size() > 0) {
            parts.add(run.toByteArray());
            run.reset();
        }
    }

    static void show(ContentWriter cs, List<Object> parts) throws IOException {
        if (parts.size() == 1 && parts.get(0) instanceof byte[] codes) {
            cs.show(codes);
        } else if (!parts.isEmpty()) {
            cs.showPositioned(parts);
        }
        parts.clear();
    }

    /**
     * Whether a gap follows span {@code i}: in a line's text, whether the span right of it
     * starts further right; in its label (the first {@code labelled} spans), whether the next
     * span does. The gap is drawn as a real space (then the next word is positioned) so that
     * text extraction and assistive technology see word boundaries.
     */
    private static boolean gapAfter(List<Line.PlacedSpan> spans, int i, int labelled) {
        Line.PlacedSpan here = spans.get(i);
        if (i < labelled) {
            return i + 1 < spans.size() && gapBetween(here, spans.get(i + 1));
        }
        Line.PlacedSpan next = null; // the span right of it (spans are placed in visual order)
        for (int j = labelled; j < spans.size(); j++) {
            Line.PlacedSpan p = spans.get(j);
            if (j != i && p.x() >= here.x() && (next == null || p.x() < next.x())) {
                next = p;
            }
        }
        return next != null && gapBetween(here, next);
    }

    /** Whether {@code next} starts right of where {@code here} ends. */
    private static boolean gapBetween(Line.PlacedSpan here, Line.PlacedSpan next) {
        return next.x() > here.x() + here.span().width() + 0.01f;
    }

    /** The box around spans {@code from} to {@code to} of the line: the area a click on the link hits. */
    private static PDRectangle area(Placed.TextLine t, int from, int to) {
        List<Line.PlacedSpan> spans = t.line().spans();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float size = 0;
        for (int i = from; i < to; i++) { // spans of right-to-left text stand right to left
            x0 = Math.min(x0, spans.get(i).x());
            x1 = Math.max(x1, spans.get(i).x() + spans.get(i).span().width());
            size = Math.max(size, spans.get(i).span().size());
        }
        return new PDRectangle(t.x() + x0, t.baseline() - size * 0.25f, x1 - x0, size * 1.1f);
    }

    private static String text(List<Line.PlacedSpan> spans, int from, int to) {
        var sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(spans.get(i).span().text());
        }
        return sb.toString();
    }

    /**
     * A printable, borderless link annotation over the link's text, in its Link element; its
     * contents say where it goes (a link to a place in the document: its text).
     */
    private void annotate(PDPage page, LinkArea link) throws IOException {
        var annotation = new PDAnnotationLink();
        if (link.href().startsWith("#")) {
            inside.add(new Inside(annotation, link.href().substring(1)));
        } else {
            var uri = new PDActionURI();
            uri.setURI(link.href());
            annotation.setAction(uri);
        }
        var border = new PDBorderStyleDictionary();
        border.setWidth(0);
        annotation.setBorderStyle(border);
        annotation.setRectangle(link.area());
        annotation.setContents(link.href().startsWith("#") ? link.text() : link.href());
        annotation.setPrinted(true); // PDF/A: annotations carry flags, and links print
        page.getAnnotations().add(annotation);
        structure.link(annotation, link.element());
    }
}
