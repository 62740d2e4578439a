package io.pressrun.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How articles that belong to a website are read.
 *
 * @param root    the site's folder ({@code --site-root}): site-relative image paths
 *                ({@code /images/x.png}) are found in it or its {@code static/} folder, and relative
 *                paths may lead anywhere inside it; when empty, the nearest folder above an article
 *                that holds a site's configuration is taken ({@link SiteRoot})
 * @param baseUrl the site's address ({@code --base-url}): site-relative links ({@code /about/})
 *                become links under it; when empty they are kept as text
 * @param drafts  build articles marked as drafts too ({@code --drafts})
 */
public record SiteOptions(Optional<Path> root, Optional<URI> baseUrl, boolean drafts) {
    /** No site root given (it is found when there is one), no base address, drafts left out. */
    public static final SiteOptions NONE = new SiteOptions(Optional.empty(), Optional.empty(), false);

    public SiteOptions {
        root = root.map(p -> p.toAbsolutePath().normalize());
    }

    /** A base address: absolute http(s), ending in '/', so that site paths go under it. */
    public static URI baseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("--base-url is not an address: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("--base-url must be an http(s) address such as https://example.org/,"
                    + " not '" + text + "'");
        }
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** A site path ({@code /about/}) under the base address. */
    Optional<String> link(String sitePath) {
        return baseUrl.map(base -> base.resolve(sitePath.substring(1)).toString());
    }
}
