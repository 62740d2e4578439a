package io.pressrun.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressrun.OutsidePrograms;
import io.pressrun.SampleArticles;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Editions;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.pressrun.SampleArticles.para;
import static io.pressrun.SampleArticles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words hyphenated at a line end read whole in every reader, also where the break falls at
 * the foot of a page: poppler and PDFBox read the added hyphen's replacement text (the rest
 * of the word) on the page where the word starts, and pdf.js, which ignores replacement text,
 * reads the added hyphen as U+00AD SOFT HYPHEN, never as a hard hyphen. The article is the
 * first of a series, each one word longer at its start, that has a page ending in a broken
 * word, set with a theme that allows that ({@code body.hyphen-at-page-foot: true}); with the
 * bundled theme, the same article has no page ending in one.
 */
class BrokenWordsTest {
    /** A word broken after {@code head} on page {@code page} (from 1), its {@code rest} set on the next line. */
    private record Broken(int page, String head, String rest, boolean atFootOfPage) {
        String whole() {
            return head + rest;
        }
    }

    private static final List<Broken> broken = new ArrayList<>();
    private static byte[] pdf;
    private static Article article;

    @TempDir
    static Path templates;

    @TempDir
    Path dir;

    @BeforeAll
    static void articleWithAWordBrokenAcrossPages() throws IOException {
        Files.writeString(templates.resolve("theme.yaml"), "# pages may end in a hyphen\nbody:\n"
                + "  hyphen-at-page-foot: true\n");
        var editions = new Editions(BuildContext.defaults(Paper.A4, Templates.withOverrides(templates)));
        for (int extra = 0; extra < 120 && pdf == null; extra++) {
            article = article(extra);
            broken.clear();
            broken.addAll(find(editions.layout(article)));
            if (broken.stream().anyMatch(Broken::atFootOfPage)) {
                var out = new ByteArrayOutputStream();
                editions.writePdf(article, out);
                pdf = out.toByteArray();
            }
        }
        assertTrue(pdf != null, "no article of the series breaks a word across pages: " + broken);
        assertTrue(broken.size() >= 10, "hyphenated: " + broken);
    }

    private static Article article(int extraWords) {
        List<Block> body = new ArrayList<>();
        body.add(para(text(String.join(" ", Collections.nCopies(extraWords + 1, "Again.")))));
        for (int i = 0; i < 24; i++) {
            body.add(para(text(SampleArticles.LOREM[i % 4] + " Administrators, representatives and "
                    + "parliamentarians disagreed about responsibilities, infrastructure and compensation. "
                    + SampleArticles.LOREM[(i + 2) % 4])));
        }
        return SampleArticles.withBody("Broken words", body);
    }

    private static List<Broken> find(TypesetDocument layout) {
        List<Broken> broken = new ArrayList<>();
        List<TypesetDocument.Page> pages = layout.pages();
        for (int p = 0; p < pages.size(); p++) {
            List<Placed> items = pages.get(p).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Placed.TextLine t && t.line().hyphenated()) {
                    List<Line.PlacedSpan> spans = t.line().spans();
                    String rest = spans.get(spans.size() - 1).actualText();
                    String line = t.line().text();
                    String head = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1);
                    if (!rest.isEmpty() && head.chars().allMatch(Character::isLetter)) {
                        broken.add(new Broken(p + 1, head, rest, !restFollowsOnPage(items, i)));
                    }
                }
            }
        }
        return broken;
    }

    @Test
    void withTheBundledThemeNoPageEndsInABrokenWord() {
        List<Broken> bundled = find(PdfTestSupport.WRITER.layout(article));
        assertTrue(bundled.size() >= 10, "hyphenated: " + bundled);
        assertEquals(List.of(), bundled.stream().filter(Broken::atFootOfPage).toList());
    }

    /** Whether a line after item {@code i} on the page starts with the rest of a word broken before it. */
    private static boolean restFollowsOnPage(List<Placed> items, int i) {
        for (Placed later : items.subList(i + 1, items.size())) {
            if (later instanceof Placed.TextLine t && !t.line().spans().isEmpty()
                    && "".equals(t.line().spans().get(0).actualText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void popplerReadsEachBrokenWordWholeOnThePageItStarts() throws Exception {
        OutsidePrograms.require("poppler-utils", "pdftotext");
        Path file = Files.write(dir.resolve("broken.pdf"), pdf);
        for (Broken b : broken) {
            String page = pdftotext(file, b.page());
            assertTrue(Collections.indexOfSubList(words(page), words(b.whole())) >= 0, b + " not whole on its page: " + page);
            assertFalse(page.contains(b.head() + "-"), b + ": the added hyphen was read as a hyphen");
        }
    }

    @Test
    void pdfBoxReadsEachBrokenWordWholeOnThePageItStarts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (Broken b : broken) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(b.page());
                stripper.setEndPage(b.page());
                String page = stripper.getText(doc);
                assertTrue(Collections.indexOfSubList(words(page), words(b.whole())) >= 0, b + " not whole on its page: " + page);
                assertFalse(page.contains(b.head() + "-"), b + ": the added hyphen was read as a hyphen");
            }
        }
    }

    @Test
    void pdfJsReadsTheAddedHyphenAsASoftHyphen() throws Exception {
        PdfJs.require();
        JsonNode pages = PdfJs.read(pdf, dir).get("pages");
        for (Broken b : broken) {
            String page = pages.get(b.page() - 1).asText();
            // pdf.js leaves U+00AD, an invisible format mark, out of its text; a hard hyphen would stay
            assertTrue(page.contains(b.head() + "\n") || page.contains(b.head() + "\u00AD\n"),
                    b + ": the line does not end where the word breaks, or ends in a hard hyphen: " + page);
            assertFalse(page.contains(b.head() + "-"), b + ": the added hyphen was read as U+002D");
            String next = b.atFootOfPage() ? pages.get(b.page()).asText() : page;
            assertTrue(next.contains("\n" + b.rest()), b + ": the rest does not start a line");
        }
    }

    @Test
    void theAddedHyphensCodeMapsToTheSoftHyphen() throws IOException {
        int softHyphens = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                if (font instanceof PDType0Font t0
                        && t0.getDescendantFont().getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP)
                        instanceof COSStream map) {
                    int code = codes(map) - 1; // the added code is the last

                    assertEquals("\u00AD", font.toUnicode(code), font.getName());
                    assertEquals(font.getWidth(hyphenCode(t0)), font.getWidth(code), 0.01, font.getName());
                    softHyphens++;
                }
            }
        }
        assertTrue(softHyphens > 0, "no font on page 1 has a code for the added hyphen");
    }

    @Test
    void conformsToPdfUaAndPdfA() {
        PdfConformanceTest.assertConforms(pdf, "broken words");
    }

    private static int codes(COSStream cidToGidMap) throws IOException {
        try (var in = cidToGidMap.createInputStream()) {
            return in.readAllBytes().length / 2;
        }
    }

    /** The code of the font's hard hyphen (U+002D). */
    private static int hyphenCode(PDType0Font font) throws IOException {
        for (int code = 0; code < 0xFFFF; code++) {
            if ("-".equals(font.toUnicode(code))) {
                return code;
            }
        }
        throw new AssertionError("no hyphen in " + font.getName());
    }

    private static List<String> words(String text) {
        return List.of(text.replaceAll("[^\\p{L}]+", " ").strip().split(" "));
    }

    private static String pdftotext(Path file, int page) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f", String.valueOf(page), "-l",
                String.valueOf(page), file.toString(), "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext timed out");
        assertEquals(0, p.exitValue(), "pdftotext failed");
        return out;
    }
}
