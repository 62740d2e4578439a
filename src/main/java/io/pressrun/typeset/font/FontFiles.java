package io.pressrun.typeset.font;

import io.pressrun.style.Theme;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts the theme names: every file read once, and parsed once per thread. A name is
 * looked up among the bundled fonts (classpath {@code /fonts/}) unless it is a path to an
 * existing file. A parsed font reads its tables lazily, so it is never shared between threads;
 * one thread reuses it for every article it sets. Thread-safe: one instance serves a batch.
 */
public final class FontFiles {
    private final Theme theme;
    private final Map<String, byte[]> bytes;
    private final ThreadLocal<Map<String, FontFace>> parsed = ThreadLocal.withInitial(HashMap::new);

    private FontFiles(Theme theme, Map<String, byte[]> bytes) {
        this.theme = theme;
        this.bytes = bytes;
    }

    /** Reads every font file named in the theme's {@code fonts}. */
    public static FontFiles load(Theme theme) {
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
        return new FontFiles(theme, Map.copyOf(out));
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
     * ({@link io.pressrun.typeset.font.GsubLigatures}). Embedded subsets never carry the table.
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

    /** The theme's fonts for this thread: faces parsed when first needed, then kept. */
    public FontSet fontSet() {
        Map<String, FontFace> faces = parsed.get();
        return new FontSet(theme, name -> faces.computeIfAbsent(name, this::parse));
    }

    /** A new face for the font file {@code name}, parsed now. */
    FontFace parse(String name) {
        try {
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(get(name)));
            // fontbox's glyph substitution would change glyphs the layout measured; the layout
            // chooses ligatures itself (FontFace.shape) and the painter shows them by glyph ID.
            f.setEnableGsub(false);
            return new FontFace(name, f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    /** The file's bytes; the caller must not modify them. */
    private byte[] get(String name) {
        byte[] b = bytes.get(name);
        if (b == null) {
            throw new IllegalStateException("font '" + name + "' is not named in theme.yaml");
        }
        return b;
    }
}
