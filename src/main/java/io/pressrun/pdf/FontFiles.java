package io.pressrun.pdf;

import io.pressrun.style.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of every font file the theme names, read once. A name is looked up among the
 * bundled fonts (classpath {@code /fonts/}) unless it is a path to an existing file.
 * Immutable, so it can be shared between threads.
 */
final class FontFiles {
    private final Map<String, byte[]> bytes;

    private FontFiles(Map<String, byte[]> bytes) {
        this.bytes = bytes;
    }

    static FontFiles load(Theme theme) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Object fonts = theme.value("fonts");
        if (!(fonts instanceof Map<?, ?> families)) {
            throw new IllegalStateException("theme.yaml: 'fonts' must be a mapping");
        }
        for (var family : families.entrySet()) {
            if (family.getValue() instanceof Map<?, ?> variants) {
                for (Object file : variants.values()) {
                    out.computeIfAbsent(String.valueOf(file), FontFiles::read);
                }
            } else if (family.getValue() instanceof List<?> files) {
                for (Object file : files) {
                    out.computeIfAbsent(String.valueOf(file), FontFiles::read);
                }
            }
        }
        return new FontFiles(Map.copyOf(out));
    }

    private static byte[] read(String name) {
        try {
            Path p = Path.of(name);
            if (p.isAbsolute() || name.contains("/")) {
                if (Files.isRegularFile(p)) {
                    return withoutGlyphSubstitution(Files.readAllBytes(p));
                }
            }
            try (InputStream in = FontFiles.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("theme.yaml: font file '" + name + "' not found");
                }
                return withoutGlyphSubstitution(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    /**
     * Hides the font's GSUB table from fontbox by renaming it in the table directory: fontbox
     * would otherwise apply substitutions when text is shown, changing the glyphs the layout
     * measured, and parsing a large GSUB table was most of the time spent loading a font.
     * Pressrun reads the standard ligatures from the renamed table itself
     * ({@link io.pressrun.typeset.GsubLigatures}). Embedded subsets never carry the table.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = (font[4] & 0xff) << 8 | font[5] & 0xff;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= font.length && font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U'
                    && font[at + 3] == 'B') {
                font[at] = 'g';
                font[at + 1] = 's';
                font[at + 2] = 'u';
                font[at + 3] = 'b';
            }
        }
        return font;
    }

    /** The file's bytes; the caller must not modify them. */
    byte[] get(String name) {
        byte[] b = bytes.get(name);
        if (b == null) {
            throw new IllegalStateException("font '" + name + "' is not named in theme.yaml");
        }
        return b;
    }
}
