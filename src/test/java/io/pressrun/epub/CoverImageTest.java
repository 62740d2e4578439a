package io.pressrun.epub;

import io.pressrun.ExampleBuild;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Digests;
import io.pressrun.batch.Editions;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static io.pressrun.epub.EpubSamples.p;
import static io.pressrun.epub.EpubSamples.t;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cover is a designed JPEG that names the article, marked as the cover and described in
 * words; the lead image stays in the article.
 */
class CoverImageTest {
    static Map<String, byte[]> epub(Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(BuildContext.defaults()).writeEpub(a, out);
        return EpubWriterTest.entries(out.toByteArray());
    }

    static BufferedImage cover(Map<String, byte[]> files) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(files.get("OEBPS/images/cover.jpg")));
    }

    @Test
    void aJpegOfBookCoverProportionsWithTheSameBytesEachTime() throws IOException {
        Map<String, byte[]> files = epub(EpubSamples.full());
        byte[] jpeg = files.get("OEBPS/images/cover.jpg");
        assertEquals(0xFF, jpeg[0] & 0xFF);
        assertEquals(0xD8, jpeg[1] & 0xFF);
        BufferedImage img = cover(files);
        assertEquals(1600, img.getWidth());
        assertEquals(2560, img.getHeight());
        assertArrayEquals(jpeg, epub(EpubSamples.full()).get("OEBPS/images/cover.jpg"), "the same article, the same cover");
    }

    @Test
    void theLeadImageFillsTheTopAndStaysInTheArticle() throws IOException {
        Map<String, byte[]> files = epub(EpubSamples.full());
        BufferedImage img = cover(files);
        // the full sample's lead image is a blue rectangle on white: its middle is blue
        int rgb = img.getRGB(800, 720);
        int red = rgb >> 16 & 0xFF;
        int blue = rgb & 0xFF;
        assertTrue(blue > 100 && red < 90, "blue from the lead image: " + Integer.toHexString(rgb));
        String article = new String(files.get("OEBPS/article.xhtml"), StandardCharsets.UTF_8);
        assertTrue(article.contains("<figure class=\"lead\">"), article);
        assertTrue(article.contains("src=\"images/image-1.jpg\""), article);
    }

    @Test
    void withoutALeadImageTheCoverIsTypographic() throws IOException {
        BufferedImage img = cover(epub(EpubSamples.minimal()));
        int band = img.getRGB(800, 40);
        assertTrue((band >> 16 & 0xFF) > 120 && (band & 0xFF) < 80, "the accent band: " + Integer.toHexString(band));
        int dark = 0;
        for (int y = 500; y < 1400; y += 4) {
            for (int x = 130; x < 1470; x += 4) {
                if ((img.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 1000, "the title is drawn: " + dark + " dark samples");
    }

    @Test
    void theCoverIsMarkedAndDescribed() throws IOException {
        Map<String, byte[]> files = epub(EpubSamples.full());
        String opf = new String(files.get("OEBPS/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<item id=\"cover-image\" href=\"images/cover.jpg\" media-type=\"image/jpeg\""
                + " properties=\"cover-image\"/>"), opf);
        assertTrue(opf.contains("<itemref idref=\"cover\"/>"), opf);
        String page = new String(files.get("OEBPS/cover.xhtml"), StandardCharsets.UTF_8);
        assertTrue(page.contains("role=\"doc-cover\""), page);
        assertTrue(page.contains("alt=\"Cover: Storm “Ingunn” batters the coast — boats safe, The Coastal Gazette,"
                + " 4 March 2024\""), page);
    }

    @Test
    @Tag("slow") // builds the example edition
    void theExampleWithItsCoverStaysUnder500KB() throws IOException {
        long size = Files.size(ExampleBuild.epub());
        assertTrue(size < 500 * 1024, "the example's EPUB is " + size + " bytes");
    }

    /**
     * A phone photo stored sideways (EXIF orientation 6) is on the cover upright, as in the
     * article: stored red on the left and blue on the right, it shows red above blue.
     */
    @Test
    void aSidewaysLeadPhotoIsUprightOnTheCover(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        var stored = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        var g = stored.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(200, 0, 200, 200);
        g.dispose();
        io.pressrun.TestFiles.write(dir, "lead.jpg",
                io.pressrun.TestImages.withExifOrientation(io.pressrun.TestImages.jpeg(stored), 6, false));
        var source = io.pressrun.TestFiles.write(dir, "a.md", "---\ntitle: Sideways\nauthor: Jane Reporter\n"
                + "date: 2024-05-01\nimage:\n  src: lead.jpg\n  alt: Red over blue\n---\n\nBody.\n");
        BuildContext ctx = BuildContext.defaults();
        Article a = new io.pressrun.source.ArticleReader(ctx.templates(), ctx.limits()).read(source).article();
        BufferedImage img = cover(epub(a));
        // upright (200×400, red over blue) filling 1600×1440, cut evenly: red above y = 720, blue below
        assertTrue(redder(img.getRGB(1200, 300)), "top right is red: " + Integer.toHexString(img.getRGB(1200, 300)));
        assertTrue(!redder(img.getRGB(400, 1200)), "bottom left is blue: " + Integer.toHexString(img.getRGB(400, 1200)));
        // scaled by 8 to 1600 x 3200, the picture is cut at 1440: under the band the margin is white
        int under = img.getRGB(10, 1700);
        assertTrue((under >> 16 & 0xFF) > 240 && (under >> 8 & 0xFF) > 240 && (under & 0xFF) > 240,
                "white under the band: " + Integer.toHexString(under));
    }

    /** Each thread draws on a canvas of its own: a cover drawn on a new thread has the same bytes. */
    @Test
    void aCoverDrawnOnANewThreadHasTheSameBytes() throws Exception {
        Article a = EpubSamples.minimal();
        Labels labels = Labels.forLanguage(Templates.bundled(), "en");
        var look = new CoverImage.Look(Color.BLACK, Color.RED, Color.GRAY);
        byte[] here = CoverImage.render(a, null, labels, look);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertArrayEquals(here, other.submit(() -> CoverImage.render(a, null, labels, look)).get());
        } finally {
            other.shutdown();
        }
    }

    private static boolean redder(int rgb) {
        return (rgb >> 16 & 0xFF) > (rgb & 0xFF);
    }

    // The title's size and lines, measured as the cover measures them (anti-aliased, fractional
    // metrics) in Charis SIL Bold, the title's face: its ascent is 2450 units of the 2048 of its
    // em and its descent 900, so a line is (2450 + 900) / 2048 x 0.86 of the size tall, and a
    // line's ascent tells its size. The cover's measure is 1600 - 2 x 130 = 1340 px.

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** The cover's title face, Charis SIL Bold, as the cover reads it. */
    private static final Font CHARIS_BOLD = CoverImage.Fonts.TITLE;

    private static float sizeOf(CoverImage.Set set) {
        return set.layouts().get(0).getAscent() * 2048 / 2450;
    }

    /**
     * "Harbourmasters" is 1289 px wide at 168 px, so two of them take two lines at that size
     * (and would share one only below 83 px): with two lines allowed, the largest size.
     */
    @Test
    void aTitleOfExactlyTheLinesAllowedIsSetAtTheLargestSize() throws Exception {
        CoverImage.Set set = CoverImage.fitTitle(FRC, Locale.ENGLISH, "Harbourmasters Harbourmasters", CHARIS_BOLD,
                168, 2, 520, 2280);
        assertEquals(2, set.layouts().size());
        assertEquals(168, sizeOf(set), 0.01);
    }

    /** One line of "Ferry" at 168 px in a room exactly as tall as the line: it fits. */
    @Test
    void aTitleExactlyAsTallAsTheRoomIsSetAtTheLargestSize() throws Exception {
        float oneLine = (2450 + 900) / 2048f * 168 * 0.86f;
        assertEquals(168, sizeOf(CoverImage.fitTitle(FRC, Locale.ENGLISH, "Ferry", CHARIS_BOLD, 168, 1, 0, oneLine)),
                0.01);
    }

    /**
     * One line of "Ferry" is 75.97 px tall at 54 px and 67.52 px at 48: in 70 px of room it is
     * set at 48, the smallest size (168 less 20 steps of 6). From 118 the steps end at 52, where
     * a title that fits nowhere stays.
     */
    @Test
    void aTitleIsSetSmallerInStepsOf6DownTo48() throws Exception {
        Font charis = CHARIS_BOLD;
        CoverImage.Set set = CoverImage.fitTitle(FRC, Locale.ENGLISH, "Ferry", charis, 168, 1, 2000, 2070);
        assertEquals(1, set.layouts().size());
        assertEquals(48, sizeOf(set), 0.01);
        assertEquals(52, sizeOf(CoverImage.fitTitle(FRC, Locale.ENGLISH, "Ferry", charis, 118, 1, 2000, 2010)), 0.01);
        assertEquals(162, sizeOf(CoverImage.fitTitle(FRC, Locale.ENGLISH, "Ferry", charis, 168, 1, 0, 230)), 0.01,
                "236.33 px at 168, 227.89 at 162");
    }

    /** "Ferry" at 168 px is 423.04 px wide: at exactly that measure it is one line, not broken again. */
    @Test
    void aLineExactlyAsWideAsTheMeasureStaysWhole() throws Exception {
        Font font = CHARIS_BOLD.deriveFont(168f);
        float width = new TextLayout("Ferry", font, FRC).getVisibleAdvance();
        CoverImage.Set set = CoverImage.measure(FRC, Locale.ENGLISH, "Ferry", font, width);
        assertEquals(1, set.layouts().size());
        assertEquals(5, set.layouts().get(0).getCharacterCount());
    }

    /** A character wider than the measure cannot be broken: it is a line of its own. */
    @Test
    void aCharacterWiderThanTheMeasureIsALineOfItsOwn() throws Exception {
        CoverImage.Set set = CoverImage.measure(FRC, Locale.ENGLISH, "WW", CHARIS_BOLD.deriveFont(100f), 10);
        assertEquals(2, set.layouts().size());
        assertEquals(1, set.layouts().get(0).getCharacterCount());
        assertEquals(1, set.layouts().get(1).getCharacterCount());
    }

    /**
     * A text is set in the preferred face when it has all of it, else in the first fallback that
     * has all of it (DejaVu Sans before Droid Sans Fallback), else in the preferred face, the
     * characters it lacks then each in the first fallback that has them.
     */
    @Test
    void aTextIsSetInTheFirstFaceThatHasAllOfIt() throws Exception {
        Font charis = CHARIS_BOLD;
        assertEquals("Charis SIL", CoverImage.fontFor(charis, "Ferry").getFamily(Locale.ENGLISH));
        assertEquals("DejaVu Sans", CoverImage.fontFor(charis, "\u05D4\u05D0\u05E8\u05E5 Haaretz").getFamily(Locale.ENGLISH),
                "Hebrew first: the title's face lacks it from the first character");
        assertEquals("Droid Sans Fallback", CoverImage.fontFor(charis, "\u6771\u4EAC").getFamily(Locale.ENGLISH),
                "DejaVu Sans lacks the first character");
        assertEquals("Charis SIL", CoverImage.fontFor(charis, "Tokyo \u6771\u4EAC and Delhi \u0926\u093F\u0932\u094D\u0932\u0940")
                .getFamily(Locale.ENGLISH), "no one face has it all");
        Font kanji = CoverImage.fontForCharacter(charis.deriveFont(100f), 0x6771);
        assertEquals("Droid Sans Fallback", kanji.getFamily(Locale.ENGLISH));
        assertEquals(100, kanji.getSize2D());
        Font none = charis.deriveFont(100f);
        assertEquals(none, CoverImage.fontForCharacter(none, 0x0378), "an unassigned character: no face has it");
    }

    // Golden covers: the SHA-256 of the cover JPEG of five articles (with a lead picture; with one
    // and a title too tall for the room left above the date at its largest size; without one;
    // without one, with a publisher and a title too long for the largest size, with a word in a
    // script the title face lacks; a publisher that starts in Hebrew and a title that ends in
    // Devanagari) is the one in src/test/resources/covers/expected.txt. Any change
    // to the drawing (a size, a margin, where a line breaks, a rendering hint that moves glyphs,
    // the fallback face of a character) changes the bytes. A cover that differs is written to
    // target/covers/ to be looked at; -Dgolden.update=true rewrites the file instead, as for the
    // golden layouts (docs/TESTING.md). The digests hold for one JDK's font rasteriser and JPEG
    // encoder (OpenJDK 17 on Debian here, as in CI). They are in this class, named after the class
    // they test, so that mutation testing runs them first for CoverImage's mutants.

    private static final Path EXPECTED = Path.of("src/test/resources/covers/expected.txt");
    private static final Map<String, String> ACTUAL = new TreeMap<>();
    private static Map<String, String> expected;

    @BeforeAll
    static void readExpected() throws IOException {
        expected = readDigests();
    }

    @Test
    void withALeadPicture() throws IOException {
        check("with-lead-picture", EpubSamples.full());
    }

    @Test
    void withoutALeadPicture() throws IOException {
        check("without-lead-picture", EpubSamples.minimal());
    }

    @Test
    void aLongTitleIsSetSmallerAndACharacterTheFaceLacksInAFallback() throws IOException {
        Article a = new Article(Path.of("articles/long.md"), "long", "https://example.org/news/long", "de",
                "Warum ein Titel über den Hafen von 東京 auf dem Umschlag kleiner gesetzt wird, wenn er in seiner"
                        + " größten Schrift nicht in sieben Zeilen passt, und wie klein er dabei werden darf, ohne"
                        + " das Datum zu berühren, das unten steht",
                "", List.of(new Author("Erika Mustermann", "", "")), ArticleDate.of(LocalDate.of(2023, 11, 2)),
                Optional.empty(), "Kölner Hafenblatt", "", "", List.of(), Optional.empty(),
                List.of(p(t("Nichts Neues im Hafen."))), 5);
        check("long-title-no-picture", a);
    }

    /**
     * Under the picture, a publisher on two lines and a title of four at its largest size: the
     * four lines fit the line limit but not the room left above the date, so the title is set
     * smaller for its height.
     */
    @Test
    void aTitleTooTallForTheRoomUnderAPictureIsSetSmaller() throws IOException {
        Article f = EpubSamples.full();
        Article a = new Article(f.source(), f.slug(), f.identifier(), f.language(),
                "Storm “Ingunn” batters the coast for a second night while the harbour waits",
                f.subtitle(), f.authors(), f.date(), f.updated(), "The Coastal Gazette and Fisheries Weekly of Møre og Romsdal",
                f.rights(), f.summary(), f.tags(), f.leadImage(), f.body(), f.wordCount());
        check("long-title-with-picture", a);
    }

    /**
     * A publisher that starts with a character its face lacks is set in the first fallback face
     * that has all of it (DejaVu Sans, Hebrew and Latin alike, right to left as Hebrew starts
     * it); a title that no one face has is set in the title's face, each run of characters it
     * lacks in a fallback, the last run included.
     */
    @Test
    void textsThatStartOrEndInAnotherScriptAreSetInFacesThatHaveThem() throws IOException {
        Article a = new Article(Path.of("articles/cities.md"), "cities", "https://example.org/news/cities", "en",
                "Tokyo 東京 and Delhi दिल्ली", "", List.of(new Author("Erika Mustermann", "", "")),
                ArticleDate.of(LocalDate.of(2023, 11, 2)), Optional.empty(), "הארץ Haaretz English Edition", "", "", List.of(),
                Optional.empty(), List.of(p(t("Two cities."))), 2);
        check("scripts-at-the-ends", a);
    }

    private static void check(String name, Article article) throws IOException {
        byte[] jpeg = epub(article).get("OEBPS/images/cover.jpg");
        String actual = Digests.ofBytes(jpeg);
        synchronized (ACTUAL) {
            ACTUAL.put(name, actual);
        }
        if (Boolean.getBoolean("golden.update")) {
            return;
        }
        String want = expected.get(name);
        if (!actual.equals(want)) {
            Path out = Path.of("target/covers", name + ".jpg");
            Files.createDirectories(out.getParent());
            Files.write(out, jpeg);
            assertEquals(want, actual, name + ": the cover changed; it is written to " + out
                    + " (rewrite the digests with -Dgolden.update=true once it looks right)");
        }
    }

    @AfterAll
    static void rewriteWhenUpdating() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Map<String, String> all = new TreeMap<>(expected);
            all.putAll(ACTUAL);
            Files.writeString(EXPECTED, all.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> readDigests() throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (Files.exists(EXPECTED)) {
            for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2) {
                    m.put(parts[0], parts[1]);
                }
            }
        }
        return m;
    }
}
