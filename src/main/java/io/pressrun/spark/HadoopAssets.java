package io.pressrun.spark;

import io.pressrun.source.AssetResolver;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files beside an article in a Hadoop file system ({@code file:}, {@code hdfs:},
 * {@code s3a:}, {@code gs:}): a reference is taken relative to the article's folder and may not
 * lead out of it, as on a disk; there is no website folder for paths that start with '/'.
 */
final class HadoopAssets implements AssetResolver {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private final FileSystem fs;
    private final Path folder;

    HadoopAssets(FileSystem fs, Path article) {
        this.fs = fs;
        this.folder = article.getParent();
    }

    @Override
    public Optional<byte[]> read(String reference, long maxBytes) throws IOException {
        if (reference.startsWith("/") || reference.startsWith("\\") || WINDOWS_ABSOLUTE.matcher(reference).matches()) {
            throw new Refused("image path '" + reference + "' is absolute; give a path relative to the article's folder");
        }
        String within = java.nio.file.Path.of(reference).normalize().toString().replace('\\', '/');
        if (within.equals("..") || within.startsWith("../")) {
            throw new Refused("image path '" + reference + "' leads outside the article's folder; keep images beside"
                    + " the article");
        }
        if (within.isEmpty() || within.equals(".")) {
            throw new Refused("image '" + reference + "' is not a regular file");
        }
        Path file = new Path(folder, within);
        FileStatus status;
        try {
            status = fs.getFileStatus(file);
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
        if (!status.isFile()) {
            throw new Refused("image '" + reference + "' is not a regular file");
        }
        if (status.getLen() > maxBytes) {
            throw Refused.tooLarge(reference, status.getLen(), maxBytes);
        }
        try (FSDataInputStream in = fs.open(file)) {
            return Optional.of(in.readNBytes((int) maxBytes + 1));
        }
    }
}
