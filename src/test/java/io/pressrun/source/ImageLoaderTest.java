package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Image;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An image is checked against the pixel budget before it is decoded, and decoded once. */
class ImageLoaderTest {
    private static final Path ARTICLE = Path.of("news", "story.md");
    private static final AssetResolver PNG_40_BY_30 = AssetResolver.of(Map.of("lead.png", TestFiles.png(40, 30)));

    private static ImageLoader loader(long pixels) {
        return new ImageLoader(ARTICLE, new InputLimits(1 << 20, 1 << 20, pixels), PNG_40_BY_30);
    }

    @Test
    void anImageWithinThePixelBudgetIsLoaded() {
        Image image = loader(40 * 30).load("lead.png", 3, "A ferry", "", "");
        assertEquals(List.of(40, 30), List.of(image.width(), image.height()));
    }

    @Test
    void anImageOnePixelOverTheBudgetIsRefusedWithItsSize() {
        var e = assertThrows(ArticleException.class, () -> loader(40 * 30 - 1).load("lead.png", 7, "A ferry", "", ""));
        assertEquals(7, e.diagnostic().line());
        assertEquals("image 'lead.png' is 40×30 pixels, over the budget of 1,199 pixels that is safe to decode;"
                + " scale it down", e.diagnostic().message());
    }

    @Test
    void aFileUsedTwiceIsDecodedOnce() {
        ImageLoader loader = loader(40 * 30);
        Image first = loader.load("lead.png", 3, "A ferry", "", "");
        Image again = loader.load("./lead.png", 9, "A ferry", "", "");
        assertSame(first.data(), again.data(), "the second use shares the first one's pixels");
    }
}
