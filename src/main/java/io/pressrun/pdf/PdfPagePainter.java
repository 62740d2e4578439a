package io.pressrun.pdf;

import io.pressrun.typeset.Colour;
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
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;

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
        try (var cs = new PDPageContentStream(doc, pdPage)) {
            for (Placed item : page.items()) {
                structure.begin(cs, item.tag());
                if (item instanceof Placed.TextLine t) {
                    text(cs, t);
                } else if (item instanceof Placed.Picture p) {
                    cs.drawImage(resources.image(p.image()), p.x(), p.y(), p.width(), p.height());
                } else if (item instanceof Placed.Rule r) {
                    rule(cs, r);
                }
                structure.end(cs);
            }
        }
        for (Placed item : page.items()) {
            if (item instanceof Placed.TextLine t) {
                links(pdPage, t, structure);
            }
        }
    }

    private void text(PDPageContentStream cs, Placed.TextLine t) throws IOException {
        cs.beginText();
        PDType0Font font = null;
        float size = 0;
        Colour colour = null;
        List<Line.PlacedSpan> spans = t.line().spans();
        for (int i = 0; i < spans.size(); i++) {
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
                cs.showText(space ? s.text() + " " : s.text());
            } else {
                actualText(cs, s.text(), ps.actualText());
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
    private static void actualText(PDPageContentStream cs, String glyphs, String actual) throws IOException {
        var props = new COSDictionary();
        props.setString(COSName.ACTUAL_TEXT, actual);
        cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(props));
        cs.showText(glyphs);
        cs.endMarkedContent();
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

    /** One link annotation per run of consecutive spans with the same target. */
    private static void links(PDPage page, Placed.TextLine t, PdfStructure structure) throws IOException {
        List<Line.PlacedSpan> spans = t.line().spans();
        int i = 0;
        while (i < spans.size()) {
            String href = spans.get(i).span().href();
            if (href == null) {
                i++;
                continue;
            }
            float x0 = spans.get(i).x();
            float x1 = x0;
            float size = 0;
            while (i < spans.size() && href.equals(spans.get(i).span().href())) {
                x1 = spans.get(i).x() + spans.get(i).span().width();
                size = Math.max(size, spans.get(i).span().size());
                i++;
            }
            var link = new PDAnnotationLink();
            var uri = new PDActionURI();
            uri.setURI(href);
            link.setAction(uri);
            var border = new PDBorderStyleDictionary();
            border.setWidth(0);
            link.setBorderStyle(border);
            link.setRectangle(new PDRectangle(t.x() + x0, t.baseline() - size * 0.25f, x1 - x0, size * 1.1f));
            link.setContents(href);
            page.getAnnotations().add(link);
            structure.link(link, t.tag());
        }
    }
}
