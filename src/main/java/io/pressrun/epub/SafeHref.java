package io.pressrun.epub;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Which link targets become hyperlinks: absolute http, https and mailto URLs only. */
final class SafeHref {
    private SafeHref() {
    }

    /** The href to write, or empty when the link should be kept as plain text. */
    static Optional<String> of(String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        if (h.isEmpty() || !XmlText.clean(h).equals(h) || h.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(h);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            return Optional.empty();
        }
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http":
            case "https":
                return uri.getHost() == null ? Optional.empty() : Optional.of(h);
            case "mailto":
                return uri.getSchemeSpecificPart() == null || uri.getSchemeSpecificPart().isEmpty()
                        ? Optional.empty() : Optional.of(h);
            default:
                return Optional.empty();
        }
    }
}
