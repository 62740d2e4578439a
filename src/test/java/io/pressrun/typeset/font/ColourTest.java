package io.pressrun.typeset.font;

import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColourTest {
    @Test
    void aThemeColourReadBackAsHex() {
        Colour accent = Colour.fromTheme(Theme.load(Templates.bundled()), "colours.accent");
        // #9b1c1c: 155, 28 and 28 of 255
        assertEquals(155 / 255f, accent.red(), 1e-6f);
        assertEquals(28 / 255f, accent.green(), 1e-6f);
        assertEquals(28 / 255f, accent.blue(), 1e-6f);
        assertEquals("#9b1c1c", accent.hex());
        assertEquals("#ff8000", new Colour(1, 0.5f, 0).hex(), "0.5 of 255 rounds up to 128");
        assertEquals("#000102", new Colour(0, 1 / 255f, 2 / 255f).hex());
    }
}
