package io.pressrun.batch;

import io.pressrun.model.Diagnostic;
import io.pressrun.style.ConfigurationException;
import io.pressrun.typeset.font.MissingGlyphException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an article that failed unexpectedly says: in words, never a Java class name. */
class FailuresTest {
    private static final Path SOURCE = Path.of("in/a.md");

    private static String message(Throwable e) {
        return Failures.of(SOURCE, "write the editions", e, false).format();
    }

    @Test
    void anInternalErrorSaysSoAndAsksToBeReported() {
        NullPointerException npe = new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        assertEquals("in/a.md: error: internal error trying to write the editions: Cannot invoke \"String.length()\""
                + " because \"s\" is null — please report it, with the output of --debug", message(npe));
        assertEquals("in/a.md: error: internal error trying to write the editions — please report it, with the output"
                + " of --debug", message(new IllegalStateException()));
        assertEquals("in/a.md: error: internal error trying to write the editions: wrapped: inner — please report it,"
                + " with the output of --debug", message(new RuntimeException("java.lang.IllegalArgumentException: wrapped: inner")));
    }

    @Test
    void debugAddsTheStackTrace() {
        Diagnostic d = Failures.of(SOURCE, "write the editions", new IllegalStateException("boom"), true);
        assertTrue(d.message().startsWith("internal error trying to write the editions: boom — please report it"), d.message());
        assertTrue(d.message().contains("\njava.lang.IllegalStateException: boom\n\tat "), d.message());
    }

    @Test
    void fileSystemFailuresAreWords() {
        assertEquals("in/a.md: error: could not write the editions: /out/a.pdf: permission denied",
                message(new AccessDeniedException("/out/a.pdf")));
        assertEquals("in/a.md: error: could not write the editions: No space left on device",
                message(new UncheckedIOException(new IOException("No space left on device"))));
    }

    @Test
    void aMissingCharacterSaysWhatToDo() {
        assertEquals("in/a.md: error: no font has a glyph for U+0F00 'ༀ' (in \"om ༀ\"); add a font that has it to"
                + " 'fonts.fallback' in theme.yaml (--templates), or leave the character out",
                message(new IOException("wrapped", new MissingGlyphException(0x0F00, "om ༀ"))));
    }

    @Test
    void aConfigurationProblemPointsIntoTheConfiguration() {
        var problem = new ConfigurationException(Path.of("custom/theme.yaml"), 4, "'body.size' must be a number");
        assertEquals("custom/theme.yaml:4: error: 'body.size' must be a number",
                message(new IOException("EPUB for in/a.md: ...", problem)));
    }

    @Test
    void runningOutOfMemorySaysWhatToDo() {
        assertTrue(message(new OutOfMemoryError("Java heap space")).startsWith(
                "in/a.md: error: ran out of memory trying to write the editions; give Java more memory"));
    }

    /**
     * Once the JVM's preallocated errors are used up it throws one shared OutOfMemoryError; a
     * try-with-resources whose body and close both run out of memory then adds that error to
     * itself, which throws "Self-suppression not permitted" with the error as its cause. That
     * is running out of memory too, not an internal error.
     */
    @Test
    void runningOutOfMemoryIsFoundBehindAnotherException() {
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        IllegalArgumentException selfSuppression = new IllegalArgumentException("Self-suppression not permitted", shared);
        assertTrue(message(selfSuppression).startsWith("in/a.md: error: ran out of memory trying to write the editions"),
                message(selfSuppression));
        IOException suppressing = new IOException("closing failed");
        suppressing.addSuppressed(shared);
        assertTrue(message(new IllegalStateException("x", suppressing)).contains("ran out of memory"));
    }
}
