package io.pressrun.typeset.font;

import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontFilesTest {
    private static final Colour BLACK = new Colour(0, 0, 0);

    @Test
    void everyFileTheBundledThemeNamesIsReadFamiliesAndFallbacksAlike() {
        FontFiles files = FontFiles.load(Theme.load(Templates.bundled()));
        files.checkAll();
        FontSet fonts = files.fontSet();
        assertEquals("NotoSerif-BoldItalic.ttf", fonts.face(new TextStyle("serif", true, true, 9, BLACK)).name());
        assertEquals("NotoSansMono-Regular.ttf", fonts.face(new TextStyle("mono", false, false, 9, BLACK)).name());
        List<String> faces = fonts.spans("a♞⭐", new TextStyle("sans", false, false, 9, BLACK), null).stream()
                .map(s -> s.face().name()).toList();
        assertEquals(List.of("NotoSans-Regular.ttf", "DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf"), faces);
        FontFace symbola = files.parse("Symbola.ttf");
        FontFace droid = files.parse("DroidSansFallbackFull.ttf");
        assertEquals("Symbola.ttf", symbola.name());
        assertEquals("DroidSansFallbackFull.ttf", droid.name());
        assertNotSame(symbola, files.parse("Symbola.ttf"), "parse makes a new face each time");
        assertSame(files.fontSet().face(new TextStyle("serif", false, false, 9, BLACK)),
                files.fontSet().face(new TextStyle("serif", false, false, 9, BLACK)), "one face per thread");
    }

    /**
     * A file is read when a face of it is first parsed: a theme whose fallback font is missing
     * sets Latin text in its main faces, and only the check of every file finds the missing one.
     */
    @Test
    void aFileIsReadWhenAFaceOfItIsFirstNeeded(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "fonts:\n  fallback:\n    - Missing.ttf\n");
        FontFiles files = FontFiles.load(Theme.load(Templates.withOverrides(dir)));
        List<String> faces = files.fontSet().spans("Harbour", new TextStyle("serif", false, false, 9, BLACK), null)
                .stream().map(s -> s.face().name()).toList();
        assertEquals(List.of("NotoSerif-Regular.ttf"), faces);
        var missing = assertThrows(ConfigurationException.class, files::checkAll);
        assertTrue(missing.getMessage().contains("'Missing.ttf'"), missing.getMessage());
    }

    private static byte[] directory(int size, String... tags) {
        ByteBuffer b = ByteBuffer.allocate(size);
        b.putInt(0, 0x00010000).putShort(4, (short) tags.length);
        for (int i = 0; i < tags.length; i++) {
            b.put(12 + 16 * i, tags[i].getBytes(StandardCharsets.US_ASCII));
        }
        return b.array();
    }

    private static String tagAt(byte[] font, int record) {
        return new String(font, 12 + 16 * record, 4, StandardCharsets.US_ASCII);
    }

    @Test
    void theGlyphSubstitutionTableIsRenamedInPlace() {
        byte[] font = directory(12 + 16 * 5, "cmap", "GSUA", "GSUB", "XSUB", "GPOS");
        assertSame(font, FontFiles.withoutGlyphSubstitution(font));
        assertEquals(List.of("cmap", "GSUA", "gsub", "XSUB", "GPOS"), List.of(tagAt(font, 0), tagAt(font, 1),
                tagAt(font, 2), tagAt(font, 3), tagAt(font, 4)));
        byte[] lookalikes = directory(12 + 16 * 4, "GSUa", "GSuB", "GsUB", "gSUB");
        byte[] copy = lookalikes.clone();
        FontFiles.withoutGlyphSubstitution(lookalikes);
        assertArrayEquals(copy, lookalikes);
    }

    @Test
    void theTableCountIsReadAsSixteenBits() {
        String[] tags = new String[257];
        Arrays.fill(tags, "name");
        tags[256] = "GSUB";
        byte[] font = FontFiles.withoutGlyphSubstitution(directory(12 + 16 * 257, tags));
        assertEquals("gsub", tagAt(font, 256));
    }

    @Test
    void aDirectoryCutShortIsReadAsFarAsItGoes() {
        byte[] font = directory(12 + 16 + 4, "cmap", "GSUB"); // the second record is cut after its tag
        FontFiles.withoutGlyphSubstitution(font);
        assertEquals("gsub", tagAt(font, 1));
        byte[] shorter = directory(12 + 16 + 3, "cmap", "GSU");
        assertArrayEquals(shorter.clone(), FontFiles.withoutGlyphSubstitution(shorter));
        byte[] tiny = {0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        assertArrayEquals(new byte[]{0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0}, FontFiles.withoutGlyphSubstitution(tiny));
    }

    @Test
    void onlyTheRecordsTheDirectoryCountsAreRenamed() {
        byte[] font = directory(12 + 16 * 2, "cmap", "GSUB");
        font[4] = 0;
        font[5] = 1; // one table: the bytes after its record, GSUB among them, are not a record
        byte[] copy = font.clone();
        FontFiles.withoutGlyphSubstitution(font);
        assertArrayEquals(copy, font);
    }

    @Test
    void theShapingEngineAppliesTheSubstitutionsHiddenFromFontbox() {
        // files of their own: the engine is made when first needed and kept by the files
        FontFace naskh = FontFiles.load(Theme.load(Templates.bundled())).parse("NotoNaskhArabic-Regular.ttf");
        int isolated = naskh.glyphId('\u0628');
        int[] gids = naskh.shape("\u0628\u0628\u0628", false, 1).gids(); // beh three times, joined
        assertEquals(3, gids.length);
        assertEquals(3, Arrays.stream(gids).distinct().count(), "final, medial and initial forms");
        for (int g : gids) {
            assertNotEquals(isolated, g, "a joined form, not the isolated letter");
        }
        // Arabic joins even from the presentation forms of the character map; a Devanagari
        // conjunct needs the font's own substitutions: ka, virama, ssa as one glyph, no virama shown
        FontFace devanagari = FontFiles.load(Theme.load(Templates.bundled())).parse("NotoSerifDevanagari-Regular.ttf");
        int virama = devanagari.glyphId('\u094D');
        int[] kssa = devanagari.shape("\u0915\u094D\u0937", false, 0).gids();
        assertEquals(1, kssa.length, Arrays.toString(kssa));
        assertNotEquals(virama, kssa[0]);
    }
}
