package io.pressrun.batch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Staged editions: a failure that both writing and closing throw. */
class OutputFilesTest {
    /**
     * The JVM throws one shared OutOfMemoryError once its preallocated ones are used up: when
     * writing and closing both fail with it, it passes on as it is; try-with-resources would add
     * it to itself and throw "Self-suppression not permitted" instead.
     */
    @Test
    void aFailureThatWritingAndClosingShareIsNotAddedToItself() {
        OutOfMemoryError shared = new OutOfMemoryError("Java heap space");
        OutputStream failsToClose = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void close() {
                throw shared;
            }
        };
        Throwable thrown = assertThrows(Throwable.class, () -> OutputFiles.writeAndClose(failsToClose, out -> {
            throw shared;
        }));
        assertSame(shared, thrown);
        assertEquals(0, shared.getSuppressed().length);

        IOException writing = new IOException("disk full");
        Throwable both = assertThrows(IOException.class, () -> OutputFiles.writeAndClose(failsToClose, out -> {
            throw writing;
        }));
        assertSame(writing, both);
        assertSame(shared, both.getSuppressed()[0], "a different failure of close is kept, suppressed");
    }
}
