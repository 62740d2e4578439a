package io.pressrun.source;

import io.pressrun.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a link may lead: an absolute http(s) or mailto address, or a path of the article's
 * website ({@link SiteLinks}); anything else ({@code javascript:}, relative paths) keeps its text
 * without the link, with a warning.
 */
final class Hrefs {
    private static final Pattern LINK_SCHEME = Pattern.compile("(?i)(https?://|mailto:)\\S+");

    private final Path file;
    private final List<Diagnostic> warnings;
    private final SiteLinks siteLinks;

    Hrefs(Path file, List<Diagnostic> warnings, SiteLinks siteLinks) {
        this.file = file;
        this.warnings = warnings;
        this.siteLinks = siteLinks;
    }

    /** Whether an address is one an edition links to as it is. */
    static boolean isAbsolute(String href) {
        return LINK_SCHEME.matcher(href).matches();
    }

    /** The address to link to, or empty: the link's text is kept alone. */
    Optional<String> resolve(String written, int line) {
        String href = written.strip();
        if (isAbsolute(href)) {
            return Optional.of(href);
        }
        if (href.isEmpty()) {
            return Optional.empty(); // no destination ([text]() or a site template removed from it): nothing to link
        }
        if (SiteLinks.isSitePath(href)) {
            return siteLinks.resolve(href, line);
        }
        warnings.add(Diagnostic.warning(file, line, "link to '" + href
                + "' is not an absolute http(s) or mailto address; its text is kept without the link"));
        return Optional.empty();
    }
}
