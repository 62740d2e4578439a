package io.pressrun.typeset;

import io.pressrun.TestFiles;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.pressrun.typeset.linebreak.Expansion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code body.expansion} in the theme: percent of a glyph's width; on in the bundled theme, off when left out. */
class ExpansionThemeTest {
    @Test
    void theBundledThemeExpandsByTwoPercentInHalfPercentSteps() {
        assertEquals(new Expansion(0.02f, 0.02f, 0.005f), Typesetter.expansion(Theme.load(Templates.bundled())));
    }

    @Test
    void otherLimitsAreRead(@TempDir Path dir) {
        TestFiles.write(dir, "theme.yaml", "body:\n  expansion:\n    stretch: 1.5\n    shrink: 1\n    step: 0.25\n");
        assertEquals(new Expansion(0.015f, 0.01f, 0.0025f),
                Typesetter.expansion(Theme.load(Templates.withOverrides(dir))));
    }

    @Test
    void limitsThatWouldDistortTheLettersAreRefusedAtTheirLine(@TempDir Path dir) {
        TestFiles.write(dir, "theme.yaml", "# text\nbody:\n  expansion:\n    stretch: 8\n    shrink: 2\n    step: 0.5\n");
        Theme theme = Theme.load(Templates.withOverrides(dir));
        var e = assertThrows(ConfigurationException.class, () -> Typesetter.expansion(theme));
        assertTrue(e.getMessage().contains("'body.expansion' must give stretch and shrink from 0 to 5"), e.getMessage());
        assertTrue(e.getMessage().contains("theme.yaml:3"), () -> "at its line: " + e.getMessage());
        assertTrue(e.getMessage().contains("not 8.0, 2.0 and 0.5"), () -> "the values given: " + e.getMessage());
    }
}
