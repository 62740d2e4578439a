package io.pressrun.style;

import io.pressrun.model.Diagnostic;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A setting, template, font or folder the build cannot use. Carries one message pointing into
 * the configuration file ({@code theme.yaml:12: error: ...}), so that the problem is reported
 * once, before any article, rather than once per article.
 */
public class ConfigurationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    /** @param line 1-based; 0 for the file as a whole */
    public ConfigurationException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    public ConfigurationException(Path file, int line, String message, Throwable cause) {
        super(Diagnostic.error(file, line, message).format(), cause);
        this.diagnostic = Diagnostic.error(file, line, message);
    }

    /** The message for the user: {@code path:line: error: message}. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The first configuration problem in a chain of causes, if any. */
    public static Optional<ConfigurationException> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationException c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
