package io.pressrun.epub;

import io.pressrun.SampleArticles;
import io.pressrun.TestImages;
import io.pressrun.model.Article;
import io.pressrun.model.Bytes;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the cover draws what, read back from its pixels. The look is chosen so that each part
 * has a colour of its own: the publisher and the band in red (the accent), the title in black,
 * the date in blue (muted); the lead picture is green. The cover is 1600 x 2560; without a lead
 * picture the band is the top 96 rows and the words start at 520; with one, the picture fills
 * the top 1440 rows, the band the 24 below, and the words start at 1614. The date's line starts
 * at 2360, and the title ends 80 above it at the latest.
 */
class CoverDrawingTest {
    private static final Labels EN = Labels.forLanguage(Templates.bundled(), "en");
    private static final CoverImage.Look LOOK = new CoverImage.Look(Color.BLACK, new Color(200, 0, 0),
            new Color(0, 0, 170));

    private enum Ink {
        RED, BLACK, BLUE, GREEN, WHITE, OTHER;

        static Ink of(int rgb) {
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            if (r > 230 && g > 230 && b > 230) {
                return WHITE;
            }
            if (r < 70 && g < 70 && b < 70) {
                return BLACK;
            }
            if (r > 140 && g < 80 && b < 80) {
                return RED;
            }
            if (b > 110 && r < 70 && g < 70) {
                return BLUE;
            }
            if (g > 110 && r < 70 && b < 70) {
                return GREEN;
            }
            return OTHER;
        }
    }

    private static Article article(String title, String publisher) {
        Article a = SampleArticles.withBody(title, List.of());
        return new Article(a.source(), a.slug(), a.identifier(), a.language(), a.title(), a.subtitle(), a.authors(),
                a.date(), a.updated(), publisher, a.rights(), a.summary(), a.tags(), Optional.empty(), a.body(),
                a.wordCount());
    }

    private static byte[] jpeg(Article a, Bytes lead) {
        return CoverImage.render(a, lead, EN, LOOK);
    }

    private static BufferedImage draw(Article a, Bytes lead) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg(a, lead)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A solid green picture. */
    private static Bytes green(int w, int h) {
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(0, 160, 0));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return Bytes.copyOf(TestImages.png(img));
    }

    /** The rows from {@code from} (inclusive) to {@code to} (exclusive) with at least two pixels of {@code ink}. */
    private static List<Integer> rows(BufferedImage img, Ink ink, int from, int to) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int y = from; y < to; y++) {
            int n = 0;
            for (int x = 0; x < img.getWidth() && n < 2; x += 2) {
                if (Ink.of(img.getRGB(x, y)) == ink) {
                    n++;
                }
            }
            if (n >= 2) {
                out.add(y);
            }
        }
        return out;
    }

    /** How many separate runs of rows the given rows make: the lines of text. */
    private static int runs(List<Integer> rows) {
        int runs = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i == 0 || rows.get(i) > rows.get(i - 1) + 1) {
                runs++;
            }
        }
        return runs;
    }

    /**
     * The publisher is letter-spaced, which Java's line breaker leaves out of its measure: a long
     * name was broken as if unspaced, and its first line ran past the margin and off the cover.
     */
    @Test
    void aLongLetterSpacedPublisherWrapsWithinTheMargins() {
        String publisher = "The Coastal Gazette and Fisheries Weekly of Møre og Romsdal";
        for (Bytes lead : Arrays.asList(null, green(64, 40))) {
            BufferedImage img = draw(article("Ferry", publisher), lead);
            int top = lead == null ? 100 : 1464;
            List<Integer> lines = rows(img, Ink.RED, top, 2560);
            assertEquals(2, runs(lines), "two lines");
            for (int y : lines) {
                for (int x = CoverImage.WIDTH - CoverImage.MARGIN + 4; x < CoverImage.WIDTH; x++) {
                    assertEquals(Ink.WHITE, Ink.of(img.getRGB(x, y)), "the right margin at " + x + ", " + y);
                }
            }
        }
    }

    @Test
    void aTypographicCoverBandPublisherTitleAndDate() {
        BufferedImage img = draw(article("Ferry", "The Review"), null);
        assertEquals(Ink.RED, Ink.of(img.getRGB(800, 40)));
        assertEquals(Ink.RED, Ink.of(img.getRGB(1590, 90)));
        assertEquals(Ink.WHITE, Ink.of(img.getRGB(800, 110)), "the band is 96 rows");
        assertEquals(Ink.WHITE, Ink.of(img.getRGB(10, 1800)), "the page is white");
        assertEquals(Ink.WHITE, Ink.of(img.getRGB(1590, 2550)));
        List<Integer> publisher = rows(img, Ink.RED, 100, 2560);
        assertTrue(publisher.get(0) >= 520 && publisher.get(0) < 560, "the publisher from 520: " + publisher.get(0));
        assertEquals(1, runs(publisher), "one line");
        List<Integer> title = rows(img, Ink.BLACK, 100, 2560);
        assertTrue(title.get(0) > publisher.get(publisher.size() - 1) + 60, "70 below the publisher: " + title.get(0));
        assertEquals(1, runs(title));
        List<Integer> date = rows(img, Ink.BLUE, 100, 2560);
        assertTrue(date.get(0) >= 2360 && date.get(date.size() - 1) < 2440, "the date at the foot: " + date);
        assertEquals(1, runs(date));
    }

    @Test
    void withoutPublisherTheTitleComesFirst() {
        BufferedImage img = draw(article("Ferry", ""), null);
        assertEquals(List.of(), rows(img, Ink.RED, 100, 2560));
        List<Integer> title = rows(img, Ink.BLACK, 100, 2560);
        assertTrue(title.get(0) >= 520 && title.get(0) < 640, "the title's line from 520: " + title.get(0));
    }

    /**
     * The title is set in the bundled Charis SIL Bold: "Hill" at the largest size, 168 px, has
     * 287 px of ink starting 5 px after the margin of 130 (in DejaVu Sans, the first fallback,
     * it would have 234 px starting 16 px after it).
     */
    @Test
    void theTitleIsSetInCharisBold() {
        BufferedImage img = draw(article("Hill", ""), null);
        int left = img.getWidth();
        int right = -1;
        for (int y : rows(img, Ink.BLACK, 100, 2560)) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (Ink.of(img.getRGB(x, y)) == Ink.BLACK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        assertEquals(135, left, 3, "where the ink starts");
        assertEquals(422, right, 3, "where it ends");
    }

    @Test
    void aLongTitleIsSetSmallerOnSeparateLinesAboveTheDate() {
        String words = "The ferry that stopped, the island that waited, and the long winter that followed for"
                + " everyone who lived there and everyone who had left it behind over all the years";
        BufferedImage img = draw(article(words, "The Review"), null);
        List<Integer> title = rows(img, Ink.BLACK, 100, 2560);
        int lines = runs(title);
        assertTrue(lines >= 3 && lines <= 7, lines + " lines");
        assertTrue(title.get(title.size() - 1) < 2280, "the title ends 80 above the date: " + title);
        BufferedImage shortTitle = draw(article("Ferry", "The Review"), null);
        List<Integer> big = rows(shortTitle, Ink.BLACK, 100, 2560);
        int bigHeight = big.get(big.size() - 1) - big.get(0);
        int firstLine = 0;
        for (int i = 1; i < title.size() && title.get(i) == title.get(i - 1) + 1; i++) {
            firstLine = title.get(i) - title.get(0);
        }
        assertTrue(firstLine < bigHeight, "smaller type: a line of " + firstLine + " rows against " + bigHeight);
    }

    @Test
    void theLeadPictureFillsTheTopCroppedAboveTheBand() {
        BufferedImage img = draw(article("Ferry", "The Review"), green(100, 400));
        assertEquals(Ink.GREEN, Ink.of(img.getRGB(5, 5)));
        assertEquals(Ink.GREEN, Ink.of(img.getRGB(1594, 1430)));
        assertEquals(Ink.RED, Ink.of(img.getRGB(800, 1445)), "the band under the picture");
        assertEquals(Ink.RED, Ink.of(img.getRGB(800, 1458)));
        assertEquals(Ink.WHITE, Ink.of(img.getRGB(800, 1475)));
        assertEquals(List.of(), rows(img, Ink.GREEN, 1470, 2560), "a tall picture is cut at the band");
        List<Integer> publisher = rows(img, Ink.RED, 1470, 2560);
        assertTrue(publisher.get(0) >= 1614 && publisher.get(0) < 1654, "the publisher from 1614: " + publisher);
        List<Integer> date = rows(img, Ink.BLUE, 1470, 2560);
        assertTrue(date.get(0) >= 2360 && date.get(date.size() - 1) < 2440, "the date at the foot: " + date);
        assertFalse(rows(img, Ink.BLACK, 1700, 2280).isEmpty(), "the title");
    }

    @Test
    void aWidePictureIsCutAtItsSides() {
        BufferedImage img = draw(article("Ferry", ""), green(900, 100));
        assertEquals(Ink.GREEN, Ink.of(img.getRGB(3, 720)));
        assertEquals(Ink.GREEN, Ink.of(img.getRGB(1596, 10)));
        assertEquals(Ink.GREEN, Ink.of(img.getRGB(800, 1435)));
    }

    @Test
    void aPictureTheJdkCannotReadLeavesTheCoverTypographic() {
        BufferedImage img = draw(article("Ferry", ""), Bytes.copyOf(new byte[]{1, 2, 3}));
        assertEquals(Ink.RED, Ink.of(img.getRGB(800, 40)));
        assertEquals(Ink.WHITE, Ink.of(img.getRGB(800, 300)));
    }

    /**
     * Quality 0.82 scales the JPEG standard's quantization tables by 2 - 2 x 0.82 = 0.36: the
     * luminance table's first value, 16, becomes 6 (at the encoder's default, 0.75, it would be
     * 8). The table is the first DQT segment (FF DB): length, table number, then the values.
     */
    @Test
    void theCoverIsEncodedAtQuality82() {
        byte[] jpeg = jpeg(article("Ferry", ""), null);
        int at = 2;
        while ((jpeg[at] & 0xFF) == 0xFF && (jpeg[at + 1] & 0xFF) != 0xDB) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        assertEquals(0xDB, jpeg[at + 1] & 0xFF, "a quantization table");
        assertEquals(0, jpeg[at + 4] & 0xFF, "8-bit luminance table 0");
        assertEquals(6, jpeg[at + 5] & 0xFF);
    }
}
