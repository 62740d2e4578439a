package io.pressrun.typeset.font;

import io.pressrun.model.ErrorWords;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Theme;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fonts the theme names: every file read once, when first needed, and parsed once per
 * thread. A name is a path relative to the {@code --templates} folder, else the name of a
 * bundled font (classpath {@code /fonts/}); nothing else is opened ({@link FontLocator}). A
 * parsed font reads its tables lazily, so it is never shared between threads; one thread reuses
 * it for every article it sets. Thread-safe: one instance serves a batch.
 *
 * <p>The fallback fonts are most of the bundled fonts' 17 MB and most articles need none of
 * them, so a file is read only when a face of it is first parsed: a run that sets Latin text
 * reads the few files of its main faces. {@link #checkAll} reads and parses all of them.
 */
public final class FontFiles {
    private final Theme theme;
    private final FontLocator locator;
    /** The setting that first named each file, in the theme's order: the files there are. */
    private final Map<String, String> keys;
    /** Each file's bytes, read when a face of it is first parsed. */
    private final Map<String, byte[]> bytes = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, FontFace>> parsed = ThreadLocal.withInitial(HashMap::new);
    /** The shaping engine on each file, made when a text first needs it; shared by every thread. */
    private final Map<String, ComplexShaping> shaping = new java.util.concurrent.ConcurrentHashMap<>();

    private FontFiles(Theme theme, FontLocator locator, Map<String, String> keys) {
        this.theme = theme;
        this.locator = locator;
        this.keys = keys;
    }

    /** The font files named in the theme's {@code fonts}; a file is read when first needed. */
    public static FontFiles load(Theme theme) {
        Map<String, String> keys = new LinkedHashMap<>();
        Object fonts = theme.value("fonts");
        if (!(fonts instanceof Map<?, ?> families)) {
            throw theme.problem("fonts", "'fonts' must list font families (serif, sans, mono, fallback)");
        }
        for (var family : families.entrySet()) {
            String prefix = "fonts." + family.getKey() + ".";
            if (family.getValue() instanceof Map<?, ?> variants) {
                for (var variant : variants.keySet()) {
                    String key = prefix + variant;
                    keys.putIfAbsent(theme.string(key), key);
                }
            } else if (family.getValue() instanceof List<?>) {
                List<String> files = theme.strings("fonts." + family.getKey());
                for (int i = 0; i < files.size(); i++) {
                    keys.putIfAbsent(files.get(i), prefix + i);
                }
            }
        }
        return new FontFiles(theme, new FontLocator(theme), java.util.Collections.unmodifiableMap(keys));
    }

    /**
     * Parses every font file once and reads what layout reads first (character map, metrics,
     * kerning and ligature tables), so that a file that is no usable font is reported before
     * any article is set, naming the file and the setting.
     */
    public void checkAll() {
        Map<String, FontFace> faces = parsed.get(); // kept: this thread's layouts reuse them
        for (String name : keys.keySet()) {
            faces.computeIfAbsent(name, this::parse).advanceWidth(" ", 10);
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
        rename(font, "GSUB", "gsub");
        return font;
    }

    /** Renames the table {@code from} to {@code to} (four letters each) in the font's table directory. */
    private static void rename(byte[] font, String from, String to) {
        if (font.length < 12) {
            return;
        }
        int tables = (font[4] & 0xff) << 8 | font[5] & 0xff;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= font.length && font[at] == from.charAt(0) && font[at + 1] == from.charAt(1)
                    && font[at + 2] == from.charAt(2) && font[at + 3] == from.charAt(3)) {
                for (int k = 0; k < 4; k++) {
                    font[at + k] = (byte) to.charAt(k);
                }
            }
        }
    }

    /** The theme's fonts for this thread: faces parsed when first needed, then kept. */
    public FontSet fontSet() {
        Map<String, FontFace> faces = parsed.get();
        return new FontSet(theme, name -> faces.computeIfAbsent(name, this::parse));
    }

    /** A new face for the font file {@code name}, parsed now. */
    FontFace parse(String name) {
        try {
            // fontbox sees no GSUB table (withoutGlyphSubstitution renamed it): its glyph substitution
            // cannot change glyphs the layout measured; the layout chooses ligatures itself
            // (FontFace.shape) and the painter shows them by glyph ID.
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(get(name)));
            float unitsPerEm = f.getUnitsPerEm();
            return new FontFace(name, f, () -> shaping.computeIfAbsent(name, n -> shaping(n, unitsPerEm)));
        } catch (IOException e) {
            throw unusable(name, e);
        } catch (UncheckedIOException e) {
            throw unusable(name, e.getCause());
        } catch (ConfigurationException e) {
            throw e;
        } catch (IllegalStateException e) {
            throw unusable(name, e);
        }
    }

    /** The shaping engine on the file {@code name}, with the glyph substitutions it applies restored. */
    private ComplexShaping shaping(String name, float unitsPerEm) {
        byte[] font = get(name).clone();
        rename(font, "gsub", "GSUB");
        try {
            java.awt.Font awt = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                    new java.io.ByteArrayInputStream(font));
            return new ComplexShaping(awt.deriveFont(unitsPerEm));
        } catch (java.awt.FontFormatException | IOException e) {
            throw unusable(name, e);
        }
    }

    private ConfigurationException unusable(String name, Throwable e) {
        return theme.problem(keys.getOrDefault(name, "fonts"), "font file '" + name
                + "' cannot be used as a TrueType font (" + ErrorWords.clean(e.getMessage())
                + "); name a TrueType font file (.ttf)", e);
    }

    /** The file's bytes, read when first asked for; the caller must not modify them. */
    private byte[] get(String name) {
        String key = keys.get(name);
        if (key == null) {
            throw new IllegalStateException("font '" + name + "' is not named in theme.yaml");
        }
        return bytes.computeIfAbsent(name, n -> withoutGlyphSubstitution(locator.read(key, n)));
    }
}
