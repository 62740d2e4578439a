package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A configuration that cannot be used (theme, labels, templates, fonts, output folder) is one
 * message pointing into the file that has the problem, and exit code 2, before any article is
 * built; never once per article. Every run's stderr is checked for Java class names
 * ({@link BuildCommandTest#run}).
 */
class ConfigurationErrorsTest {
    @TempDir
    Path dir;

    /** Three good articles in {@code in/}. */
    private Path batch() {
        for (String name : List.of("alpha", "beta", "gamma")) {
            TestFiles.write(dir, "in/" + name + ".md", FRONT + "\nBody of " + name + ".\n");
        }
        return dir.resolve("in");
    }

    private Path custom() {
        return dir.resolve("custom");
    }

    private BuildCommandTest.Run build(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        args.add(batch().toString());
        return BuildCommandTest.run(args.toArray(String[]::new));
    }

    private BuildCommandTest.Run withTheme(String themeYaml) {
        TestFiles.write(custom(), "theme.yaml", themeYaml);
        return build("--templates", custom().toString());
    }

    /** Exit code 2, stderr exactly one line, and nothing written. */
    private static void assertOneMessage(BuildCommandTest.Run r, String expectedLine) {
        assertEquals(2, r.code(), r.err());
        assertEquals(expectedLine + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadThemeColourIsOneMessageWithTheLineNotOnePerArticle() {
        var r = withTheme("# my colours\ncolours:\n  accent: \"#00ff\"\n");
        assertOneMessage(r, custom().resolve("theme.yaml") + ":3: error: 'colours.accent' must be a colour written"
                + " \"#rrggbb\", like \"#1a1a1a\", not '#00ff'");
        assertFalse(Files.exists(dir.resolve("out")), "nothing is made when the configuration cannot be used");
    }

    @Test
    void themeMistakesPointAtTheirLine() {
        String theme = custom().resolve("theme.yaml").toString();
        assertOneMessage(withTheme("body:\n  size: big\n"),
                theme + ":2: error: 'body.size' must be a number, like 9.75 in the bundled theme.yaml, not 'big'");
        assertOneMessage(withTheme("pdf:\n  title: {colour: acent}\n"),
                theme + ":2: error: 'pdf.title.colour' names the colour 'acent', which 'colours' does not define;"
                        + " use one of text, muted, accent, rule, link");
        assertOneMessage(withTheme("pdf:\n  title:\n    font: sarif\n"),
                theme + ":3: error: 'pdf.title.font' names the font family 'sarif', which 'fonts' does not define;"
                        + " use one of serif, sans, mono");
        assertOneMessage(withTheme("fonts:\n  scripts:\n    klingon: Symbola.ttf\n"),
                theme + ":3: error: 'klingon' is not a Unicode script name; name scripts as Unicode does, such as"
                        + " hebrew, arabic, devanagari, thai, hangul");
        assertOneMessage(withTheme("colours:\n  text: \"#000000\"\n  text: \"#111111\"\n"),
                theme + ":3: error: 'colours.text' is given twice (first on line 2); keep one");
        var yaml = withTheme("body:\n  size: [12\n");
        assertEquals(2, yaml.code(), yaml.err());
        assertTrue(yaml.err().startsWith(theme + ":3: error: invalid YAML: "), yaml.err());
        var margins = withTheme("page:\n  margin-inner: 300\n  margin-outer: 300\n");
        assertTrue(margins.err().startsWith(theme + ":2: error: the page margins leave a text block -5 points wide"
                + " on A4 paper"), margins.err());
    }

    @Test
    void anOutputFolderThatIsAFileIsOneMessage() {
        Path file = TestFiles.write(dir, "out", "a file where the output folder should be");
        var r = BuildCommandTest.run("build", "--out", file.toString(), batch().toString());
        assertOneMessage(r, file + ": error: the output folder is a file, not a folder;"
                + " choose a folder you can write to with --out");
        Path inside = file.resolve("editions");
        var under = BuildCommandTest.run("build", "--out", inside.toString(), batch().toString());
        assertOneMessage(under, inside + ": error: cannot make the output folder: " + file.toAbsolutePath()
                + " is a file, not a folder; choose a folder you can write to with --out");
    }

    @Test
    void aReportWhoseFolderIsAFileIsOneMessage() {
        Path file = TestFiles.write(dir, "reports", "a file where the report's folder should be");
        Path report = file.resolve("report.json");
        var r = build("--report", report.toString());
        assertOneMessage(r, file + ": error: the report's folder is a file, not a folder;"
                + " choose a folder you can write to with --report");
        Path junit = file.resolve("results.xml");
        assertOneMessage(build("--junit", junit.toString()), file + ": error: the report's folder is a file, not a"
                + " folder; choose a folder you can write to with --junit");
    }

    /** Fails for root too: nothing can be made in /proc. */
    @Test
    void anOutputFolderThatCannotBeMadeIsOneMessage() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");
        var r = BuildCommandTest.run("build", "--out", "/proc/pressrun-editions", batch().toString());
        assertOneMessage(r, "/proc/pressrun-editions: error: cannot make the output folder (no such file or folder);"
                + " choose a folder you can write to with --out");
        var existing = BuildCommandTest.run("build", "--out", "/proc", batch().toString());
        assertEquals(2, existing.code(), existing.err());
        assertTrue(existing.err().startsWith("/proc: error: cannot write into the output folder ("), existing.err());
    }

    @Test
    void aFolderWithoutWritePermissionIsOneMessage() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false));
        try {
            var r = BuildCommandTest.run("build", "--out", locked.toString(), batch().toString());
            assertOneMessage(r, locked + ": error: cannot write into the output folder (permission denied);"
                    + " choose a folder you can write to with --out");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void aFileThatIsNoFontIsNamedAndTheFontLibraryStaysQuiet() throws IOException {
        TestFiles.write(custom(), "fonts/notes.ttf", "root:x:0:0:root:/root:/bin/bash\n".repeat(40));
        PrintStream stderr = System.err;
        var direct = new ByteArrayOutputStream();
        BuildCommandTest.Run r;
        try {
            System.setErr(new PrintStream(direct, true, StandardCharsets.UTF_8));
            r = withTheme("fonts:\n  serif:\n    regular: fonts/notes.ttf\n");
        } finally {
            System.setErr(stderr);
        }
        assertOneMessage(r, custom().resolve("theme.yaml") + ":3: error: font file 'fonts/notes.ttf' is not a TrueType"
                + " or OpenType font; name a TrueType font file (.ttf)");
        // the fuzz tests' agent notes each class it instruments when it is first loaded, and
        // which test loads a class first depends on the order the test classes run in
        String written = direct.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("INFO: Instrumented ")).collect(java.util.stream.Collectors.joining("\n"));
        // under Maven, commons-logging sends fontbox to the test classpath's no-op SLF4J binding, so
        // this holds whatever the levels; the levels are checked below, and SmallHeapBatchTest's
        // forked JVM (the runtime class path, java.util.logging) checks stderr for real
        assertEquals("", written, "nothing written to the process's stderr");
    }

    @Test
    void aDamagedFontIsNamed() throws IOException {
        byte[] font = Files.readAllBytes(Path.of("fonts/NotoSans-Regular.ttf"));
        TestFiles.write(custom(), "cut.ttf", java.util.Arrays.copyOf(font, font.length / 3));
        var r = withTheme("fonts:\n  sans:\n    bold: cut.ttf\n");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(custom().resolve("theme.yaml") + ":3: error: font file 'cut.ttf' is damaged: its '"),
                r.err());
    }

    @Test
    void libraryLoggingIsOffDuringARun() {
        BuildCommandTest.run("build", "--help");
        assertFalse(Logger.getLogger("org.apache.fontbox.ttf.TTFParser").isLoggable(Level.WARNING));
        assertFalse(Logger.getLogger("org.apache.pdfbox.pdmodel.PDDocument").isLoggable(Level.SEVERE));
    }

    @Test
    void fontsAreReadOnlyFromTheBundleOrTheTemplatesFolder() throws IOException {
        String theme = custom().resolve("theme.yaml").toString();
        Path realFont = Path.of("fonts/DejaVuSans.ttf").toAbsolutePath();
        assertOneMessage(withTheme("fonts:\n  serif:\n    regular: " + realFont + "\n"),
                theme + ":3: error: font path '" + realFont + "' is absolute; fonts are read only from the bundled"
                        + " fonts and from the templates folder " + custom()
                        + ": copy the font into that folder and name it relative to it");
        Files.copy(realFont, dir.resolve("outside.ttf"));
        assertOneMessage(withTheme("fonts:\n  fallback:\n    - DejaVuSans.ttf\n    - ../outside.ttf\n"),
                theme + ":4: error: font path '../outside.ttf' leads outside the templates folder " + custom()
                        + "; copy the font into that folder and name it relative to it");
        Files.createSymbolicLink(custom().resolve("linked.ttf"), dir.resolve("outside.ttf"));
        assertOneMessage(withTheme("fonts:\n  mono:\n    regular: linked.ttf\n"),
                theme + ":3: error: font file 'linked.ttf' is a link to a file outside the templates folder "
                        + custom() + "; copy the font into that folder");
        assertOneMessage(withTheme("fonts:\n  mono:\n    regular: Missing.ttf\n"),
                theme + ":3: error: font file 'Missing.ttf' is not in the templates folder " + custom()
                        + " nor among the bundled fonts; put it in " + custom() + " and name it relative to that folder");
    }

    @Test
    void aFontInTheTemplatesFolderIsUsed() throws IOException {
        Files.createDirectories(custom().resolve("fonts"));
        Files.copy(Path.of("fonts/DejaVuSans.ttf"), custom().resolve("fonts/Body.ttf"));
        var r = withTheme("fonts:\n  serif:\n    regular: fonts/Body.ttf\n");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void labelsAndTemplatesArePointedAtWithTheirLine() {
        String labels = custom().resolve("labels/de.yaml").toString();
        TestFiles.write(custom(), "labels/de.yaml", "# German\nbyline: \"Von ${autoren}\"\n");
        assertOneMessage(build("--templates", custom().toString()), labels + ":2: error: label 'byline': 'autoren' is"
                + " missing or has no value; a label may use only the placeholders its bundled version uses");
        TestFiles.write(custom(), "labels/de.yaml", "date-format: \"d. bbb yyyy\"\n");
        var date = build("--templates", custom().toString());
        assertTrue(date.err().startsWith(labels + ":1: error: 'date-format' is not a date pattern"), date.err());
        TestFiles.write(custom(), "labels/de.yaml", "credits-heading: [Impressum]\n");
        assertOneMessage(build("--templates", custom().toString()), labels + ":1: error: label 'credits-heading' must be"
                + " text, not a list; write it in quotes, e.g. credits-heading: \"...\"");
        TestFiles.write(custom(), "labels/de.yaml", "names-and: und\n");

        String nav = custom().resolve("epub/nav.xhtml.ftl").toString();
        TestFiles.write(custom(), "epub/nav.xhtml.ftl", "<#ftl output_format=\"XML\">\n<html>\n<#if title>\n</html>\n");
        var syntax = build("--templates", custom().toString());
        assertEquals(2, syntax.code(), syntax.err());
        assertTrue(syntax.err().startsWith(nav + ":4: error: the template cannot be read: "), syntax.err());
        TestFiles.write(custom(), "epub/nav.xhtml.ftl", "<#ftl output_format=\"XML\">\n<html>\n${noSuch.value}</html>\n");
        assertOneMessage(build("--templates", custom().toString()), nav + ":3: error: the template failed: 'noSuch' is"
                + " missing or has no value (column 3); fix the template (the bundled one shows which values exist)");
        TestFiles.write(custom(), "epub/nav.xhtml.ftl", "<#ftl output_format=\"XML\">\n<html><body>${title}</html>\n");
        var xml = build("--templates", custom().toString());
        assertEquals(2, xml.code(), xml.err());
        assertTrue(xml.err().startsWith(nav + ": error: the template writes XML that is not well-formed"), xml.err());
    }

    @Test
    void theEpubTemplatesAreNotCheckedForAPdfOnlyBuild() {
        TestFiles.write(custom(), "epub/nav.xhtml.ftl", "<#ftl output_format=\"XML\">\n${noSuch}\n");
        assertEquals(0, build("--templates", custom().toString(), "--format", "pdf").code());
    }

    @Test
    void debugAddsTheStackTrace() {
        TestFiles.write(custom(), "theme.yaml", "colours:\n  accent: \"#00ff\"\n");
        var r = build("--templates", custom().toString(), "--debug");
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().split("\n");
        assertTrue(lines[0].startsWith(custom().resolve("theme.yaml") + ":2: error: 'colours.accent'"), r.err());
        assertTrue(lines.length > 3 && lines[2].strip().startsWith("at io.pressrun."), r.err());
    }

    @Test
    void helpListsTheExitCodesAndDebug() {
        var r = BuildCommandTest.run("build", "--help");
        for (String s : List.of("--debug", "PRESSRUN_DEBUG", "0   every article", "1   one or more", "2   bad usage",
                "3   internal error")) {
            assertTrue(r.out().contains(s), () -> s + " in\n" + r.out());
        }
    }
}
