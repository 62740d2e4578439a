package io.pressrun.spark;

import io.pressrun.batch.BuildContext;
import io.pressrun.batch.BuildManifest;
import io.pressrun.batch.Digests;
import io.pressrun.batch.InputDigests;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether an article's editions in the output folder are up to date, as the command line
 * decides it: the last build's entry for its slug names the same source; the digest of the
 * settings, the source's bytes (those the task read) and the bytes of each image the last build
 * read, read again through Hadoop, is the one recorded; and every edition this run would write
 * is there with the recorded size and SHA-256 (each file is read again to hash it). Any doubt
 * (an image gone, a file that cannot be read) means building.
 */
final class UpToDate {
    private UpToDate() {
    }

    /** The last build's entry, when the article may be skipped. */
    static Optional<BuildManifest.Entry> check(Incremental incremental, SlugClaim claim, byte[] source,
                                               BuildContext ctx, Configuration conf, FileSystem outFs, Path out) {
        BuildManifest.Entry entry = incremental.previous().get(claim.slug());
        String sourceKey = incremental.sourceKey(claim.source());
        if (incremental.force() || entry == null || !entry.source().equals(sourceKey)
                || source.length > ctx.limits().maxSourceBytes()
                || !BuildManifest.editionNames(ctx.formats(), claim.slug())
                        .equals(entry.editions().stream().map(BuildManifest.Edition::file).toList())) {
            return Optional.empty();
        }
        try {
            Path folder = new Path(claim.source()).getParent();
            Map<String, String> images = new LinkedHashMap<>();
            for (String key : entry.images()) {
                String within = java.nio.file.Path.of(key).normalize().toString().replace('\\', '/');
                if (within.isEmpty() || within.startsWith("/") || within.equals("..") || within.startsWith("../")) {
                    return Optional.empty();
                }
                Path image = new Path(folder, within);
                FileSystem fs = image.getFileSystem(conf);
                long size = length(fs, image);
                if (size < 0 || size > ctx.limits().maxImageBytes()) {
                    return Optional.empty();
                }
                images.put(key, digest(fs, image));
            }
            String now = InputDigests.article(incremental.settings(), sourceKey, Digests.ofBytes(source), images);
            if (!now.equals(entry.inputs())) {
                return Optional.empty();
            }
            for (BuildManifest.Edition e : entry.editions()) {
                Path file = new Path(out, e.file());
                if (length(outFs, file) != e.bytes() || !digest(outFs, file).equals(e.sha256())) {
                    return Optional.empty();
                }
            }
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The size of a regular file; -1 when there is none. */
    private static long length(FileSystem fs, Path file) throws IOException {
        try {
            FileStatus status = fs.getFileStatus(file);
            return status.isFile() ? status.getLen() : -1;
        } catch (FileNotFoundException e) {
            return -1;
        }
    }

    private static String digest(FileSystem fs, Path file) throws IOException {
        try (FSDataInputStream in = fs.open(file)) {
            return Digests.ofStream(in);
        }
    }
}
