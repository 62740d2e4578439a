package io.pressrun.pdf;

import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.typeset.FontFace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The fonts and images of one document, each made once: fonts embedded as subsets, JPEG
 * images passed through unchanged, PNG images stored losslessly.
 */
final class PdfResources {
    private final PDDocument doc;
    private final Map<FontFace, PDType0Font> fonts = new IdentityHashMap<>();
    private final Map<Bytes, PDImageXObject> images = new HashMap<>();

    PdfResources(PDDocument doc) {
        this.doc = doc;
    }

    PDType0Font font(FontFace face) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            f = PDType0Font.load(doc, face.trueTypeFont(), true);
            fonts.put(face, f);
        }
        return f;
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
        BufferedImage img = ImageIO.read(image.data().open());
        if (img == null) {
            throw new IOException("cannot decode PNG image " + image.src());
        }
        return LosslessFactory.createFromImage(doc, img);
    }
}
