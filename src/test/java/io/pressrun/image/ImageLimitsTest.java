package io.pressrun.image;

import io.pressrun.TestFiles;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picture limits come from theme.yaml; a value out of range is reported where it is written. */
class ImageLimitsTest {

    @Test
    void theBundledThemeSetsTheLimits() {
        ImageLimits limits = ImageLimits.fromTheme(Theme.load(Templates.bundled()));
        assertEquals(new ImageLimits(1920, 300, 450, 0.9f), limits);
    }

    @Test
    void aValueOutOfRangeIsReportedAtItsLine(@TempDir Path dir) {
        for (String[] bad : new String[][] {{"jpeg-quality: 2", "'images.jpeg-quality' must be more than 0 and at most 1"},
                {"epub-max-pixels: 0", "'images.epub-max-pixels' must be a whole number of pixels"},
                {"epub-max-pixels: 1000.5", "'images.epub-max-pixels' must be a whole number of pixels"},
                {"pdf-max-ppi: -300", "'images.pdf-max-ppi' must be more than 0"},
                {"pdf-resample-above-ppi: 200", "'images.pdf-resample-above-ppi' must be at least 'images.pdf-max-ppi'"}}) {
            TestFiles.write(dir, "theme.yaml", "# pictures\nimages:\n  " + bad[0] + "\n");
            Theme theme = Theme.load(Templates.withOverrides(dir));
            var e = assertThrows(ConfigurationException.class, () -> ImageLimits.fromTheme(theme));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
            assertTrue(e.getMessage().contains("theme.yaml:3"), () -> "at its line: " + e.getMessage());
        }
    }
}
