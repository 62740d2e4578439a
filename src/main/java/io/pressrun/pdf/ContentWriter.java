package io.pressrun.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one page's content stream (ISO 32000-1, 8 and 9): the few operators the painter
 * uses, with text always shown by character codes the caller has encoded (glyph IDs of the
 * embedded subsets), so that every glyph the layout chose, ligatures included, is drawn as
 * measured. Numbers are written with at most four decimals, locale-independently; resources
 * (fonts, images, property lists) are named in the page's resource dictionary.
 */
final class ContentWriter implements Closeable {
    private final OutputStream out;
    private final PDResources resources = new PDResources();

    ContentWriter(PDDocument doc, PDPage page) throws IOException {
        page.setResources(resources);
        PDStream stream = new PDStream(doc);
        page.setContents(stream);
        out = new BufferedOutputStream(stream.createOutputStream(COSName.FLATE_DECODE));
    }

    void beginText() throws IOException {
        write("BT\n");
    }

    void endText() throws IOException {
        write("ET\n");
    }

    /** {@code Tf}: the font and size for the text that follows. */
    void font(PDFont font, float size) throws IOException {
        write(name(resources.add(font)) + " " + number(size) + " Tf\n");
    }

    /** {@code Ts}: the text that follows is raised {@code rise} points above the baseline. */
    void rise(float rise) throws IOException {
        write(number(rise) + " Ts\n");
    }

    /** {@code Tr}: how the glyphs that follow are drawn (0: filled; 3: not drawn, only read). */
    void renderingMode(int mode) throws IOException {
        write(mode + " Tr\n");
    }

    /** {@code Tz}: the glyphs that follow are {@code scale} times as wide (1: their own width). */
    void horizontalScale(float scale) throws IOException {
        write(number(scale * 100) + " Tz\n");
    }

    /** {@code Tm}: the next text starts at ({@code x}, {@code y}), unscaled. */
    void textAt(float x, float y) throws IOException {
        write("1 0 0 1 " + number(x) + " " + number(y) + " Tm\n");
    }

    /** {@code Tj}: shows the glyphs of {@code codes}. */
    void show(byte[] codes) throws IOException {
        write(hex(codes) + " Tj\n");
    }

    /**
     * {@code TJ}: shows glyphs ({@code byte[]} codes) with position adjustments between them
     * ({@link Float}, thousandths of the font size; positive moves left).
     */
    void showPositioned(List<Object> parts) throws IOException {
        var sb = new StringBuilder("[");
        for (Object part : parts) {
            if (part instanceof byte[] codes) {
                sb.append(hex(codes));
            } else if (part instanceof Float adjustment) {
                sb.append(' ').append(number(adjustment)).append(' ');
            } else {
                throw new IllegalArgumentException("not glyph codes or a number: " + part);
            }
        }
        write(sb.append("] TJ\n").toString());
    }

    void fillColour(float r, float g, float b) throws IOException {
        write(number(r) + " " + number(g) + " " + number(b) + " rg\n");
    }

    void strokeColour(float r, float g, float b) throws IOException {
        write(number(r) + " " + number(g) + " " + number(b) + " RG\n");
    }

    /** A stroked straight line of the given width. */
    void line(float x0, float y0, float x1, float y1, float width) throws IOException {
        write(number(width) + " w\n" + number(x0) + " " + number(y0) + " m\n" + number(x1) + " " + number(y1)
                + " l\nS\n");
    }

    /** Draws the image through the matrix {@code m} (a, b, c, d, e, f), which maps its unit square onto the page. */
    void image(PDImageXObject image, float[] m) throws IOException {
        write("q\n" + number(m[0]) + " " + number(m[1]) + " " + number(m[2]) + " " + number(m[3]) + " "
                + number(m[4]) + " " + number(m[5]) + " cm\n" + name(resources.add(image)) + " Do\nQ\n");
    }

    /** Draws the form XObject scaled from its bounding box onto the box at x, y (lower left), w by h points. */
    void form(PDFormXObject form, float x, float y, float w, float h) throws IOException {
        var box = form.getBBox();
        write("q\n" + number(w / box.getWidth()) + " 0 0 " + number(h / box.getHeight()) + " "
                + number(x - box.getLowerLeftX() * w / box.getWidth()) + " "
                + number(y - box.getLowerLeftY() * h / box.getHeight()) + " cm\n" + name(resources.add(form)) + " Do\nQ\n");
    }

    /** {@code BDC}: opens marked content of {@code tag} with the given properties. */
    void beginMarkedContent(COSName tag, COSDictionary properties) throws IOException {
        write(name(tag) + " " + name(resources.add(PDPropertyList.create(properties))) + " BDC\n");
    }

    /**
     * {@code BDC}: opens a {@code Span} whose replacement text (ISO 32000-1, 14.9.4) is
     * {@code actualText}, with its properties written inline: poppler and MuPDF honour
     * replacement text only there, not in a named property list.
     */
    void beginActualText(String actualText) throws IOException {
        write("/Span <</ActualText " + hex(("\uFEFF" + actualText).getBytes(StandardCharsets.UTF_16BE)) + ">> BDC\n");
    }

    /** {@code EMC}: closes the innermost marked content. */
    void endMarkedContent() throws IOException {
        write("EMC\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void write(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.US_ASCII));
    }

    /** A name object; the names used here (resource keys, tags) are plain letters and digits. */
    private static String name(COSName n) {
        String s = n.getName();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("unexpected name /" + s);
            }
        }
        return "/" + s;
    }

    static String number(float f) {
        if (!Float.isFinite(f)) {
            throw new IllegalArgumentException("not a finite number: " + f);
        }
        String s = new BigDecimal(Float.toString(f)).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String hex(byte[] codes) {
        var sb = new StringBuilder(codes.length * 2 + 2).append('<');
        for (byte b : codes) {
            sb.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
        }
        return sb.append('>').toString();
    }
}
