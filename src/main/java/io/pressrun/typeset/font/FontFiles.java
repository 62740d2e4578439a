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
 * The fonts the theme names: every file read once, and parsed once per thread. A name is a
 * path relative to the {@code --templates} folder, else the name of a bundled font (classpath
 * {@code /fonts/}); nothing else is opened ({@link FontLocator}). A parsed font reads its tables
 * lazily, so it is never shared between threads; one thread reuses it for every article it
 * sets. Thread-safe: one instance serves a batch.
 */
public final class FontFiles {
    private final Theme theme;
    private final Map<String, byte[]> bytes;
    /** The setting that first named each file, for messages. */
    private final Map<String, String> keys;
    private final ThreadLocal<Map<String, FontFace>> parsed = ThreadLocal.withInitial(HashMap::new);
    /** The shaping engine on each file, made when a text first needs it; shared by every thread. */
    private final Map<String, ComplexShaping> shaping = new java.util.concurrent.ConcurrentHashMap<>();

    private FontFiles(Theme theme, Map<String, byte[]> bytes, Map<String, String> keys) {
        this.theme = theme;
        this.bytes = bytes;
        this.keys = keys;
    }

    /** Reads every font file named in the theme's {@code fonts}. */
    public static FontFiles load(Theme theme) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        FontLocator locator = new FontLocator(theme);
        Object fonts = theme.value("fonts");
        if (!(fonts instanceof Map<?, ?> families)) {
            throw theme.problem("fonts", "'fonts' must list font families (serif, sans, mono, fallback)");
        }
        for (var family : families.entrySet()) {
            String prefix = "fonts." + family.getKey() + ".";
            if (family.getValue() instanceof Map<?, ?> variants) {
                for (var variant : variants.keySet()) {
                    String key = prefix + variant;
                    add(locator, key, theme.string(key), out, keys);
                }
            } else if (family.getValue() instanceof List<?>) {
                List<String> files = theme.strings("fonts." + family.getKey());
                for (int i = 0; i < files.size(); i++) {
                    add(locator, prefix + i, files.get(i), out, keys);
                }
            }
        }
        return new FontFiles(theme, Map.copyOf(out), Map.copyOf(keys));
    }

    private static void add(FontLocator locator, String key, String name, Map<String, byte[]> out,
                            Map<String, String> keys) {
        if (!out.containsKey(name)) {
            out.put(name, withoutGlyphSubstitution(locator.read(key, name)));
            keys.put(name, key);
        }
    }

    /**
     * Parses every font file once and reads what layout reads first (character map, metrics,
     * kerning and ligature tables), so that a file that is no usable font is reported before
     * any article is set, naming the file and the setting.
     */
    public void checkAll() {
        Map<String, FontFace> faces = parsed.get(); // kept: this thread's layouts reuse them
        for (String name : bytes.keySet()) {
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

    /** The file's bytes; the caller must not modify them. */
    private byte[] get(String name) {
        byte[] b = bytes.get(name);
        if (b == null) {
            throw new IllegalStateException("font '" + name + "' is not named in theme.yaml");
        }
        return b;
    }
}
