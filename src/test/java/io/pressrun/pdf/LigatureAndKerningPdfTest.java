package io.pressrun.pdf;

import io.pressrun.OutsidePrograms;
import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kerned headings and ligatures in body text: drawn as measured, read back whole, still conforming. */
class LigatureAndKerningPdfTest {
    static final List<String> LIGATURE_WORDS = List.of("first", "office", "affluent", "flow", "traffic", "baffled",
            "staff", "fluffier");

    static Article article() {
        return SampleArticles.withBody("AVATAR Today", List.of(
                new Block.Heading(2, List.of(SampleArticles.text("AVATAR: To Vary the Way"))),
                SampleArticles.para(SampleArticles.text("The first office was affluent; the flow of traffic "
                        + "baffled the staff, and fluffier days were ahead. Inline code stays as it is: "),
                        new Inline.Code("office_fluff()"), SampleArticles.text("."))));
    }

    private static String content(PDPage page) throws IOException {
        try (var in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void wordsWithLigaturesExtractWholeWithPdfBox() throws IOException {
        String text = PdfTestSupport.normalise(PdfTestSupport.text(PdfTestSupport.writeAndKeep(article(), "ligatures")));
        for (String w : LIGATURE_WORDS) {
            assertTrue(text.contains(" " + w), w + " in: " + text);
        }
        assertTrue(text.contains("office_fluff()"), text);
        assertTrue(text.contains("AVATAR: To Vary the Way"), text);
    }

    @Test
    void wordsWithLigaturesExtractWholeWithPdftotext() throws Exception {
        OutsidePrograms.require("poppler-utils", "pdftotext");
        Path pdf = Files.createTempFile("ligatures", ".pdf");
        try {
            Files.write(pdf, PdfTestSupport.write(article()));
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
            String text = PdfTestSupport.normalise(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, p.waitFor());
            for (String w : LIGATURE_WORDS) {
                assertTrue(text.contains(" " + w), w + " in: " + text);
            }
        } finally {
            Files.delete(pdf);
        }
    }

    /** Kerning is drawn as TJ position adjustments: a number between two strings. */
    @Test
    void kerningIsDrawnWithTjAdjustments() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(article()))) {
            String c = content(doc.getPage(0));
            Matcher m = Pattern.compile("\\)\\s*(-?[0-9.]+)\\s*\\(").matcher(c);
            assertTrue(m.find(), "no adjustment in a TJ array");
            assertTrue(c.contains("] TJ"), "no TJ");
        }
    }

    /** Ligature glyphs are shown by code, are in the embedded subset, and map to their letters. */
    @Test
    void ligatureGlyphsAreDrawnAndMapToTheirLetters() throws IOException {
        Set<String> seen = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(article()))) {
            PDPage page = doc.getPage(0);
            List<PDType0Font> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                if (f instanceof PDType0Font t && f.getName().contains("Charis")) {
                    fonts.add(t);
                }
            }
            Matcher m = Pattern.compile("<([0-9A-F]{4})> Tj").matcher(content(page));
            while (m.find()) {
                int code = Integer.parseInt(m.group(1), 16);
                for (PDType0Font f : fonts) {
                    String letters = f.toUnicode(code);
                    if (letters != null && Set.of("ff", "fi", "fl", "ffi", "ffl").contains(letters)) {
                        assertTrue(f.hasGlyph(code), letters + " glyph is in the subset");
                        assertTrue(f.getWidth(code) > 0, letters + " glyph has a width");
                        byte[] fCode = f.encode("f");
                        assertTrue(code != ((fCode[0] & 0xff) << 8 | fCode[1] & 0xff), "not the f glyph");
                        seen.add(letters);
                    }
                }
            }
        }
        assertTrue(seen.containsAll(Set.of("fi", "fl", "ff")), "ligatures drawn: " + seen);
    }

    @Test
    void conformsAndIsDeterministic() throws IOException {
        byte[] a = PdfTestSupport.write(article());
        PdfConformanceTest.assertConforms(a, "ligatures and kerning");
        assertArrayEquals(a, PdfTestSupport.write(article()));
    }
}
