package io.pressrun.pdf;

import io.pressrun.OutsidePrograms;
import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
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

/** Kerned headings and body text, ligatures in body text: drawn as measured, read back whole, still conforming. */
class LigatureAndKerningPdfTest {
    static final List<String> LIGATURE_WORDS = List.of("first", "office", "affluent", "flow", "traffic", "baffled",
            "staff", "fluffier");

    static Article article() {
        return SampleArticles.withBody("AVATAR Today", List.of(
                new Block.Heading(2, List.of(SampleArticles.text("AVATAR: To Vary the Way"))),
                SampleArticles.para(SampleArticles.text("The first office was affluent; the flow of traffic "
                        + "baffled the staff, and fluffier days were ahead. Inline code stays as it is: "),
                        new Inline.Code("office_fluff()"), SampleArticles.text(".")),
                SampleArticles.para(SampleArticles.text("To Vary the Way, Yvonne wrote: “Take your time.”"))));
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

    /**
     * Kerning is drawn as TJ position adjustments, pair by pair. The expected numbers are the
     * pairs' kern values in the GPOS table of Noto Sans Bold (the heading face, 1000 units per
     * em), as fontTools reads them: AV, VA -40; AT, TA, To -70; Va, Wa -20; AR, ar, ry, ay 0. A
     * TJ number is subtracted from the position in thousandths of an em, so a pair kerned
     * tighter by 40 units shows as +40.
     */
    @Test
    void kerningIsDrawnWithTheFontsPairAdjustments() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(article()))) {
            List<String> shown = kernedText(doc.getPage(0));
            System.out.println("TJ arrays on page 1: " + shown);
            for (String expected : List.of("A[40]V[40]A[70]T[70]AR:", "T[70]o", "V[20]ary", "W[20]ay")) {
                assertTrue(shown.stream().anyMatch(tj -> tj.strip().equals(expected)),
                        () -> expected + " in the TJ arrays " + shown);
            }
        }
    }

    /**
     * The body face (the theme's serif, Noto Serif) is kerned too: its paragraphs show TJ
     * adjustments for the pairs a kerned face tightens (T-o, V-a, W-a, T-a), each
     * moving the next glyph left.
     */
    @Test
    void bodyTextIsKerned() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PdfTestSupport.write(article()))) {
            List<String> body = kernedText(doc.getPage(0), "NotoSerif-Regular");
            for (String pair : List.of("T\\[(\\d+)\\]o", "V\\[(\\d+)\\]a", "W\\[(\\d+)\\]a",
                    "T\\[(\\d+)\\]a")) {
                Matcher m = Pattern.compile(pair).matcher(String.join(" ", body));
                assertTrue(m.find(), pair + " kerned in the body's TJ arrays " + body);
                assertTrue(Integer.parseInt(m.group(1)) > 0, pair + " tightened");
            }
        }
    }

    private static List<String> kernedText(PDPage page) throws IOException {
        return kernedText(page, "");
    }

    /**
     * The TJ arrays of a page in fonts whose name contains {@code fontName}, decoded: the text of each string and each adjustment in square
     * brackets, e.g. {@code A[40]V}.
     */
    private static List<String> kernedText(PDPage page, String fontName) throws IOException {
        List<String> arrays = new ArrayList<>();
        PDFont[] font = {null};
        PdfTestSupport.operators(page, (op, operands) -> {
            if (op.equals("Tf")) {
                font[0] = page.getResources().getFont((COSName) operands.get(0));
            } else if (op.equals("TJ") && font[0].getName().contains(fontName)) {
                var tj = new StringBuilder();
                for (COSBase part : (COSArray) operands.get(0)) {
                    if (part instanceof COSString str) {
                        var in = new java.io.ByteArrayInputStream(str.getBytes());
                        while (in.available() > 0) {
                            tj.append(font[0].toUnicode(font[0].readCode(in)));
                        }
                    } else {
                        tj.append('[').append(Math.round(((COSNumber) part).floatValue())).append(']');
                    }
                }
                arrays.add(tj.toString());
            }
        });
        return arrays;
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
                if (f instanceof PDType0Font t && f.getName().contains("NotoSerif")) {
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
