package io.pressrun.typeset.font;

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

/** {@code word-space.<family>} in the theme: each family's word space, as TeX's fontdimens are per face. */
class WordSpaceTest {
    @Test
    void theBundledSerifHasAWiderSpaceThatShrinksByHalfAndTheSansItsFacesOwn() {
        Theme theme = Theme.load(Templates.bundled());
        assertEquals(new WordSpace(0.28f, 0.3333f, 0.5f), WordSpace.of(theme, "serif"));
        assertEquals(new WordSpace(0, 0.3333f, 0.4f), WordSpace.of(theme, "sans"));
        FontFace noto = TestFonts.load("NotoSerif-Regular.ttf");
        assertEquals(2.8f, WordSpace.of(theme, "serif").points(noto, 10), 1e-5f, "0.28 em at 10 pt");
        assertEquals(noto.width(" ", 10), new WordSpace(0, 0.3333f, 0.4f).points(noto, 10), 1e-5f,
                "width 0: the face's own space");
    }

    @Test
    void aFamilyWithoutASettingHasTheDefault(@TempDir Path dir) {
        TestFiles.write(dir, "theme.yaml", "fonts:\n  hand:\n    regular: NotoSerif-Italic.ttf\n");
        assertEquals(WordSpace.DEFAULT, WordSpace.of(Theme.load(Templates.withOverrides(dir)), "hand"));
    }

    @Test
    void aSpaceThatWouldShrinkPastNothingIsRefusedAtItsLine(@TempDir Path dir) {
        TestFiles.write(dir, "theme.yaml", "# text\nword-space:\n  serif: {width: 0.3, stretch: 0.5, shrink: 1.5}\n");
        Theme theme = Theme.load(Templates.withOverrides(dir));
        var e = assertThrows(ConfigurationException.class, () -> WordSpace.of(theme, "serif"));
        assertTrue(e.getMessage().contains("'word-space.serif' must give a width from 0 to 1 em"), e.getMessage());
        assertTrue(e.getMessage().contains("theme.yaml:3"), () -> "at its line: " + e.getMessage());
    }
}
