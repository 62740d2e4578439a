package io.pressrun.batch;

import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
import io.pressrun.style.ConfigurationException;
import io.pressrun.typeset.font.MissingGlyphException;
import io.pressrun.typeset.font.UnsetScriptException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The message for an article that failed for a reason other than its source: a setting, a
 * character no font has, the file system, memory, or a fault in Pressrun itself (an internal
 * error, which says so and asks to be reported). Never a Java class name; with {@code debug}
 * the stack trace follows the message, for bug reports.
 */
public final class Failures {
    private Failures() {
    }

    /**
     * @param source the article
     * @param doing  what was being done, e.g. "write the editions"
     */
    public static Diagnostic of(Path source, String doing, Throwable e, boolean debug) {
        Diagnostic d = words(source, doing, e);
        return debug ? Diagnostic.error(d.file(), d.line(), d.message() + "\n" + stackTrace(e)) : d;
    }

    private static Diagnostic words(Path source, String doing, Throwable e) {
        var configuration = ConfigurationException.in(e);
        if (configuration.isPresent()) {
            return configuration.get().diagnostic();
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsetScriptException u) {
                return Diagnostic.error(source, 0, u.getMessage());
            }
            if (t instanceof MissingGlyphException m) {
                return Diagnostic.error(source, 0, m.getMessage() + "; add a font that has it to 'fonts.fallback'"
                        + " in theme.yaml (--templates), or leave the character out");
            }
        }
        if (e instanceof IOException io) {
            return Diagnostic.error(source, 0, "could not " + doing + ": " + ErrorWords.of(io));
        }
        if (e instanceof UncheckedIOException u) {
            return Diagnostic.error(source, 0, "could not " + doing + ": " + ErrorWords.of(u.getCause()));
        }
        if (outOfMemory(e)) {
            return Diagnostic.error(source, 0, "ran out of memory trying to " + doing + "; give Java more memory"
                    + " (java -Xmx4g -jar pressrun.jar ...) or build fewer articles at once (--jobs 1)");
        }
        return Diagnostic.error(source, 0, internal("trying to " + doing, e));
    }

    /**
     * Whether memory ran out, however the failure reached us: also as the cause of another
     * exception, such as the {@link IllegalArgumentException} "Self-suppression not permitted"
     * that a try-with-resources throws when its body and its {@code close} both fail with the
     * one {@link OutOfMemoryError} the JVM shares once its preallocated ones are used up.
     */
    static boolean outOfMemory(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Throwable> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return false;
    }

    /**
     * "internal error {@code when}: what happened — please report it, with the output of --debug".
     *
     * @param when e.g. "trying to write the editions"; may be empty
     */
    public static String internal(String when, Throwable e) {
        String m = e instanceof StackOverflowError ? "the article is nested too deeply to process"
                : ErrorWords.clean(e.getMessage());
        return "internal error" + (when.isEmpty() ? "" : " " + when) + (m.isEmpty() ? "" : ": " + m)
                + " — please report it, with the output of --debug";
    }

    /** The stack trace, as {@code --debug} shows it. */
    public static String stackTrace(Throwable e) {
        var out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString().stripTrailing();
    }
}
