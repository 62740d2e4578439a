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
 * Conjoining Hangul jamo written as character references are not in the source as jamo, so the
 * source check cannot see them; the typesetter refuses them, and the build says which character.
 */
class ScriptReferenceRefusedTest {
    @Test
    void jamoFromCharacterReferencesFailTheArticleNamingThem(@TempDir Path dir) {
        var e = assertThrows(UnsetScriptException.class,
                () -> SourceEditions.build(dir, TestFiles.FRONT + "\nHan is &#x1112;&#x1161;&#x11AB;.\n"));
        Path source = dir.resolve("article.md");
        Diagnostic d = Failures.of(source, "write the editions", e, false);
        assertEquals(source + ": error: Korean text with conjoining Hangul jamo (U+1112 '\u1112') cannot be set yet:"
                + " jamo must be shaped into syllables, which Pressrun does not do; write precomposed Hangul syllables"
                + " (Unicode NFC) instead", d.format());
    }
}
