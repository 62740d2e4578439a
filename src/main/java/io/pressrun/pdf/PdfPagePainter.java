package io.pressrun.pdf;

import io.pressrun.typeset.Colour;
import io.pressrun.typeset.FontFace;
import io.pressrun.typeset.Line;
import io.pressrun.typeset.Placed;
import io.pressrun.typeset.Span;
import io.pressrun.typeset.TypesetDocument;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.ArrayList;
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
        try (var cs = new PDPageContentStream(doc, pdPage)) {
            for (Placed item : page.items()) {
                if (item instanceof Placed.TextLine t) {
                    text(cs, t, links);
                    continue;
                }
                structure.begin(cs, item.tag());
                if (item instanceof Placed.Picture p) {
                    cs.drawImage(resources.image(p.image()), p.x(), p.y(), p.width(), p.height());
                } else if (item instanceof Placed.Rule r) {
                    rule(cs, r);
                }
                structure.end(cs);
            }
        }
        for (LinkArea link : links) {
            annotate(pdPage, link);
        }
    }

    /** Where a link's text was drawn, and the Link element it is tagged with (null in an artifact). */
    private record LinkArea(String href, PDRectangle area, PDStructureElement element) {
    }

    /**
     * Draws a line in marked-content pieces: the list label (if any) tagged as the item's
     * label, each run of spans with one link target inside that link's element, the rest as
     * the line's own element.
     */
    private void text(PDPageContentStream cs, Placed.TextLine t, List<LinkArea> links) throws IOException {
        List<Line.PlacedSpan> spans = t.line().spans();
        int from = 0;
        Line.Label label = t.line().label();
        if (label != null && label.spans() > 0) {
            structure.begin(cs, label.tag());
            show(cs, t, 0, label.spans());
            structure.end(cs);
            from = label.spans();
        }
        while (from < spans.size()) {
            String href = spans.get(from).span().href();
            int to = from + 1;
            while (to < spans.size() && Objects.equals(href, spans.get(to).span().href())) {
                to++;
            }
            if (href == null) {
                structure.begin(cs, t.tag());
            } else {
                links.add(new LinkArea(href, area(t, from, to), structure.beginLink(cs, t.tag(), href)));
            }
            show(cs, t, from, to);
            structure.end(cs);
            from = to;
        }
    }

    /** Sets spans {@code from} (inclusive) to {@code to} (exclusive) of the line in one text object. */
    private void show(PDPageContentStream cs, Placed.TextLine t, int from, int to) throws IOException {
        cs.beginText();
        PDType0Font font = null;
        float size = 0;
        Colour colour = null;
        List<Line.PlacedSpan> spans = t.line().spans();
        for (int i = from; i < to; i++) {
            Line.PlacedSpan ps = spans.get(i);
            Span s = ps.span();
            PDType0Font f = resources.font(s.face());
            if (f != font || s.size() != size) {
                cs.setFont(f, s.size());
                font = f;
                size = s.size();
            }
            if (!s.colour().equals(colour)) {
                cs.setNonStrokingColor(s.colour().red(), s.colour().green(), s.colour().blue());
                colour = s.colour();
            }
            cs.setTextMatrix(Matrix.getTranslateInstance(t.x() + ps.x(), t.baseline()));
            boolean space = endsWord(spans, i) && s.face().hasGlyph(' ');
            if (ps.actualText() == null) {
                glyphs(cs, s, space);
            } else {
                actualText(cs, s, ps.actualText());
                if (space) {
                    cs.showText(" ");
                }
            }
        }
        cs.endText();
    }

    /**
     * Shows {@code glyphs} as a Span marked with replacement text (ISO 32000-1, 14.9.4): the
     * hyphen of a hyphenated word stands for the rest of the word, and that rest, set at the
     * start of the next line, stands for nothing. Extraction and screen readers get the word whole.
     */
    private static void actualText(PDPageContentStream cs, Span glyphs, String actual) throws IOException {
        var props = new COSDictionary();
        props.setString(COSName.ACTUAL_TEXT, actual);
        cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        glyphs(cs, glyphs, false);
        cs.endMarkedContent();
    }

    /**
     * Shows the span's glyphs as measured: unkerned text with {@code Tj}, kerned text with
     * {@code TJ} and the kerning as position adjustments (thousandths of the font size,
     * negative moves right), so the drawn width is the measured one. A space, when
     * {@code space}, follows the text.
     */
    private static void glyphs(PDPageContentStream cs, Span s, boolean space) throws IOException {
        String text = s.text();
        FontFace.Glyphs g = s.face().shape(text);
        if (!g.isKerned()) {
            cs.showText(space ? text + " " : text);
            return;
        }
        List<Object> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < g.kerns().length; i++) {
            if (g.kerns()[i] != 0) {
                int to = g.starts()[i + 1];
                parts.add(text.substring(from, to));
                parts.add(-g.kerns()[i] * 1000f / g.unitsPerEm());
                from = to;
            }
        }
        parts.add(space ? text.substring(from) + " " : text.substring(from));
        cs.showTextWithPositioning(parts.toArray());
    }

    /**
     * Whether a gap follows the span. The gap is drawn as a real space (then the next word is
     * positioned) so that text extraction and assistive technology see word boundaries.
     */
    private static boolean endsWord(List<Line.PlacedSpan> spans, int i) {
        if (i + 1 >= spans.size()) {
            return false;
        }
        Line.PlacedSpan here = spans.get(i);
        return spans.get(i + 1).x() > here.x() + here.span().width() + 0.01f;
    }

    private static void rule(PDPageContentStream cs, Placed.Rule r) throws IOException {
        cs.setStrokingColor(r.colour().red(), r.colour().green(), r.colour().blue());
        cs.setLineWidth(r.thickness());
        cs.moveTo(r.x(), r.y());
        cs.lineTo(r.x() + r.width(), r.y());
        cs.stroke();
    }

    /** The box around spans {@code from} to {@code to} of the line: the area a click on the link hits. */
    private static PDRectangle area(Placed.TextLine t, int from, int to) {
        List<Line.PlacedSpan> spans = t.line().spans();
        float x0 = spans.get(from).x();
        float x1 = x0;
        float size = 0;
        for (int i = from; i < to; i++) {
            x1 = spans.get(i).x() + spans.get(i).span().width();
            size = Math.max(size, spans.get(i).span().size());
        }
        return new PDRectangle(t.x() + x0, t.baseline() - size * 0.25f, x1 - x0, size * 1.1f);
    }

    /** A printable, borderless link annotation over the link's text, in its Link element. */
    private void annotate(PDPage page, LinkArea link) throws IOException {
        var annotation = new PDAnnotationLink();
        var uri = new PDActionURI();
        uri.setURI(link.href());
        annotation.setAction(uri);
        var border = new PDBorderStyleDictionary();
        border.setWidth(0);
        annotation.setBorderStyle(border);
        annotation.setRectangle(link.area());
        annotation.setContents(link.href());
        annotation.setPrinted(true); // PDF/A: annotations carry flags, and links print
        page.getAnnotations().add(annotation);
        structure.link(annotation, link.element());
    }
}
