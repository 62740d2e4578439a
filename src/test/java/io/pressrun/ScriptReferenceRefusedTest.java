package io.pressrun;

import io.pressrun.batch.Failures;
import io.pressrun.model.Diagnostic;
import io.pressrun.typeset.font.UnsetScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Hebrew written as a character reference is not in the source as Hebrew, so the source check
 * cannot see it; the typesetter refuses it, and the build says which script and character.
 */
class ScriptReferenceRefusedTest {
    @Test
    void hebrewFromACharacterReferenceFailsTheArticleNamingIt(@TempDir Path dir) {
        var e = assertThrows(UnsetScriptException.class,
                () -> SourceEditions.build(dir, TestFiles.FRONT + "\nShalom is &#x5E9;&#x5DC;&#x5D5;&#x5DD;.\n"));
        Path source = dir.resolve("article.md");
        Diagnostic d = Failures.of(source, "write the editions", e, false);
        assertEquals(source + ": error: Hebrew text (U+05E9 'ש') cannot be set yet: it is written right to left,"
                + " and Pressrun sets every line left to right (words would stand in the wrong order and letters be"
                + " reversed); leave it out of the article", d.format());
    }
}
