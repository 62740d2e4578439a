package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.source.InputLimits;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Paper;
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
import java.util.Optional;
import java.util.Set;

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
     * A user's folder is checked at the start, its mistakes pointed at with their line: here a
     * font for a script that no sample article would ever show.
     */
    @Test
    void aThemeMistakeIsNamedAtItsLine() {
        var ctx = withTheme("# my fonts\nfonts:\n  scripts:\n    klingon: DejaVuSans.ttf\n");
        var e = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.check(ctx));
        assertEquals(dir.resolve("theme.yaml"), e.diagnostic().file());
        assertEquals(4, e.diagnostic().line());
        assertTrue(e.diagnostic().message().startsWith("'klingon' is not a Unicode script name"),
                e.diagnostic().message());
    }

    /**
     * The labels of a language the sample article is not in are checked too; a hidden file (an
     * editor's copy, say) is not a language.
     */
    @Test
    void theLabelsOfEachLanguageOfTheFolderAreChecked() {
        TestFiles.write(dir, "labels/.de.yaml", "# German, being edited\nbyline: \"Von ${autoren}\"\n");
        TestFiles.write(dir, "labels/de.yaml", "# German\nbyline: \"Von ${names}\"\n");
        assertDoesNotThrow(() -> ConfigurationCheck.checkAll(BuildContext.defaults(Paper.A4, Templates.withOverrides(dir))));
        TestFiles.write(dir, "labels/de.yaml", "# German\nbyline: \"Von ${autoren}\"\n");
        var ctx = BuildContext.defaults(Paper.A4, Templates.withOverrides(dir));
        var e = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.checkAll(ctx));
        assertEquals(dir.resolve("labels/de.yaml"), e.diagnostic().file());
        assertEquals(2, e.diagnostic().line());
        assertEquals("label 'byline': 'autoren' is missing or has no value; a label may use only the placeholders its"
                + " bundled version uses", e.diagnostic().message());
    }

    /** The EPUB's templates are checked when the EPUB is built, and only then. */
    @Test
    void theEpubTemplatesAreCheckedForAnEpubBuildOnly() {
        TestFiles.write(dir, "epub/nav.xhtml.ftl", "<#ftl output_format=\"XML\">\n<html>\n${noSuch.value}</html>\n");
        Templates templates = Templates.withOverrides(dir);
        var e = assertThrows(ConfigurationException.class,
                () -> ConfigurationCheck.checkAll(BuildContext.defaults(Paper.A4, templates)));
        assertEquals(dir.resolve("epub/nav.xhtml.ftl"), e.diagnostic().file());
        assertEquals(3, e.diagnostic().line());
        var pdfOnly = new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                InputLimits.DEFAULT, templates, Theme.load(templates));
        assertDoesNotThrow(() -> ConfigurationCheck.checkAll(pdfOnly));
    }

    /**
     * A font for a script the sample article does not have, whose character map is blank (its
     * table directory sound), is found all the same, and named where the theme names it.
     */
    @Test
    void aFontWithoutCharacterMapForAnotherScriptIsNamed() throws IOException {
        byte[] font = Files.readAllBytes(Path.of("fonts/NotoSerifThai-Regular.ttf"));
        TestFiles.write(dir, "blank.ttf", font);
        assertDoesNotThrow(() -> ConfigurationCheck.checkAll(withTheme("fonts:\n  scripts:\n    thai: blank.ttf\n")),
                "the font as it is");
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
        TestFiles.write(dir, "mono.ttf", font);
        assertDoesNotThrow(() -> ConfigurationCheck.checkAll(withTheme("fonts:\n  mono:\n    regular: mono.ttf\n")),
                "the font as it is");
        ByteBuffer.wrap(font).putShort(table(font, "OS/2")[0] + 8, (short) 2); // fsType: restricted licence embedding
        TestFiles.write(dir, "mono.ttf", font);
        var ctx = withTheme("fonts:\n  mono:\n    regular: mono.ttf\n");
        var e = assertThrows(ConfigurationException.class, () -> ConfigurationCheck.checkAll(ctx));
        assertEquals(dir, e.diagnostic().file());
        assertTrue(e.diagnostic().message().startsWith("the theme cannot set a sample article (")
                && e.diagnostic().message().contains("embedding"), e.diagnostic().message());
    }
}
