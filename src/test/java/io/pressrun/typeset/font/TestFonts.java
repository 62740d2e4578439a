package io.pressrun.typeset.font;

import io.pressrun.style.Templates;
import io.pressrun.style.Theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled theme's fonts, loaded the way editions load them, for layout tests; and Charis
 * SIL, bundled but not named by the bundled theme, as a theme that makes it the serif loads it.
 */
public final class TestFonts {
    private static final FontFiles FILES = FontFiles.load(Theme.load(Templates.bundled()));
    private static final FontFiles CHARIS = charis();

    private TestFonts() {
    }

    /** This thread's font set of the bundled theme. */
    public static FontSet fontSet() {
        return FILES.fontSet();
    }

    /** A bundled font file, freshly parsed. */
    static FontFace load(String name) {
        return name.startsWith("CharisSIL-") ? CHARIS.parse(name) : FILES.parse(name);
    }

    private static FontFiles charis() {
        try {
            Path dir = Files.createTempDirectory("charis-theme");
            Files.writeString(dir.resolve("theme.yaml"), "# Charis SIL as the serif\nfonts:\n  serif:\n"
                    + "    regular: CharisSIL-Regular.ttf\n    italic: CharisSIL-Italic.ttf\n"
                    + "    bold: CharisSIL-Bold.ttf\n    bold-italic: CharisSIL-BoldItalic.ttf\n");
            FontFiles files = FontFiles.load(Theme.load(Templates.withOverrides(dir)));
            Files.delete(dir.resolve("theme.yaml"));
            Files.delete(dir);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
