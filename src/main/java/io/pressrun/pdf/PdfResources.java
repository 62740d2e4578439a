package io.pressrun.pdf;

import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The fonts and images of one document, each made once: fonts embedded as subsets of exactly
 * the glyphs the layout shows ({@link FontSubsets}), JPEG images passed through unchanged, PNG
 * images stored losslessly.
 */
final class PdfResources {
    private final PDDocument doc;
    private final FontSubsets fonts;
    private final Map<Bytes, PDImageXObject> images = new HashMap<>();

    PdfResources(PDDocument doc, TypesetDocument layout) throws IOException {
        this.doc = doc;
        this.fonts = FontSubsets.embed(doc, layout);
    }

    PDType0Font font(FontFace face) {
        return fonts.font(face);
    }

    /** The character code that shows the layout's glyph {@code gid} of {@code face}. */
    byte[] code(FontFace face, int gid) {
        return fonts.code(face, gid);
    }

    PDImageXObject image(Image image) throws IOException {
        PDImageXObject x = images.get(image.data());
        if (x == null) {
            x = image.isJpeg() ? JPEGFactory.createFromByteArray(doc, image.data().toArray()) : png(image);
            images.put(image.data(), x);
        }
        return x;
    }

    private PDImageXObject png(Image image) throws IOException {
        // in memory: ImageIO's default stream caches to a temporary file
        BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(image.data().open()));
        if (img == null) {
            throw new IOException("cannot decode PNG image " + image.src());
        }
        return LosslessFactory.createFromImage(doc, img);
    }
}
