package io.pressrun.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Failures of the file system and of libraries put in words a user can act on. No message made
 * here carries a Java class name: users read what went wrong, not how the program noticed.
 */
public final class ErrorWords {
    /** {@code java.nio.file.NoSuchFileException: }, {@code IOException}, {@code (OutOfMemoryError)}. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("(?:\\b[a-z]\\w*\\.)*\\b[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");
    private static final int MAX_LENGTH = 300;
    /** The file system's failures that carry no reason of their own, in words. */
    private static final List<Map.Entry<Class<? extends IOException>, String>> WORDS = List.of(
            Map.entry(NoSuchFileException.class, "no such file or folder"),
            Map.entry(AccessDeniedException.class, "permission denied"),
            Map.entry(FileAlreadyExistsException.class, "a file of that name is in the way"),
            Map.entry(NotDirectoryException.class, "not a folder"),
            Map.entry(DirectoryNotEmptyException.class, "the folder is not empty"),
            Map.entry(FileSystemLoopException.class, "the folders form a loop of links"));

    private ErrorWords() {
    }

    /** What went wrong, without the file: "permission denied", "no such file or folder", ... */
    public static String reason(IOException e) {
        for (Map.Entry<Class<? extends IOException>, String> w : WORDS) {
            if (w.getKey().isInstance(e)) {
                return w.getValue();
            }
        }
        if (e instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
            String r = f.getReason().strip();
            return r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : clean(m);
    }

    /** The file (when the failure names one) and what went wrong: {@code /out: permission denied}. */
    public static String of(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason(e);
        }
        return reason(e);
    }

    /** A library's message on one line, without Java class names, at most a few hundred characters. */
    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String s = CLASS_NAME.matcher(message).replaceAll("").replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH - 3).strip() + "...";
        }
        return s;
    }
}
