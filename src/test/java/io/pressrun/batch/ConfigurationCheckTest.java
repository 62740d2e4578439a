package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled configuration passes every check a user's templates folder is put through; a
 * build without a templates folder relies on this instead of checking it at every start. A
 * font that only some articles would use, or that only painting the PDF reads, fails it.
 */
class ConfigurationCheckTest {
    @TempDir
    Path dir;

    @Test
    void theBundledConfigurationPassesOnBothPapers() {
        for (Paper paper : Paper.values()) {
            assertDoesNotThrow(() -> ConfigurationCheck.checkAll(BuildContext.defaults(paper, Templates.bundled())),
                    paper.toString());
        }
    }

    private BuildContext withTheme(String themeYaml) {
        TestFiles.write(dir, "theme.yaml", themeYaml);
        return BuildContext.defaults(Paper.A4, Templates.withOverrides(dir));
    }

    /**
     * A font for a script the sample article does not have, whose character map is blank (its
     * table directory sound), is found all the same, and named where the theme names it.
     */
    @Test
    void aFontWithoutCharacterMapForAnotherScriptIsNamed() throws IOException {
        byte[] font = Files.readAllBytes(Path.of("fonts/NotoSerifThai-Regular.ttf"));
        int[] cmap = table(font, "cmap");
        Arrays.fill(font, cmap[0], cmap[0] + cmap[1], (byte) 0);
        TestFiles.write(dir, "blank.ttf", font);
        var ctx = withTheme("fonts:\n  scripts:\n    thai: blank.ttf\n");
        var e = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.checkAll(ctx));
        assertEquals(dir.resolve("theme.yaml"), e.diagnostic().file());
        assertEquals(3, e.diagnostic().line());
        assertTrue(e.diagnostic().message().startsWith("font file 'blank.ttf' cannot be used as a TrueType font (font"
                + " blank.ttf has no Unicode character map)"), e.diagnostic().message());
    }

    /** The offset and length of the table {@code tag} in a TrueType font's table directory. */
    private static int[] table(byte[] font, String tag) {
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (new String(font, record, 4, StandardCharsets.US_ASCII).equals(tag)) {
                return new int[] {b.getInt(record + 8), b.getInt(record + 12)};
            }
        }
        throw new AssertionError("no '" + tag + "' table");
    }

    /**
     * A font whose licence forbids embedding it (OS/2 fsType 2, restricted) can be measured but
     * not put in a PDF: the check paints the sample article and says so, blaming the folder.
     */
    @Test
    void aFontThatMayNotBeEmbeddedFailsTheCheckOfAPdfBuild() throws IOException {
        byte[] font = Files.readAllBytes(Path.of("fonts/NotoSansMono-Regular.ttf"));
        ByteBuffer.wrap(font).putShort(table(font, "OS/2")[0] + 8, (short) 2); // fsType: restricted licence embedding
        TestFiles.write(dir, "mono.ttf", font);
        var ctx = withTheme("fonts:\n  mono:\n    regular: mono.ttf\n");
        var e = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.checkAll(ctx));
        assertEquals(dir, e.diagnostic().file());
        assertTrue(e.diagnostic().message().startsWith("the theme cannot set a sample article (")
                && e.diagnostic().message().contains("embedding"), e.diagnostic().message());
    }
}
