package io.pressrun.cli;

import io.pressrun.batch.Failures;
import io.pressrun.style.ConfigurationException;

import java.io.PrintWriter;

/**
 * How the commands end on a configuration problem or an internal error: one message in words
 * on stderr, the stack trace after it only when debugging ({@code --debug} or
 * {@code PRESSRUN_DEBUG=1}), and the exit code.
 */
final class ErrorOutput {
    /** A configuration that cannot be used: the same code as bad usage. */
    static final int CONFIGURATION = 2;
    /** An internal error outside any article (a bug in Pressrun). */
    static final int INTERNAL_ERROR = 3;

    private ErrorOutput() {
    }

    /**
     * Whether this run debugs: the command's {@code --debug} or {@code PRESSRUN_DEBUG} set to
     * anything but empty, 0 or false. Debugging lets the libraries log.
     */
    static boolean debugging(boolean option) {
        String v = System.getenv("PRESSRUN_DEBUG");
        boolean on = option || v != null && !v.isBlank() && !v.strip().equals("0") && !v.strip().equalsIgnoreCase("false");
        if (on) {
            LibraryLogging.verbose();
        }
        return on;
    }

    /** Prints the problem as {@code path:line: error: message}; returns {@link #CONFIGURATION}. */
    static int configuration(ConfigurationException e, PrintWriter err, boolean debugging) {
        err.println(e.diagnostic().format());
        return finish(e, err, debugging, CONFIGURATION);
    }

    /** Prints {@code pressrun: error: internal error: ... — please report it ...}; returns {@link #INTERNAL_ERROR}. */
    static int internal(Throwable e, PrintWriter err, boolean debugging) {
        err.println("pressrun: error: " + Failures.internal("", e));
        return finish(e, err, debugging, INTERNAL_ERROR);
    }

    private static int finish(Throwable e, PrintWriter err, boolean debugging, int code) {
        if (debugging) {
            err.println(Failures.stackTrace(e));
        }
        err.flush();
        return code;
    }
}
