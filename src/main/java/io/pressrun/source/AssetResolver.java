package io.pressrun.source;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files an article refers to come from: its images, and the code files its site
 * templates include. Given a reference as the article writes it ({@code photos/lead.jpg}, or
 * {@code /images/lead.jpg} in a website), a resolver gives the file's bytes, or nothing when
 * there is no such file. The reader has already refused empty references and URLs; it checks
 * the size and decodes what it is given, so a resolver only finds bytes. Sources on a disk are
 * read by {@link FileAssets}; in memory or in object storage, by an implementation of this.
 *
 * <p>A resolver serves one article; the reader calls it from one thread.
 */
@FunctionalInterface
public interface AssetResolver {
    /** A resolver for which every reference is missing: for an article without images. */
    AssetResolver NONE = (reference, maxBytes) -> Optional.empty();

    /**
     * The bytes the reference leads to.
     *
     * @param reference as written in the article, without the spaces around it
     * @param maxBytes  the most bytes the reader accepts; a resolver may stop reading one byte
     *                  past it (more bytes than this are refused as too large)
     * @return the bytes, or empty when nothing is there
     * @throws Refused     when the reference may not be followed; its message is reported as it is
     * @throws IOException when the file is there but cannot be read
     */
    Optional<byte[]> read(String reference, long maxBytes) throws IOException;

    /**
     * Where a reference leads, named in messages ("not found (looked for ...)") and in build
     * manifests: by default the reference taken beside the article.
     *
     * @param article the name the article is read under
     */
    default Path locate(Path article, String reference) {
        Path folder = article.getParent();
        return (folder == null ? Path.of(reference) : folder.resolve(reference)).normalize();
    }

    /**
     * A resolver over files held in memory, by their path relative to the article
     * ({@code lead.jpg}, {@code img/lead.jpg}); {@code ./img/lead.jpg} finds the latter too.
     */
    static AssetResolver of(Map<String, byte[]> files) {
        Map<Path, byte[]> byPath = new HashMap<>();
        files.forEach((name, bytes) -> byPath.put(Path.of(name).normalize(), bytes.clone()));
        return (reference, maxBytes) -> {
            try {
                return Optional.ofNullable(byPath.get(Path.of(reference).normalize())).map(byte[]::clone);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        };
    }

    /** A reference a resolver will not follow, with the message that says why. */
    final class Refused extends IOException {
        /** @param message the whole message, as it is reported ({@code image path '...' leads outside ...}) */
        public Refused(String message) {
            super(message);
        }

        /** The refusal of an image file over the size limit. */
        public static Refused tooLarge(String reference, long size, long maxBytes) {
            return new Refused(String.format("image '%s' is %,d bytes, over the limit of %,d bytes; make it smaller",
                    reference, size, maxBytes));
        }
    }
}
