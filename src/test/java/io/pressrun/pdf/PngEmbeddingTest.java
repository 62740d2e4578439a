package io.pressrun.pdf;

import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PNG images whose compressed data a PDF can hold are embedded without decoding: the image's
 * stream is the PNG's IDAT data, with the PNG predictors declared; the others are decoded.
 */
class PngEmbeddingTest {

    @Test
    void trueColourAndPalettePngsKeepTheirCompressedData() throws IOException {
        for (int type : new int[]{BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_INDEXED}) {
            Image png = PdfConformanceTest.png("p.png", type, "A disc");
            assertTrue(PdfResources.keepsItsData(png.data().toArray()), "type " + type);
            try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(article(png)))) {
                PDImageXObject x = onlyImage(doc);
                assertArrayEquals(idat(png.data().toArray()), raw(x), "type " + type + ": IDAT data as stored");
                COSDictionary parms = x.getCOSObject().getCOSDictionary(COSName.DECODE_PARMS);
                assertEquals(15, parms.getInt(COSName.PREDICTOR), "PNG predictors");
                assertEquals(120, x.getWidth());
                assertEquals(80, x.getHeight());
            }
        }
    }

    @Test
    void pngsWithAlphaOrGreyAreDecodedAndStoredLosslessly() throws IOException {
        for (int type : new int[]{BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY}) {
            Image png = PdfConformanceTest.png("p.png", type, "A disc");
            assertFalse(PdfResources.keepsItsData(png.data().toArray()), "type " + type);
            try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(article(png)))) {
                PDImageXObject x = onlyImage(doc);
                assertFalse(Arrays.equals(idat(png.data().toArray()), raw(x)), "type " + type + " re-encoded");
                assertEquals(120, x.getImage().getWidth());
            }
        }
    }

    private static Article article(Image png) {
        return SampleArticles.withBody("A picture", List.of(new Block.Figure(png)));
    }

    private static PDImageXObject onlyImage(PDDocument doc) throws IOException {
        var res = doc.getPage(0).getResources();
        COSName name = res.getXObjectNames().iterator().next();
        return (PDImageXObject) res.getXObject(name);
    }

    private static byte[] raw(PDImageXObject x) throws IOException {
        try (InputStream in = x.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The concatenated data of the PNG's IDAT chunks, read here independently of the code under test. */
    private static byte[] idat(byte[] png) {
        var out = new ByteArrayOutputStream();
        for (int at = 8; at + 8 <= png.length; ) {
            int length = (png[at] & 0xff) << 24 | (png[at + 1] & 0xff) << 16 | (png[at + 2] & 0xff) << 8
                    | png[at + 3] & 0xff;
            if (png[at + 4] == 'I' && png[at + 5] == 'D' && png[at + 6] == 'A' && png[at + 7] == 'T') {
                out.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        return out.toByteArray();
    }
}
