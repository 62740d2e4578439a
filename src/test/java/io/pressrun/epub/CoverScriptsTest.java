package io.pressrun.epub;

import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles in scripts the cover's own faces lack are drawn in a bundled face of their script, not
 * as boxes; a right-to-left title's lines end at the right margin. The cover is 1600 pixels wide
 * with margins of 130; without a lead picture the title's first line starts at 520.
 */
class CoverScriptsTest {
    private static final Labels EN = Labels.forLanguage(Templates.bundled(), "en");
    private static final CoverImage.Look LOOK = new CoverImage.Look(Color.BLACK, Color.RED, Color.BLUE);
    private static final int TITLE_TOP = 500;
    private static final int TITLE_BOTTOM = 2280;

    private static BufferedImage cover(String title) throws IOException {
        Article article = SampleArticles.withBody(title, List.of());
        return ImageIO.read(new ByteArrayInputStream(CoverImage.render(article, null, EN, LOOK)));
    }

    private static boolean dark(int rgb) {
        return (rgb >> 16 & 0xFF) < 90 && (rgb >> 8 & 0xFF) < 90 && (rgb & 0xFF) < 90;
    }

    /** The leftmost and the rightmost column with dark pixels in the title's rows. */
    private static int[] inkColumns(BufferedImage img) {
        int left = img.getWidth();
        int right = -1;
        for (int y = TITLE_TOP; y < TITLE_BOTTOM; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (dark(img.getRGB(x, y))) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }

    private static boolean sameTitleArea(BufferedImage a, BufferedImage b) {
        for (int y = TITLE_TOP; y < TITLE_BOTTOM; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Boxes for letters a face lacks all look alike: titles of as many different letters would draw the same. */
    @ParameterizedTest
    @CsvSource({"Devanagari, कखग, घचछ", "Bengali, কখগ, ঘচছ", "Thai, กขค, งจฉ", "Hebrew, אבג, דהו",
        "Arabic, ب ت ث, ج ح خ", "Hangul, 국립관, 도서실"})
    void differentLettersOfAScriptDrawDifferently(String script, String one, String other) throws IOException {
        BufferedImage a = cover(one);
        assertTrue(inkColumns(a)[1] > 0, script + ": the title is drawn");
        assertFalse(sameTitleArea(a, cover(other)), script + ": '" + one + "' and '" + other
                + "' are drawn alike, as boxes");
    }

    @Test
    void aRightToLeftTitleEndsAtTheRightMarginAndALeftToRightOneStartsAtTheLeft() throws IOException {
        int[] arabic = inkColumns(cover("المكتبة الوطنية"));
        assertTrue(arabic[1] > 1600 - 130 - 40 && arabic[1] <= 1600 - 130 + 5, "ends at the right margin: " + arabic[1]);
        assertTrue(arabic[0] > 130 + 200, "a short line leaves the left side free: " + arabic[0]);
        int[] english = inkColumns(cover("The library"));
        assertEquals(130, english[0], 15, "starts at the left margin: " + english[0]);
        assertTrue(english[1] < 1600 - 130 - 200, "a short line leaves the right side free: " + english[1]);
    }
}
