package io.pressrun.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Formats are told by their first bytes, and only a whole signature counts. */
class ImageFormatTest {
    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void eachKnownSignature() {
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(bytes(0xFF, 0xD8, 0xFF)), "the signature alone is enough");
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)));
        assertEquals(ImageFormat.GIF, ImageFormat.sniff(ascii("GIF89a")));
        assertEquals(ImageFormat.WEBP, ImageFormat.sniff(ascii("RIFF\0\0\0\0WEBP")));
        assertEquals(ImageFormat.TIFF, ImageFormat.sniff(bytes('I', 'I', 42, 0)));
        assertEquals(ImageFormat.TIFF, ImageFormat.sniff(bytes('M', 'M', 0, 42)));
        assertEquals(ImageFormat.BMP, ImageFormat.sniff(ascii("BM")));
        assertEquals(ImageFormat.SVG, ImageFormat.sniff(ascii("  <svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
        assertEquals(ImageFormat.SVG, ImageFormat.sniff(ascii("<?xml version=\"1.0\"?>\n<svg/>")));
        assertEquals(ImageFormat.SVG, ImageFormat.sniff(ascii("<!-- Generator: a drawing program -->\n<svg/>")));
        assertEquals(ImageFormat.SVG, ImageFormat.sniff(ascii("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n<svg/>")));
        assertEquals(ImageFormat.SVG, ImageFormat.sniff(ascii("\u00EF\u00BB\u00BF<svg/>")), "after a UTF-8 byte order mark");
    }

    @Test
    void partialOrLookAlikeSignaturesAreNoImage() {
        assertNull(ImageFormat.sniff(new byte[0]));
        assertNull(ImageFormat.sniff(bytes(0xFF, 0xD8)), "too short for the JPEG signature");
        assertNull(ImageFormat.sniff(bytes(0xFF, 0xD8, 0xFE)));
        assertNull(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G')));
        assertNull(ImageFormat.sniff(ascii("RIFF\0\0\0\0WAVE")), "a RIFF file that is not WebP");
        assertNull(ImageFormat.sniff(ascii("RIFF\0\0\0\0WEB")), "too short to say WebP");
        assertNull(ImageFormat.sniff(ascii("RIFF\0\0\0\0XEBP")));
        assertNull(ImageFormat.sniff(ascii("RIFF\0\0\0\0WXBP")));
        assertNull(ImageFormat.sniff(ascii("RIFF\0\0\0\0WEXP")));
        assertNull(ImageFormat.sniff(ascii("RIFF\0\0\0\0WEBX")));
        assertNull(ImageFormat.sniff(bytes('I', 'I', 0, 42)));
        assertNull(ImageFormat.sniff(ascii("<?xml version=\"1.0\"?><html/>")), "XML that is not SVG");
        assertNull(ImageFormat.sniff(ascii("<html><svg/></html>")));
        assertNull(ImageFormat.sniff(ascii("plain text")));
    }

    @Test
    void jpegAndPngAreKeptGifTiffBmpAndWebPMadePngSvgDrawnAsVectors() {
        for (ImageFormat f : ImageFormat.values()) {
            ImageFormat.Handling expected = switch (f) {
                case JPEG, PNG -> ImageFormat.Handling.KEPT;
                case GIF, TIFF, BMP, WEBP -> ImageFormat.Handling.MADE_PNG;
                case SVG -> ImageFormat.Handling.VECTOR;
            };
            assertEquals(expected, f.handling(), f.label());
        }
        assertEquals("image/webp", ImageFormat.WEBP.mediaType());
        assertEquals("WebP", ImageFormat.WEBP.label());
    }
}
