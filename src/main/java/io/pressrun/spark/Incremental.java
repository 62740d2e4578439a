package io.pressrun.spark;

import io.pressrun.batch.BuildManifest;
import org.apache.hadoop.fs.Path;

import java.io.Serializable;
import java.net.URI;
import java.util.HashMap;
import java.util.Objects;

/**
 * What the driver sends every task for incremental building: the entries of the output
 * folder's manifest as the last build left it, the digest of this run's settings, and whether
 * every article is to be built anyway ({@code --force}).
 *
 * <p>A source is recorded, as by the command line, by its path relative to the output folder
 * ({@code ../articles/2019/story/article.md}) when both are in one file system (the same scheme
 * and authority: {@code file:}, one HDFS, one bucket); otherwise by its whole address
 * ({@code s3a://archive/2019/story/article.md}), which no command line build records.
 *
 * @param outDir   the output folder, fully qualified
 * @param settings the digest of the settings ({@link io.pressrun.batch.InputDigests#settingsOf})
 * @param previous the last build's entries by slug
 */
record Incremental(String outDir, String settings, HashMap<String, BuildManifest.Entry> previous, boolean force)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The source (fully qualified) as the manifest records it. */
    String sourceKey(String source) {
        URI out = new Path(outDir).toUri();
        URI src = new Path(source).toUri();
        if (!Objects.equals(out.getScheme(), src.getScheme()) || !Objects.equals(out.getAuthority(), src.getAuthority())) {
            return source;
        }
        java.nio.file.Path from = java.nio.file.Path.of(out.getPath()).normalize();
        return from.relativize(java.nio.file.Path.of(src.getPath()).normalize()).toString().replace('\\', '/');
    }
}
