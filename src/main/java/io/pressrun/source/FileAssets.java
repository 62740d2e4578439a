package io.pressrun.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files beside an article on a disk. Nothing outside the article's folder is read, or, for
 * an article of a website, outside the site's folder, where a path that starts with '/' is
 * looked for (in its {@code static/} folder first, as Hugo and Zola serve it, then in the folder
 * itself, as Jekyll does). A link that leads out of that folder is refused, and a file over the
 * size limit is refused before it is read.
 */
public final class FileAssets implements AssetResolver {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private final Path folder;
    /** Where files may be: the site's folder, else the article's. */
    private final Path boundary;
    private final Optional<Path> site;

    /**
     * @param article the article's file
     * @param site    the folder of the website it belongs to, if any
     */
    public FileAssets(Path article, Optional<Path> site) {
        this.folder = article.toAbsolutePath().normalize().getParent();
        this.site = site;
        this.boundary = site.filter(folder::startsWith).orElse(folder);
    }

    /** The files beside an article, in the site {@code options} name or the one found above it. */
    public static FileAssets of(Path article, SiteOptions options) {
        return new FileAssets(article, SiteRoot.of(article, options));
    }

    @Override
    public Path locate(Path article, String reference) {
        return where(reference);
    }

    private Path where(String reference) {
        if (reference.startsWith("/") && site.isPresent()) {
            return sitePath(site.get(), reference.substring(1));
        }
        return folder.resolve(reference).normalize();
    }

    @Override
    public Optional<byte[]> read(String s, long maxBytes) throws IOException {
        Path within = boundary;
        if (s.startsWith("/") && site.isPresent()) {
            within = site.get();
            if (!where(s).startsWith(within)) {
                throw new Refused("image path '" + s + "' leads outside the site's folder " + within);
            }
        } else if (s.startsWith("/") || s.startsWith("\\") || WINDOWS_ABSOLUTE.matcher(s).matches()) {
            throw new Refused("image path '" + s + "' is absolute; give a path relative to the article's folder"
                    + (s.startsWith("/") ? ", or the site's folder with --site-root DIR" : ""));
        }
        Path file = where(s);
        if (!file.startsWith(within)) {
            throw new Refused("image path '" + s + "' leads outside the " + (within.equals(folder)
                    ? "article's folder; keep images beside the article" : "site's folder " + within));
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = file.toRealPath();
        if (!real.startsWith(within.toRealPath())) {
            throw new Refused("image '" + s + "' is a link to a file outside the " + (within.equals(folder)
                    ? "article's folder; copy the image beside the article" : "site's folder " + within));
        }
        if (!Files.isRegularFile(real)) {
            throw new Refused("image '" + s + "' is not a regular file");
        }
        long size = Files.size(real);
        if (size > maxBytes) {
            throw Refused.tooLarge(s, size, maxBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            throw new Refused("image '" + s + "' grew past the size limit while being read");
        }
        return Optional.of(bytes);
    }

    /** A site path: in the site's {@code static/} folder when it is there, else in the site's folder. */
    private static Path sitePath(Path root, String path) {
        Path inStatic = root.resolve(SiteRoot.STATIC).resolve(path).normalize();
        if (inStatic.startsWith(root.resolve(SiteRoot.STATIC)) && Files.exists(inStatic, LinkOption.NOFOLLOW_LINKS)) {
            return inStatic;
        }
        return root.resolve(path).normalize();
    }
}
