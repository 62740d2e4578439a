package io.pressrun.spark;

import io.pressrun.batch.ArticleBuild;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An article's editions written into the output folder all or nothing, so that no retried or
 * speculative task leaves a partial file: each edition is written under a hidden temporary
 * name ({@code .<slug>.pdf.<unique>.part}), and only when all are complete are they renamed to
 * their names, replacing what is there. Two attempts at one article write the same bytes, so
 * whichever renames last leaves the same file. The driver removes the temporary files of
 * attempts that died ({@link #sweep}).
 */
final class EditionFiles {
    static final String TEMPORARY = ".part";

    private EditionFiles() {
    }

    /**
     * The file system of {@code dir} in an instance of its own, to be closed: one that writes no
     * checksum files beside the editions and the manifest ({@code file:} does by default) and
     * looks for none when it reads them (the command line writes none), the shared one left as it is.
     */
    static FileSystem open(Path dir, Configuration conf) throws IOException {
        FileSystem fs = FileSystem.newInstance(dir.toUri(), conf);
        fs.setWriteChecksum(false);
        fs.setVerifyChecksum(false);
        return fs;
    }

    /** Writes the editions and returns their final paths; {@code hook} hears of each one staged. */
    static List<Path> write(FileSystem fs, Path dir, List<ArticleBuild.Edition> editions, StagingHook hook)
            throws IOException {
        List<Path[]> staged = new ArrayList<>();
        List<Path> done = new ArrayList<>();
        try {
            for (ArticleBuild.Edition e : editions) {
                Path tmp = new Path(dir, "." + e.fileName() + "." + UUID.randomUUID() + TEMPORARY);
                staged.add(new Path[] {tmp, new Path(dir, e.fileName())});
                try (FSDataOutputStream out = fs.create(tmp, false)) {
                    out.write(e.bytes());
                }
                hook.staged(e.fileName());
            }
            for (Path[] s : staged) {
                rename(fs, s[0], s[1]);
                done.add(s[1]);
            }
            return done;
        } catch (IOException | RuntimeException | Error e) {
            for (Path[] s : staged) {
                fs.delete(s[0], false);
            }
            for (Path p : done) {
                fs.delete(p, false);
            }
            throw e;
        }
    }

    /** Renames over an existing file: in one step where the file system can, else by removing it first. */
    static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (fs.rename(from, to)) {
            return;
        }
        fs.delete(to, false);
        if (!fs.rename(from, to)) {
            throw new IOException("cannot rename " + from + " to " + to);
        }
    }

    /** Removes the temporary files left in {@code dir} by task attempts that died; returns how many. */
    static int sweep(FileSystem fs, Path dir) throws IOException {
        int removed = 0;
        if (!fs.exists(dir)) {
            return 0;
        }
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (s.isFile() && name.startsWith(".") && name.endsWith(TEMPORARY) && fs.delete(s.getPath(), false)) {
                removed++;
            }
        }
        return removed;
    }
}
