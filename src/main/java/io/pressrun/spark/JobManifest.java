package io.pressrun.spark;

import io.pressrun.batch.BuildManifest;
import io.pressrun.model.ErrorWords;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The output folder's build manifest ({@value BuildManifest#FILE_NAME}), the command line's,
 * read and written by the driver through Hadoop: read once before the tasks start, written
 * whole after they end, under a temporary name then renamed, and not at all when it would not
 * change.
 */
final class JobManifest {
    /** About the largest array a JVM makes: a manifest larger than this is not read, and every article is built. */
    private static final int MAX_BYTES = Integer.MAX_VALUE - 16;

    private JobManifest() {
    }

    static Path file(Path outDir) {
        return new Path(outDir, BuildManifest.FILE_NAME);
    }

    /** The manifest's entries; none when there is none, and none with the reason when it cannot be used. */
    static BuildManifest.Loaded load(FileSystem fs, Path outDir) {
        Path file = file(outDir);
        byte[] bytes;
        try {
            bytes = read(fs, file).orElse(null);
        } catch (IOException e) {
            return new BuildManifest.Loaded(Map.of(), Optional.of("it cannot be read: " + ErrorWords.of(e)));
        } catch (OutOfMemoryError e) {
            return new BuildManifest.Loaded(Map.of(), Optional.of("it is too large to read"));
        }
        return bytes == null ? new BuildManifest.Loaded(Map.of(), Optional.empty())
                : BuildManifest.parse(file.toString(), bytes);
    }

    /** Writes the manifest unless the one there has these very bytes. */
    static void write(FileSystem fs, Path outDir, String settings, Collection<BuildManifest.Entry> entries)
            throws IOException {
        byte[] text = BuildManifest.text(settings, entries).getBytes(StandardCharsets.UTF_8);
        Path file = file(outDir);
        Optional<byte[]> there;
        try {
            there = read(fs, file);
        } catch (IOException e) {
            there = Optional.empty();
        }
        if (there.isPresent() && Arrays.equals(there.get(), text)) {
            return; // a run that changed nothing touches no file, the manifest included
        }
        Path tmp = new Path(outDir, "." + BuildManifest.FILE_NAME + "." + UUID.randomUUID() + EditionFiles.TEMPORARY);
        try {
            try (FSDataOutputStream out = fs.create(tmp, false)) {
                out.write(text);
            }
            EditionFiles.rename(fs, tmp, file);
        } catch (IOException | RuntimeException e) {
            fs.delete(tmp, false);
            throw e;
        }
    }

    private static Optional<byte[]> read(FileSystem fs, Path file) throws IOException {
        try (FSDataInputStream in = fs.open(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES);
            if (in.read() >= 0) {
                throw new IOException("it is over " + MAX_BYTES + " bytes");
            }
            return Optional.of(bytes);
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }
}
