package io.pressrun;

import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Editions;
import io.pressrun.epub.EpubSamples;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.pressrun.SampleArticles.LOREM;
import static io.pressrun.SampleArticles.para;
import static io.pressrun.SampleArticles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Page 7" means the same text in both editions: the EPUB has a page-break marker for each page
 * of the PDF edition, and the words right after it are the words the PDF page begins with
 * (PDFBox's text of the page, without its running head, page number, masthead, list labels and
 * section-break ornament, which are decoration or not text in the EPUB, and without the caption
 * of a figure that waited for the top of the page while the text after it filled the page before).
 */
class MatchingPagesTest {
    private static final int WORDS = 5;
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "li", "figcaption", "div", "header",
            "section", "figure", "pre", "blockquote", "br", "article", "ul", "ol", "span");

    /** A long article with a page break likely in every kind of block: lists, quotes, code, headings, figures. */
    static Article everyKindOfBlock() {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            body.add(para(text(LOREM[i % 4] + " " + LOREM[(i + 2) % 4])));
            if (i % 4 == 1) {
                body.add(new Block.Heading(i % 8 == 1 ? 2 : 3, List.of(text("Section " + i + " of the long report"))));
            }
            if (i % 5 == 2) {
                body.add(new Block.ListBlock(i % 2 == 0, 1, List.of(
                        List.of(para(text(LOREM[(i + 1) % 4])), para(text(LOREM[(i + 3) % 4]))),
                        List.of(para(new Inline.Emphasis(List.of(text(LOREM[i % 4]))), text(" " + LOREM[1]))))));
            }
            if (i % 6 == 3) {
                body.add(new Block.BlockQuote(List.of(para(text(LOREM[(i + 1) % 4])), para(text(LOREM[i % 4])))));
            }
            if (i % 7 == 4) {
                var code = new StringBuilder();
                for (int line = 0; line < 24; line++) {
                    code.append("step_").append(line).append(" = run(stage_").append(line).append(", retries=3)\n");
                }
                body.add(new Block.CodeBlock(code.toString()));
            }
            if (i % 9 == 5) {
                body.add(new Block.Figure(SampleArticles.png("chart-" + i + ".png", 480, 300, "A chart, number " + i,
                        "Passengers carried each year since the route opened, figure " + i, "Island Transport Trust")));
            }
        }
        return SampleArticles.withBody("Every kind of block across many pages", body);
    }

    static List<Article> articles() {
        return List.of(SampleArticles.sample(), SampleArticles.longSample(), everyKindOfBlock(),
                EpubSamples.full(), EpubSamples.minimal());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void eachPdfPageBeginsWithTheWordsAfterItsMarkerOnA4(Article a) throws Exception {
        assertPagesMatch(a, Paper.A4);
    }

    @Test
    void onLetterPaperToo() throws Exception {
        assertPagesMatch(everyKindOfBlock(), Paper.LETTER);
    }

    @Test
    void theExampleAsBuiltMarksEveryPage() throws Exception {
        byte[] pdf = Files.readAllBytes(ExampleBuild.pdf());
        byte[] epub = Files.readAllBytes(ExampleBuild.epub());
        assertPagesMatch(pdf, epub, ExampleBuild.pdf().toString());
    }

    /** The long articles start pages inside paragraphs and in lists or quotes: the test sees such pages. */
    @Test
    void pagesBeginInsideBlocksAndNestedBlocks() {
        Editions editions = new Editions(BuildContext.defaults());
        List<io.pressrun.model.PageStart> starts = new ArrayList<>();
        for (Article a : List.of(everyKindOfBlock(), SampleArticles.longSample())) {
            TypesetDocument layout = editions.layout(a);
            assertEquals(layout.pages().size(), layout.pageStarts().size(), "a start for every page");
            starts.addAll(layout.pageStarts());
        }
        assertTrue(starts.size() >= 16, "pages: " + starts.size());
        assertTrue(starts.stream().anyMatch(s -> s.place().block().size() > 1),
                "a page begins inside a list or quote: " + starts);
        assertTrue(starts.stream().filter(s -> s.place().offset() > 0).count() >= 2,
                "pages begin inside paragraphs: " + starts);
    }

    static void assertPagesMatch(Article a, Paper paper) throws Exception {
        Editions editions = new Editions(BuildContext.defaults(paper, Templates.bundled()));
        TypesetDocument layout = editions.layout(a);
        var pdf = new ByteArrayOutputStream();
        editions.writePdf(a, layout, pdf);
        var epub = new ByteArrayOutputStream();
        editions.writeEpub(a, layout, epub);
        assertPagesMatch(pdf.toByteArray(), epub.toByteArray(), a.title() + " on " + paper);
    }

    static void assertPagesMatch(byte[] pdf, byte[] epub, String what) throws Exception {
        String xhtml = entry(epub, "OEBPS/article.xhtml");
        Document doc = parse(xhtml);
        String title = doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent().strip();
        String opf = entry(epub, "OEBPS/package.opf");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int pages = d.getNumberOfPages();
            List<String> ids = new ArrayList<>();
            Matcher m = Pattern.compile("id=\"(page-\\d+)\"").matcher(xhtml);
            while (m.find()) {
                ids.add(m.group(1));
            }
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= pages; n++) {
                expected.add("page-" + n);
            }
            assertEquals(expected, ids, what + ": one marker per PDF page, in order");
            String nav = entry(epub, "OEBPS/nav.xhtml");
            for (int n = 1; n <= pages; n++) {
                assertTrue(nav.contains("<li><a href=\"article.xhtml#page-" + n + "\">" + n + "</a></li>"),
                        what + ": page list entry " + n);
            }
            assertTrue(opf.contains("<meta property=\"pageBreakSource\">"), what + ": " + opf);
            List<List<String>> figcaptions = new ArrayList<>();
            var captions = doc.getElementsByTagNameNS("*", "figcaption");
            for (int i = 0; i < captions.getLength(); i++) {
                figcaptions.add(words(captions.item(i).getTextContent()));
            }
            for (int n = 1; n <= pages; n++) {
                List<String> epubWords = words(textAfter(doc, "page-" + n));
                List<String> pdfWords = withoutWaitingFigure(words(pageText(d, n, title)), epubWords, figcaptions);
                int k = Math.min(WORDS, Math.min(pdfWords.size(), epubWords.size()));
                assertTrue(k >= Math.min(2, pdfWords.size()), what + " page " + n + ": too few words to compare: "
                        + pdfWords + " / " + epubWords);
                assertEquals(pdfWords.subList(0, k), epubWords.subList(0, k),
                        what + ": page " + n + " of the PDF begins unlike the text after its EPUB marker");
            }
        }
    }

    /**
     * The words of a PDF page without the caption and credit of a figure that opens it after
     * waiting for it (the text after the figure filled the page before): the page begins in the
     * text where the text goes on, and the EPUB's marker stands there, after the figure.
     */
    static List<String> withoutWaitingFigure(List<String> pdfWords, List<String> epubWords,
                                             List<List<String>> figcaptions) {
        for (List<String> caption : figcaptions) {
            boolean opensPdfPage = !caption.isEmpty() && pdfWords.size() > caption.size()
                    && pdfWords.subList(0, caption.size()).equals(caption);
            boolean opensEpubPage = epubWords.size() >= caption.size()
                    && epubWords.subList(0, caption.size()).equals(caption);
            if (opensPdfPage && !opensEpubPage) {
                return pdfWords.subList(caption.size(), pdfWords.size());
            }
        }
        return pdfWords;
    }

    /** The page's text without its running head, page number, masthead and ornaments. */
    static String pageText(PDDocument d, int page, String title) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> kept = new ArrayList<>();
        for (String line : stripper.getText(d).split("\n")) {
            String l = line.strip();
            boolean decoration = l.isEmpty() || l.equals(String.valueOf(page)) || l.equals("* * *")
                    || page > 1 && title.startsWith(l)
                    || page == 1 && !l.isEmpty() && l.equals(l.toUpperCase(java.util.Locale.ROOT))
                    && !l.equals(l.toLowerCase(java.util.Locale.ROOT)) && kept.isEmpty();
            if (!decoration) {
                kept.add(l);
            }
        }
        return String.join("\n", kept);
    }

    /** Words of letters and digits; list numbers ("3.") and marks without letters dropped, the same on both sides. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String token : text.split("\\s+")) {
            if (token.matches("\\d+\\.")) {
                continue;
            }
            String w = token.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The text that follows the element with {@code id}, in document order. */
    static String textAfter(Document doc, String id) {
        var sb = new StringBuilder();
        boolean[] started = {false};
        walk(doc.getDocumentElement(), id, started, sb);
        return sb.toString();
    }

    private static void walk(Node node, String id, boolean[] started, StringBuilder sb) {
        if (node instanceof Element e) {
            if (id.equals(e.getAttribute("id"))) {
                started[0] = true;
                return;
            }
            boolean block = BLOCKS.contains(e.getLocalName());
            if (started[0] && block) {
                sb.append(' ');
            }
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                walk(c, id, started, sb);
            }
            if (started[0] && block) {
                sb.append(' ');
            }
        } else if (started[0] && node.getNodeType() == Node.TEXT_NODE) {
            sb.append(node.getNodeValue());
        }
    }

    static String entry(byte[] epub, String name) throws Exception {
        try (var zin = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the EPUB; entries differ: " + Arrays.toString(new String[0]));
    }

    static Document parse(String xhtml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }
}
