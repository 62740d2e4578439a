package io.pressrun.pdf;

import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.typeset.font.FontFace;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fonts and images of one document, each made once: fonts embedded as subsets, JPEG
 * images passed through unchanged, PNG images stored losslessly.
 */
final class PdfResources {
    private final PDDocument doc;
    private final Map<FontFace, PDType0Font> fonts = new IdentityHashMap<>();
    private final Map<Bytes, PDImageXObject> images = new HashMap<>();
    /** Per font, the ligature glyphs shown and the letters each stands for; in the order fonts were first used. */
    private final Map<PDType0Font, TreeMap<Integer, String>> ligatures = new LinkedHashMap<>();

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

    /**
     * The character code that shows the ligature glyph {@code gid} of the face, which stands
     * for {@code letters}; the glyph is added to the font's subset.
     */
    byte[] ligature(FontFace face, int gid, String letters) throws IOException {
        PDType0Font f = font(face);
        f.addGlyphsToSubset(Set.of(gid));
        ligatures.computeIfAbsent(f, k -> new TreeMap<>()).put(gid, letters);
        return f.encodeGlyphId(gid);
    }

    /**
     * Subsets the fonts that show ligatures, and maps each ligature's code to its letters in
     * the font's ToUnicode CMap (PDFBox maps every glyph to one character, and a glyph that no
     * character maps to to nothing), so that extraction reads "fi" where the fi glyph is.
     * Other fonts are subset when the document is saved.
     */
    void finish() throws IOException {
        for (var entry : ligatures.entrySet()) {
            PDType0Font f = entry.getKey();
            f.subset();
            doNotSubsetAgain(f);
            COSStream toUnicode = f.getCOSObject().getCOSStream(COSName.TO_UNICODE);
            String cmap;
            try (InputStream in = toUnicode.createInputStream()) {
                cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            var extra = new StringBuilder();
            int n = 0;
            for (var lig : entry.getValue().entrySet()) {
                if (n % 100 == 0) {
                    extra.append(n == 0 ? "" : "endbfchar\n");
                    int left = entry.getValue().size() - n;
                    extra.append(Math.min(100, left)).append(" beginbfchar\n");
                }
                extra.append('<').append(hex(f.encodeGlyphId(lig.getKey()))).append("> <");
                for (char c : lig.getValue().toCharArray()) {
                    extra.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                extra.append(">\n");
                n++;
            }
            extra.append("endbfchar\n");
            int end = cmap.lastIndexOf("endcmap");
            if (end < 0) {
                throw new IOException("unexpected ToUnicode CMap of " + f.getName());
            }
            cmap = cmap.substring(0, end) + extra + cmap.substring(end);
            try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** Takes the font off the document's list of fonts to subset when saved: it is subset already. */
    private void doNotSubsetAgain(PDType0Font f) throws IOException {
        try {
            Field field = PDDocument.class.getDeclaredField("fontsToSubset");
            field.setAccessible(true);
            ((Set<?>) field.get(doc)).remove(f);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("cannot subset font " + f.getName() + " ahead of saving", e);
        }
    }

    private static String hex(byte[] bytes) {
        var sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
        return sb.toString();
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
