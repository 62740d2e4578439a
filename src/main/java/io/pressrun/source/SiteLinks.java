package io.pressrun.source;

import io.pressrun.model.Diagnostic;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Links to a path of the article's own website ({@code /about/}, {@code /2019/10/other-post/}):
 * links under the site's address when it is given ({@code --base-url}), else their text alone,
 * with one warning for the article however many there are.
 */
final class SiteLinks {
    private final Path file;
    private final Optional<URI> base;
    private final List<Diagnostic> warnings;
    private boolean warned;

    SiteLinks(Path file, Optional<URI> base, List<Diagnostic> warnings) {
        this.file = file;
        this.base = base;
        this.warnings = warnings;
    }

    /** Whether a link destination is a path of the site: it starts with one '/'. */
    static boolean isSitePath(String href) {
        return href.startsWith("/") && !href.startsWith("//");
    }

    /** The address a site path links to, or empty (the link's text is kept) with the article's one warning. */
    Optional<String> resolve(String sitePath, int line) {
        if (base.isPresent()) {
            return Optional.of(base.get().resolve(sitePath.substring(1)).toString());
        }
        if (!warned) {
            warned = true;
            warnings.add(Diagnostic.warning(file, line, "links to paths of the website ('" + sitePath
                    + "' here) keep their text without the link; --base-url https://your.site/ makes them links"));
        }
        return Optional.empty();
    }
}
