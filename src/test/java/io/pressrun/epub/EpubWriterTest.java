package io.pressrun.epub;

import io.pressrun.batch.Editions;
import io.pressrun.EpubOracles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Author;
import io.pressrun.model.Blocks;
import io.pressrun.model.Image;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;
import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.epub.EpubReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpubWriterTest {
    private static final BuildContext CTX = BuildContext.defaults();

    static byte[] write(Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(CTX).writeEpub(a, out);
        return out.toByteArray();
    }

    /** Entry name to bytes, in archive order. */
    static Map<String, byte[]> entries(byte[] epub) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (var zin = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                m.put(e.getName(), zin.readAllBytes());
            }
        }
        return m;
    }

    static Document parse(byte[] xml) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    @Test
    @Tag("oracle")
    void epubCheckFindsNothingToComplainAbout(@TempDir Path dir) throws IOException {
        for (Article a : List.of(EpubSamples.full(), EpubSamples.minimal())) {
            Path file = dir.resolve(a.slug() + ".epub");
            Files.write(file, write(a));
            EpubOracles.assertValid(file, file.getFileName().toString());
        }
    }

    @Test
    void everyWordOfTheArticleIsInTheXhtmlText() throws Exception {
        Article a = EpubSamples.full();
        byte[] xhtml = entries(write(a)).get("OEBPS/article.xhtml");
        String text = normalise(parse(xhtml).getDocumentElement().getTextContent());

        List<String> expected = new ArrayList<>(List.of(a.title(), a.subtitle(), a.publisher(), a.rights()));
        for (Author au : a.authors()) {
            expected.addAll(List.of(au.name(), au.role(), au.bio()));
        }
        for (Image img : a.images()) {
            expected.addAll(List.of(img.caption(), img.credit()));
        }
        expected.add(Blocks.blockText(a.body()));
        for (String s : expected) {
            for (String line : s.split("\n")) {
                String want = normalise(line);
                if (!want.isEmpty()) {
                    assertTrue(text.contains(want), () -> "missing from XHTML text: «" + want + "»\n" + text);
                }
            }
        }
    }

    @Test
    void sourceTextNeverBecomesMarkup() throws Exception {
        Map<String, byte[]> files = entries(write(EpubSamples.full()));
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".xhtml") && !e.getKey().endsWith(".opf") && !e.getKey().endsWith(".ncx")) {
                continue;
            }
            String raw = new String(e.getValue(), StandardCharsets.UTF_8);
            assertFalse(raw.toLowerCase().contains("<script"), e.getKey() + " contains <script");
            Document doc = parse(e.getValue());
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element el = (Element) all.item(i);
                assertFalse(el.getLocalName().equalsIgnoreCase("script"), e.getKey() + ": script element");
                NamedNodeMap attrs = el.getAttributes();
                for (int j = 0; j < attrs.getLength(); j++) {
                    String name = attrs.item(j).getLocalName() == null ? attrs.item(j).getNodeName()
                            : attrs.item(j).getLocalName();
                    assertFalse(name.toLowerCase().startsWith("on"), e.getKey() + ": event attribute " + name);
                    if (name.equals("href")) {
                        String v = attrs.item(j).getNodeValue();
                        assertFalse(v.toLowerCase().contains("javascript"), e.getKey() + ": href " + v);
                    }
                }
            }
        }
        String text = parse(files.get("OEBPS/article.xhtml")).getDocumentElement().getTextContent();
        assertTrue(text.contains(EpubSamples.SCRIPT_TEXT), "script-looking text is kept as text");
        assertTrue(text.contains(EpubSamples.HANDLER_TEXT), "handler-looking text is kept as text");
        assertTrue(text.contains("suspicious tracker"), "text of a refused link is kept");
    }

    @Test
    void linksKeepOnlyWebAndMailHrefs() throws Exception {
        Document doc = parse(entries(write(EpubSamples.full())).get("OEBPS/article.xhtml"));
        NodeList as = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "a");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < as.getLength(); i++) {
            hrefs.add(((Element) as.item(i)).getAttribute("href"));
        }
        assertEquals(List.of("https://www.met.no/en", "mailto:desk@example.org"), hrefs);
    }

    @Test
    @Tag("slow") // five whole editions
    void sameArticleGivesSameBytesInAnyTimeZone() throws IOException {
        Article a = EpubSamples.full();
        byte[] first = write(a);
        byte[] second = write(EpubSamples.full());
        assertArrayEquals(first, second, "two writes differ");
        TimeZone saved = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertArrayEquals(first, write(a), "output differs with default time zone " + zone);
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void everyEntryHasTheBuildTimestampAndNoExtraField() throws IOException {
        Article a = EpubSamples.full();
        byte[] epub = write(a);
        var expected = DeterministicZip.dosTime(CTX.timestampFor(a));
        List<String> names = new ArrayList<>();
        try (var zin = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(expected, e.getTimeLocal(), e.getName());
                assertTrue(e.getExtra() == null || e.getExtra().length == 0, e.getName() + " has an extra field");
            }
        }
        assertEquals(List.of("mimetype", "META-INF/container.xml", "OEBPS/package.opf", "OEBPS/nav.xhtml",
                "OEBPS/toc.ncx", "OEBPS/cover.xhtml", "OEBPS/article.xhtml", "OEBPS/style.css",
                "OEBPS/images/cover.jpg", "OEBPS/images/image-1.jpg", "OEBPS/images/image-2.png"), names);
        assertEquals("2024-03-04T17:05", expected.toString(), "UTC time of the update");
    }

    /**
     * A user's template that writes XML that is not well-formed fails the write with the
     * template's path, where in its output the XML breaks, and what to do; nothing is written.
     */
    @Test
    void aTemplateThatWritesBrokenXmlIsNamedWithWhereItBreaks(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("epub"));
        Path nav = dir.resolve("epub/nav.xhtml.ftl");
        Files.writeString(nav, "<html>\n<body></html>\n", StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        IOException e = assertThrows(IOException.class, () -> new EpubWriter(Templates.withOverrides(dir),
                new EditionImages(ImageLimits.fromTheme(Theme.load(Templates.bundled())))).write(EpubSamples.minimal(),
                java.time.Instant.EPOCH, out));
        String m = e.getMessage();
        assertTrue(m.startsWith("EPUB for articles/min.md: " + nav + ": error: the template writes XML that is not"
                + " well-formed (line 2, column "), m);
        assertTrue(m.endsWith("; fix the template so that it always writes well-formed XML"), m);
        assertEquals(0, out.size());
    }

    /**
     * The page list is kept when the article page has the marker of every page (by its id), and
     * dropped whole when one is missing: no links to nowhere.
     */
    @Test
    void thePageListNeedsTheMarkerOfEveryPage() {
        PageList pages = new PageList("A4", List.of(
                new PageStart(1, ArticlePlace.of(ArticlePlace.Part.TITLE)),
                new PageStart(2, new ArticlePlace(ArticlePlace.Part.BODY, List.of(3), 0))));
        assertEquals(pages, EpubWriter.marked(pages, "<h1><span id=\"page-1\"/>T</h1><p><span id=\"page-2\"/>x</p>"));
        assertEquals(PageList.NONE, EpubWriter.marked(pages, "<h1><span id=\"page-1\"/>T</h1><p>x</p>"));
        assertEquals(PageList.NONE, EpubWriter.marked(pages, "<p id=\"page-12\">page-2</p>"), "page-12 is not page-1");
        assertEquals(PageList.NONE, EpubWriter.marked(PageList.NONE, ""));
    }

    /** The cover's colours are the theme's, "#9b1c1c" for the bundled accent. */
    @Test
    void theCoverTakesItsColoursFromTheTheme() {
        assertEquals(new java.awt.Color(0x9b, 0x1c, 0x1c), EpubWriter.colour(Theme.load(Templates.bundled()), "colours.accent"));
    }

    /**
     * The pictures made ahead for an article are written as they are, the same bytes as when the
     * writer makes them itself; another article's pictures are refused.
     */
    @Test
    void picturesMadeAheadGiveTheSameBytesAndOnlyForTheirArticle() throws IOException {
        var writer = EpubSamples.writer();
        Article full = EpubSamples.full();
        var ahead = new ByteArrayOutputStream();
        writer.write(full, writer.pictures(full), PageList.NONE, Instant.EPOCH, ahead);
        var itself = new ByteArrayOutputStream();
        writer.write(full, PageList.NONE, Instant.EPOCH, itself);
        assertArrayEquals(itself.toByteArray(), ahead.toByteArray());
        EpubWriter.Pictures others = writer.pictures(EpubSamples.minimal());
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(full, others, PageList.NONE, Instant.EPOCH, OutputStream.nullOutputStream()));
    }

    /**
     * What stops an EPUB is an IOException naming the article's source: a failed read or write
     * (its cause kept), a bad template or an unsupported image; anything else is thrown as it is.
     */
    @Test
    void aFailureNamesTheArticleAndKeepsItsCause() {
        Article a = EpubSamples.minimal();
        var disk = new IOException("the disk is full");
        IOException io = EpubWriter.failure(a, new java.io.UncheckedIOException(disk));
        assertEquals("EPUB for articles/min.md: the disk is full", io.getMessage());
        assertSame(disk, io.getCause());
        var unsupported = new IllegalArgumentException("image a.gif: unsupported media type image/gif");
        IOException refused = EpubWriter.failure(a, unsupported);
        assertEquals("EPUB for articles/min.md: image a.gif: unsupported media type image/gif", refused.getMessage());
        assertSame(unsupported, refused.getCause());
        assertEquals("EPUB for articles/min.md: bad", EpubWriter.failure(a, new IllegalStateException("bad")).getMessage());
        var bug = new NullPointerException("a bug");
        assertSame(bug, assertThrows(NullPointerException.class, () -> EpubWriter.failure(a, bug)));
    }

    /** JPEG and PNG are compressed already: stored as they are; the text is deflated. */
    @Test
    void picturesAreStoredAndTextDeflated() throws IOException {
        Map<String, Integer> methods = new LinkedHashMap<>();
        try (var zin = new ZipInputStream(new ByteArrayInputStream(write(EpubSamples.full())))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                methods.put(e.getName(), e.getMethod());
            }
        }
        for (String picture : List.of("OEBPS/images/cover.jpg", "OEBPS/images/image-1.jpg", "OEBPS/images/image-2.png")) {
            assertEquals(ZipEntry.STORED, methods.get(picture), picture);
        }
        for (String text : List.of("OEBPS/package.opf", "OEBPS/article.xhtml", "OEBPS/style.css")) {
            assertEquals(ZipEntry.DEFLATED, methods.get(text), text);
        }
    }

    @Test
    void mimetypeComesFirstStoredWithoutExtraField() throws IOException {
        byte[] epub = write(EpubSamples.minimal());
        // local file header: signature, version, flags, method, time, date, crc, sizes, name length, extra length
        assertEquals(0x04034b50, le32(epub, 0), "local header signature");
        assertEquals(0, le16(epub, 8), "compression method STORED");
        assertEquals(8, le16(epub, 26), "name length");
        assertEquals(0, le16(epub, 28), "extra field length");
        assertEquals("mimetype", new String(epub, 30, 8, StandardCharsets.US_ASCII));
        assertEquals("application/epub+zip", new String(epub, 38, 20, StandardCharsets.US_ASCII));
        assertEquals(20, le32(epub, 18), "compressed size");
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }

    @Test
    void epub4jReadsTitleAuthorsLanguageAndImages() throws IOException {
        Article a = EpubSamples.full();
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(write(a)));
        assertEquals(a.title(), book.getTitle());
        assertEquals("en", book.getMetadata().getLanguage());
        List<String> authors = book.getMetadata().getAuthors().stream()
                .map(au -> (au.getFirstname() + " " + au.getLastname()).strip()).toList();
        assertEquals(a.authors().stream().map(Author::name).toList(), authors);
        Resource jpeg = book.getResources().getByHref("images/image-1.jpg");
        Resource png = book.getResources().getByHref("images/image-2.png");
        assertNotNull(jpeg, "lead image");
        assertNotNull(png, "figure image");
        assertArrayEquals(a.leadImage().orElseThrow().data().toArray(), jpeg.getData());
        assertEquals("image/jpeg", jpeg.getMediaType().getName());
        assertEquals("image/png", png.getMediaType().getName());
        assertNotNull(book.getCoverImage(), "cover image");
        assertEquals(a.identifier(), book.getMetadata().getIdentifiers().get(0).getValue());
    }

    @Test
    void headerShowsBylineDateAndReadTime() throws Exception {
        String text = normalise(parse(entries(write(EpubSamples.full())).get("OEBPS/article.xhtml"))
                .getDocumentElement().getTextContent());
        assertTrue(text.contains("By Åse Nordmann (Coastal correspondent) and Jürgen Müller (Photographer)"), text);
        assertTrue(text.contains("4 March 2024"), text);
        assertTrue(text.contains("3 min read"), "640 words at 230 a minute round to 3: " + text);
        assertTrue(text.contains("Photo: Åse Nordmann/Ålesund Tidende"), text);
    }

    @Test
    void germanLabelsForAGermanArticle() throws Exception {
        String xhtml = new String(entries(write(EpubSamples.minimal())).get("OEBPS/article.xhtml"),
                StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("xml:lang=\"de\" lang=\"de\""), xhtml);
        assertTrue(xhtml.contains("Von <span class=\"author\">Erika Mustermann</span>"), xhtml);
        assertTrue(xhtml.contains("1 Min. Lesezeit"), xhtml);
        assertTrue(Pattern.compile("<time datetime=\"2023-11-02\">2\\. November 2023</time>").matcher(xhtml).find(),
                xhtml);
    }

    @Test
    void packageDocumentCarriesTheMetadata() throws Exception {
        String opf = new String(entries(write(EpubSamples.full())).get("OEBPS/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2024-03-04T17:05:00Z</meta>"), opf);
        assertTrue(opf.contains("<dc:date>2024-03-04T06:30:00Z</dc:date>"), opf);
        assertTrue(opf.contains("<item id=\"cover-image\" href=\"images/cover.jpg\" media-type=\"image/jpeg\""
                + " properties=\"cover-image\"/>"), opf);
        assertTrue(opf.contains("<spine toc=\"ncx\">"), opf);
        assertTrue(opf.contains("<dc:subject>Ålesund</dc:subject>"), opf);
        assertTrue(opf.contains("<dc:rights>© 2024 The Coastal Gazette. CC BY 4.0.</dc:rights>"), opf);
        assertTrue(Arrays.stream(opf.split("\n")).noneMatch(l -> l.contains("&amp;amp;")), "double escaping");
    }

    /** The heading order has no gaps: a first heading written at level 3 is an h2 (after the title's h1). */
    @Test
    void headingLevelsNeverSkipOne() throws IOException {
        Article a = io.pressrun.SampleArticles.withBody("Levels", java.util.List.of(
                new io.pressrun.model.Block.Heading(3, java.util.List.of(io.pressrun.SampleArticles.text("Deep first"))),
                io.pressrun.SampleArticles.para(io.pressrun.SampleArticles.text("Text.")),
                new io.pressrun.model.Block.Heading(2, java.util.List.of(io.pressrun.SampleArticles.text("Section"))),
                new io.pressrun.model.Block.Heading(3, java.util.List.of(io.pressrun.SampleArticles.text("Sub")))));
        String xhtml = new String(entries(write(a)).get("OEBPS/article.xhtml"), java.nio.charset.StandardCharsets.UTF_8);
        var levels = new java.util.ArrayList<String>();
        var m = java.util.regex.Pattern.compile("<h([1-6])[ >]").matcher(xhtml);
        while (m.find()) {
            levels.add(m.group(1));
        }
        assertEquals(java.util.List.of("1", "2", "2", "3"), levels.subList(0, 4), "the title and body: " + xhtml);
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(Integer.parseInt(levels.get(i)) <= Integer.parseInt(levels.get(i - 1)) + 1, levels.toString());
        }
    }
}
