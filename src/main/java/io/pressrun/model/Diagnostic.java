package io.pressrun.model;

import java.nio.file.Path;

/**
 * A message about one source file: {@code path:line: error: message}. Line 0 means the file
 * as a whole.
 */
public record Diagnostic(Path file, int line, Severity severity, String message) {

    public enum Severity {
        /** Information that is no problem: {@code --strict} leaves it alone. */
        NOTE("note"), WARNING("warning"), ERROR("error");

        public final String word;

        Severity(String word) {
            this.word = word;
        }
    }

    public static Diagnostic error(Path file, int line, String message) {
        return new Diagnostic(file, line, Severity.ERROR, message);
    }

    public static Diagnostic note(Path file, int line, String message) {
        return new Diagnostic(file, line, Severity.NOTE, message);
    }

    public static Diagnostic warning(Path file, int line, String message) {
        return new Diagnostic(file, line, Severity.WARNING, message);
    }

    /** The one-line form users and editors read: {@code path:line: severity: message}. */
    public String format() {
        return file + (line > 0 ? ":" + line : "") + ": " + severity.word + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
