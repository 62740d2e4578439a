package io.pressrun.model;

import java.util.Comparator;
import java.util.List;

/**
 * An article could not be built; carries the message for the user, or every message when
 * several problems were found at once.
 */
public class ArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;
    private final transient List<Diagnostic> diagnostics;

    public ArticleException(Diagnostic diagnostic) {
        super(diagnostic.format());
        this.diagnostic = diagnostic;
        this.diagnostics = List.of(diagnostic);
    }

    public ArticleException(Diagnostic diagnostic, Throwable cause) {
        super(diagnostic.format(), cause);
        this.diagnostic = diagnostic;
        this.diagnostics = List.of(diagnostic);
    }

    /**
     * Several problems found in one reading, errors and warnings, in line order.
     *
     * @param diagnostics at least one error
     */
    public ArticleException(List<Diagnostic> diagnostics) {
        this(firstError(diagnostics), diagnostics);
    }

    private ArticleException(Diagnostic first, List<Diagnostic> diagnostics) {
        super(first.format());
        this.diagnostic = first;
        this.diagnostics = diagnostics.stream().sorted(Comparator.comparingInt(Diagnostic::line)).toList();
    }

    private static Diagnostic firstError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .min(Comparator.comparingInt(Diagnostic::line))
                .orElseThrow(() -> new IllegalArgumentException("no error among the diagnostics"));
    }

    /** The first error. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** Every problem found: the errors and the warnings met before reading stopped, in line order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
