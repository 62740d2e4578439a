package io.pressrun.pdf;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import io.pressrun.model.Image;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.io.IOException;

/**
 * An SVG picture as a PDF form XObject of vector graphics: {@code jsvg} draws it onto
 * pdfbox-graphics2d's {@code Graphics2D}, which writes paths, colours (DeviceRGB, in the
 * document's sRGB output intent) and the file's embedded pictures as PDF operators; text is
 * drawn as the outlines of its glyphs, so no font is left unembedded. The form is the picture's
 * size in CSS pixels, one unit each, and is scaled where it is placed.
 */
final class SvgForms {
    private SvgForms() {
    }

    static PDFormXObject form(PDDocument doc, Image image) throws IOException {
        SVGDocument svg;
        try (var in = image.data().open()) {
            svg = new SVGLoader().load(in, null,
                    LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL).build());
        }
        if (svg == null) {
            throw new IOException("cannot draw SVG image " + image.src());
        }
        FloatSize size = svg.size();
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, size.width, size.height);
        try {
            svg.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox(size));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }
}
