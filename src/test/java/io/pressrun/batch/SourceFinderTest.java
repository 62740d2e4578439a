package io.pressrun.batch;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The articles the sources on a command line name: folders searched, files taken as they are. */
class SourceFinderTest {
    @TempDir
    Path dir;

    @Test
    void aFolderGivesItsArticlesInNameOrderAndAFileItself() {
        for (String name : List.of("b.md", "a.markdown", "sub/c.mkd", "README.md", "_index.md", ".hidden.md",
                ".git/x.md", "node_modules/y.md", "notes.txt")) {
            TestFiles.write(dir, "site/" + name, "x");
        }
        Path single = TestFiles.write(dir, "one.md", "x");
        Path site = dir.resolve("site");
        assertEquals(List.of(site.resolve("a.markdown"), site.resolve("b.md"), site.resolve("sub/c.mkd"), single),
                SourceFinder.find(List.of(site, single)));
    }

    @Test
    void anArticleNamedTwiceIsFoundOnce() {
        Path a = TestFiles.write(dir, "a.md", "x");
        assertEquals(List.of(a), SourceFinder.find(List.of(a, dir, dir.resolve("./a.md"))));
    }

    @Test
    void aMissingFileIsBadUsageUnlessItIsToFailAlone() {
        Path missing = dir.resolve("gone.md");
        var e = assertThrows(SourceFinder.BadSourceException.class, () -> SourceFinder.find(List.of(missing)));
        assertEquals(missing + ": error: no such file or folder", e.getMessage());
        assertEquals(List.of(missing), SourceFinder.find(List.of(missing), true));
        assertThrows(SourceFinder.BadSourceException.class,
                () -> SourceFinder.find(List.of(dir.resolve("gone.txt")), true), "not an article's name");
    }

    @Test
    void aFileThatIsNoMarkdownIsRefused() {
        Path txt = TestFiles.write(dir, "notes.txt", "x");
        var e = assertThrows(SourceFinder.BadSourceException.class, () -> SourceFinder.find(List.of(txt)));
        assertTrue(e.getMessage().startsWith(txt + ": error: not a Markdown article"), e.getMessage());
    }
}
