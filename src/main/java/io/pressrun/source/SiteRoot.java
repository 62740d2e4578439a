package io.pressrun.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The folder of the website an article belongs to: the one given ({@code --site-root}), or else
 * the nearest folder above the article that holds a site generator's configuration.
 */
final class SiteRoot {
    /** Files that only a site's top folder holds: Hugo's, Jekyll's and Zola's configuration. */
    private static final List<String> CONFIGURATION = List.of("hugo.toml", "hugo.yaml", "hugo.json", "config.toml",
            "config.yaml", "config.yml", "_config.yml", "_config.yaml", "zola.toml");
    /** The folder Hugo and Zola serve files from as they are: {@code /images/x.png} is {@code static/images/x.png}. */
    static final String STATIC = "static";

    private SiteRoot() {
    }

    /** The site root for an article, or empty when it belongs to none found. */
    static Optional<Path> of(Path article, SiteOptions options) {
        if (options.root().isPresent()) {
            return options.root();
        }
        Path folder = article.toAbsolutePath().normalize().getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path d = dir;
            if (CONFIGURATION.stream().anyMatch(name -> Files.isRegularFile(d.resolve(name)))
                    || Files.isDirectory(d.resolve(STATIC))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
