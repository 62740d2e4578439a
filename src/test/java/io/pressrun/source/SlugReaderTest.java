package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The slug from the front matter alone is the slug the whole article gets. */
class SlugReaderTest {
    @TempDir
    Path dir;

    private Optional<String> slug(Path p) {
        return SlugReader.read(p, InputLimits.DEFAULT);
    }

    private String fullRead(Path p) {
        return new ArticleReader(Templates.bundled(), InputLimits.DEFAULT).read(p).article().slug();
    }

    @Test
    void theSlugIsTheFrontMattersOrTheFileNames() {
        Path keyed = TestFiles.write(dir, "a.md", FRONT.replace("date:", "slug: The-Story\ndate:") + "\nBody.\n");
        Path named = TestFiles.write(dir, "My Story.md", FRONT + "\nBody.\n");
        Path index = TestFiles.write(dir, "folder-story/index.md", FRONT + "\nBody.\n");
        assertEquals(Optional.of("The-Story"), slug(keyed));
        assertEquals(Optional.of("My-Story"), slug(named));
        assertEquals(Optional.of("folder-story"), slug(index));
        for (Path p : new Path[] {keyed, named, index}) {
            assertEquals(slug(p).get(), fullRead(p), "the full read agrees");
        }
    }

    @Test
    void anUnreadableFrontMatterClaimsNothing() {
        assertEquals(Optional.empty(), slug(TestFiles.write(dir, "no-date.md", "---\ntitle: T\n---\nBody.\n")));
        assertEquals(Optional.empty(), slug(TestFiles.write(dir, "bad-slug.md",
                FRONT.replace("date:", "slug: ../escape\ndate:") + "\nBody.\n")));
        assertEquals(Optional.empty(), slug(TestFiles.write(dir, "empty.md", "")));
        assertEquals(Optional.empty(), slug(dir.resolve("missing.md")));
        assertEquals("fallback", SlugReader.fromFileName(dir.resolve("fallback.md")));
    }
}
