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
 * images with their compressed data where a PDF can hold it, else decoded and stored losslessly.
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

    /**
     * A PNG whose compressed data a PDF can hold as it is (true colour without a transparent
     * colour, or a palette; not interlaced) is embedded without decoding: its zlib stream with
     * the PNG predictors (PDFBox's PNG converter). Any other is decoded and stored losslessly.
     */
    private PDImageXObject png(Image image) throws IOException {
        byte[] png = image.data().toArray();
        if (keepsItsData(png)) {
            return PDImageXObject.createFromByteArray(doc, png, image.src());
        }
        // in memory: ImageIO's default stream caches to a temporary file
        BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(image.data().open()));
        if (img == null) {
            throw new IOException("cannot decode PNG image " + image.src());
        }
        return LosslessFactory.createFromImage(doc, img);
    }

    /** IHDR colour type 2 (without a tRNS chunk) or 3, not interlaced. */
    static boolean keepsItsData(byte[] png) {
        if (png.length < 33) {
            return false;
        }
        int colourType = png[25] & 0xff;
        int interlace = png[28] & 0xff;
        if (interlace != 0 || colourType != 2 && colourType != 3) {
            return false;
        }
        return colourType == 3 || !hasChunk(png, "tRNS");
    }

    private static boolean hasChunk(byte[] png, String type) {
        for (int at = 8; at + 8 <= png.length; ) {
            long length = ((png[at] & 0xffL) << 24) | ((png[at + 1] & 0xff) << 16) | ((png[at + 2] & 0xff) << 8)
                    | (png[at + 3] & 0xff);
            if (new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(type)) {
                return true;
            }
            at += 12 + (int) Math.min(length, Integer.MAX_VALUE - 12);
            if (at < 0) {
                return false;
            }
        }
        return false;
    }
}
