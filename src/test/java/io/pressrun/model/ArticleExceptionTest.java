package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleExceptionTest {
    private static final Path FILE = Path.of("posts", "a.md");

    /** The exception names the first error by line, even when a warning comes before it. */
    @Test
    void itNamesTheFirstErrorNotAnEarlierWarning() {
        var warning = Diagnostic.warning(FILE, 2, "unknown front matter key 'colour'");
        var later = Diagnostic.error(FILE, 9, "the image 'b.png' is missing");
        var error = Diagnostic.error(FILE, 5, "the date 'soon' is not a date");
        var e = new ArticleException(List.of(later, warning, error));
        assertEquals(error, e.diagnostic());
        assertEquals("posts/a.md:5: error: the date 'soon' is not a date".replace('/', java.io.File.separatorChar),
                e.getMessage());
        assertEquals(List.of(warning, error, later), e.diagnostics(), "every problem, in line order");
    }

    @Test
    void diagnosticsWithoutAnErrorAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ArticleException(List.of(Diagnostic.warning(FILE, 1, "a warning"))));
    }
}
