package io.pressrun.pdf;

import io.pressrun.image.EditionImage;
import io.pressrun.image.EditionImages;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Orientation;
import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
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
 * the glyphs the layout shows ({@link FontSubsets}); each picture prepared by
 * {@link EditionImages#forPdf} for the largest size it is placed at, then a JPEG embedded as
 * it is, a PNG with its compressed data where a PDF can hold it, else decoded and stored losslessly;
 * an SVG picture as vector graphics.
 */
final class PdfResources {
    private final PDDocument doc;
    private final FontSubsets fonts;
    private final EditionImages prepare;
    /** The largest width and height each picture (by its bytes) is placed at, in points. */
    private final Map<Bytes, float[]> placedSizes = new HashMap<>();
    private final Map<Bytes, PlacedImage> images = new HashMap<>();

    /**
     * An embedded picture and how it is still to be turned when placed: pixels as an image
     * XObject, or an SVG picture's vector graphics as a form XObject ({@link SvgForms}).
     */
    record PlacedImage(PDXObject xobject, Orientation orientation) {
    }

    PdfResources(PDDocument doc, TypesetDocument layout, EditionImages prepare) throws IOException {
        this.doc = doc;
        this.fonts = FontSubsets.embed(doc, layout);
        this.prepare = prepare;
        for (TypesetDocument.Page page : layout.pages()) {
            for (Placed item : page.items()) {
                if (item instanceof Placed.Picture p) {
                    float[] size = placedSizes.computeIfAbsent(p.image().data(), d -> new float[2]);
                    size[0] = Math.max(size[0], p.width());
                    size[1] = Math.max(size[1], p.height());
                }
            }
        }
    }

    PDType0Font font(FontFace face) {
        return fonts.font(face);
    }

    /** The character code that shows the layout's glyph {@code gid} of {@code face}. */
    byte[] code(FontFace face, int gid) {
        return fonts.code(face, gid);
    }

    /** The character code that shows the shaped glyph {@code gid} of {@code face} where it reads as {@code text}. */
    byte[] code(FontFace face, int gid, String text) {
        return fonts.code(face, gid, text);
    }

    /** The character code that shows the hyphen a line break added in {@code face}: read as U+00AD. */
    byte[] softHyphen(FontFace face) {
        return fonts.softHyphen(face);
    }

    /** The picture as embedded for the layout's placements of it. */
    PlacedImage image(Image image) throws IOException {
        PlacedImage placed = images.get(image.data());
        if (placed == null) {
            float[] size = placedSizes.get(image.data());
            if (size == null) {
                throw new IllegalArgumentException("image not in the layout: " + image.src());
            }
            if (image.isSvg()) {
                placed = new PlacedImage(SvgForms.form(doc, image), Orientation.NORMAL);
            } else {
                EditionImage e = prepare.forPdf(image, size[0], size[1]);
                PDImageXObject x = e.isJpeg() ? JPEGFactory.createFromByteArray(doc, e.data().toArray())
                        : png(e.data(), image.src());
                placed = new PlacedImage(x, e.orientation());
            }
            images.put(image.data(), placed);
        }
        return placed;
    }

    /**
     * A PNG whose compressed data a PDF can hold as it is (true colour without a transparent
     * colour, or a palette; not interlaced) is embedded without decoding: its zlib stream with
     * the PNG predictors (PDFBox's PNG converter). Any other is decoded and stored losslessly.
     */
    private PDImageXObject png(Bytes data, String name) throws IOException {
        byte[] png = data.toArray();
        if (keepsItsData(png)) {
            return PDImageXObject.createFromByteArray(doc, png, name);
        }
        // in memory: ImageIO's default stream caches to a temporary file
        BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(data.open()));
        if (img == null) {
            throw new IOException("cannot decode PNG image " + name);
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
