package io.pressrun.typeset.font;

import io.pressrun.style.Templates;
import io.pressrun.style.Theme;

/** The bundled theme's fonts, loaded the way editions load them, for layout tests. */
public final class TestFonts {
    private static final FontFiles FILES = FontFiles.load(Theme.load(Templates.bundled()));

    private TestFonts() {
    }

    /** This thread's font set of the bundled theme. */
    public static FontSet fontSet() {
        return FILES.fontSet();
    }

    /** A bundled font file, freshly parsed. */
    static FontFace load(String name) {
        return FILES.parse(name);
    }
}
