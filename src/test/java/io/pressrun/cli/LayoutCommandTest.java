package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutCommandTest {
    static final Path CASE = Paths.get("src/test/resources/layout/ligatures");

    @TempDir
    Path dir;

    @Test
    void printsTheGoldenLayoutOfACase() throws IOException {
        for (String paper : List.of("a4", "letter")) {
            BuildCommandTest.Run r = BuildCommandTest.run("layout", "--paper", paper,
                    CASE.resolve("article.md").toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err());
            assertEquals(Files.readString(CASE.resolve(paper + ".txt"), StandardCharsets.UTF_8), r.out(), paper);
        }
    }

    @Test
    void anArticleThatCannotBeReadExitsOneWithItsLine() {
        Path broken = TestFiles.write(dir, "broken.md", "---\ntitle: Broken\nauthor: A\n---\nNo date.\n");
        BuildCommandTest.Run r = BuildCommandTest.run("layout", broken.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(broken + ":2: error: 'date' is required"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void anArticleThatCannotBeLaidOutExitsOne() {
        Path p = TestFiles.write(dir, "yi.md", FRONT + "\n\uA000\uA001 has no font.\n");
        BuildCommandTest.Run r = BuildCommandTest.run("layout", p.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(p + ": error: no font has a glyph for U+A000"), r.err());
    }

    @Test
    void warningsGoToStderrAndTheLayoutIsStillPrinted() {
        Path p = TestFiles.write(dir, "w.md", FRONT.replace("date:", "colour: blue\ndate:") + "\nBody.\n");
        BuildCommandTest.Run r = BuildCommandTest.run("layout", "--paper", "letter", p.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith(p + ":4: warning: unknown front matter key 'colour'"), r.err());
        assertTrue(r.out().startsWith("layout 612.00x792.00 pages=1\n"), r.out());
        assertTrue(r.out().contains(" P pretolerance r=0.000 exp=0% hyph=no | Body.\n"), r.out());
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        assertEquals(2, BuildCommandTest.run("layout").code(), "no FILE");
        BuildCommandTest.Run missing = BuildCommandTest.run("layout", dir.resolve("missing.md").toString());
        assertEquals(2, missing.code());
        assertEquals(dir.resolve("missing.md") + ": error: no such file or folder\n"
                + "Try 'pressrun layout --help' for more information.\n", missing.err());
        BuildCommandTest.Run folder = BuildCommandTest.run("layout", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().startsWith(dir + ": error: a folder; name one article .md file\n"), folder.err());
        Path a = TestFiles.write(dir, "a.md", FRONT + "\nBody.\n");
        assertEquals(2, BuildCommandTest.run("layout", "--paper", "a5", a.toString()).code());
        assertEquals(2, BuildCommandTest.run("layout", "--templates", dir.resolve("nope").toString(),
                a.toString()).code());
        assertEquals(2, BuildCommandTest.run("layout", a.toString(), a.toString()).code(), "one FILE only");
        Files.writeString(dir.resolve("notes.txt"), "not markdown");
        assertEquals(2, BuildCommandTest.run("layout", dir.resolve("notes.txt").toString()).code());
    }

    @Test
    void helpExplainsTheCommand() {
        BuildCommandTest.Run r = BuildCommandTest.run("layout", "--help");
        assertEquals(0, r.code());
        for (String s : List.of("--paper", "--templates", "FILE", "Exit codes")) {
            assertTrue(r.out().contains(s), s);
        }
        assertTrue(BuildCommandTest.run("--help").out().contains("layout"), "listed among the commands");
    }
}
