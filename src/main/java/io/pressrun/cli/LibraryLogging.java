package io.pressrun.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging off stderr: PDFBox and fontbox log through commons-logging to
 * java.util.logging, whose console handler would print their warnings (a font table skipped,
 * say) between Pressrun's own messages. Pressrun reports every problem itself; {@code --debug}
 * lets the libraries speak again.
 */
final class LibraryLogging {
    /** Held here: java.util.logging keeps loggers only weakly, and a collected logger loses its level. */
    private static final List<Logger> LIBRARIES = List.of(Logger.getLogger("org.apache"), Logger.getLogger("freemarker"));

    private LibraryLogging() {
    }

    /** Silences the libraries (at startup). */
    static void quiet() {
        LIBRARIES.forEach(l -> l.setLevel(Level.OFF));
    }

    /** Lets the libraries log as java.util.logging is configured (for --debug). */
    static void verbose() {
        LIBRARIES.forEach(l -> l.setLevel(null));
    }
}
