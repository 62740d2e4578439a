package io.pressrun.pdf;

import io.pressrun.batch.Editions;
import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.Author;
import io.pressrun.model.Blocks;
import io.pressrun.model.Image;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class PdfWriterTest {
    static Article sample;
    static byte[] pdf;

    @BeforeAll
    static void writeSample() throws Exception {
        sample = SampleArticles.sample();
        pdf = PdfTestSupport.writeAndKeep(sample, "sample");
    }

    @Test
    void everyWordOfTheArticleIsInTheText() throws Exception {
        String text = PdfTestSupport.normalise(PdfTestSupport.text(pdf));
        List<String> expected = new ArrayList<>(List.of(sample.title(), sample.subtitle(), sample.publisher(),
                sample.rights()));
        for (Author a : sample.authors()) {
            expected.addAll(List.of(a.name(), a.role(), a.bio()));
        }
        for (Image img : sample.images()) {
            expected.addAll(List.of(img.caption(), img.credit()));
        }
        expected.add(Blocks.blockText(sample.body()));
        for (String s : expected) {
            assertWordsInOrder(s, text);
        }
    }

    /** Each word of {@code expected}, in order, somewhere in {@code text}. */
    static void assertWordsInOrder(String expected, String text) {
        int from = 0;
        for (String word : expected.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int at = text.indexOf(word, from);
            if (at < 0) {
                fail("'" + word + "' of \"" + expected + "\" is missing after position " + from + " of: " + text);
            }
            from = at + word.length();
        }
    }

    @Test
    void firstPageCarriesDateReadTimeAndLabelledCredit() throws Exception {
        String first = pageText(pdf, 1);
        assertTrue(first.contains("8 March 2024"), first);
        // The sample declares its words (SampleArticles.article): the title "The Day the Ferry
        // Stopped" (5 words) and the subtitle "An island community counts the cost of losing its
        // only link to the mainland" (14), counted by hand, plus 4 × 230 + 12 = 932: 951 words.
        // At 230 words a minute that is 4.13 minutes, shown rounded to the nearest minute: 4.
        assertEquals(951, sample.wordCount());
        assertTrue(first.lines().anyMatch(l -> l.strip().equals("8 March 2024 · Updated 9 March 2024 · 4 min read")),
                first);
        assertTrue(first.contains("Photo: Ailsa Rennie"), first);
        // the credit is set apart from the caption: on a line of its own
        assertTrue(first.lines().anyMatch(l -> l.strip().equals("Photo: Ailsa Rennie")), first);
        assertTrue(first.contains(sample.title()));
    }

    @Test
    void longArticleRunsOverSeveralNumberedPages() throws Exception {
        byte[] longPdf = PdfTestSupport.writeAndKeep(SampleArticles.longSample(), "long");
        try (PDDocument doc = Loader.loadPDF(longPdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 4, "pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                String number = String.valueOf(p);
                assertTrue(pageText(doc, p).lines().anyMatch(l -> l.strip().equals(number)),
                        "no page number on page " + p);
            }
        }
    }

    @Test
    void sameArticleGivesIdenticalBytes() throws Exception {
        assertArrayEquals(pdf, PdfTestSupport.write(sample));
        assertArrayEquals(pdf, PdfTestSupport.write(SampleArticles.sample()));
        var other = new Editions(PdfTestSupport.CTX);
        var out = new ByteArrayOutputStream();
        other.writePdf(sample, out);
        assertArrayEquals(pdf, out.toByteArray());
    }

    @Test
    void concurrentWritesAreIdentical() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> PdfTestSupport.write(sample)));
            }
            for (Future<byte[]> f : results) {
                assertArrayEquals(pdf, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void jpegBytesPassThroughUnchanged() {
        byte[] jpeg = sample.leadImage().orElseThrow().data().toArray();
        assertTrue(indexOf(pdf, jpeg) >= 0, "the lead JPEG is not in the PDF byte for byte");
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void metadataDescribesTheArticle() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertEquals(sample.title(), info.getTitle());
            assertEquals("Isla MacLeod, Tomasz Wójcik", info.getAuthor());
            assertEquals(sample.summary(), info.getSubject());
            assertEquals("transport, islands, Scotland", info.getKeywords());
            assertEquals("Pressrun", info.getProducer());
            Instant ts = PdfTestSupport.CTX.timestampFor(sample);
            assertEquals(ts, info.getCreationDate().toInstant());
            assertEquals(ts, info.getModificationDate().toInstant());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains(sample.title()), xmp);
            assertTrue(xmp.contains("<rdf:li>Tomasz Wójcik</rdf:li>"), xmp);
            assertTrue(xmp.contains("2024-03-09T00:00:00Z"), xmp);
            assertNotNull(doc.getDocument().getDocumentID());
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), "not a subset: " + f.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 3);
        }
    }

    @Test
    void linksBecomeUriAnnotations() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) {
                        uris.add(u.getURI());
                    }
                }
            }
            assertEquals(List.of("https://example.org/report"), uris);
        }
    }

    @Test
    void documentIsTaggedWithHeadingsAndFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var root = doc.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root);
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            String tree = describe(root.getKids(), new StringBuilder()).toString();
            for (String role : List.of("Document", "H1", "H2", "H3", "P", "Figure", "Caption", "L", "LI", "Code", "Link")) {
                assertTrue(tree.contains(" " + role + " "), role + " missing in " + tree);
            }
            assertTrue(tree.contains("alt=The empty ferry berth at dawn"), tree);
        }
    }

    private static StringBuilder describe(List<Object> kids, StringBuilder sb) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                sb.append(' ').append(e.getStructureType()).append(' ');
                if (e.getAlternateDescription() != null) {
                    sb.append("alt=").append(e.getAlternateDescription()).append(' ');
                }
                describe(e.getKids(), sb);
            }
        }
        return sb;
    }

    static String pageText(byte[] pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return pageText(doc, page);
        }
    }

    static String pageText(PDDocument doc, int page) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void emptyOptionalPartsAreLeftOut() throws Exception {
        Article bare = SampleArticles.withBody("Plain", List.of(SampleArticles.para(SampleArticles.text("Only text."))));
        String text = PdfTestSupport.text(PdfTestSupport.write(bare));
        assertTrue(text.contains("Only text."));
        assertFalse(text.contains("Lead image"));
    }
}
