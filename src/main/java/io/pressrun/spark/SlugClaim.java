package io.pressrun.spark;

import io.pressrun.batch.SlugClaims;
import io.pressrun.source.InputLimits;
import io.pressrun.source.SlugReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The slug an article source claims, read from its front matter alone: the small record the
 * job shuffles by slug to find the articles that claim one.
 *
 * @param source the source's fully qualified Hadoop path
 * @param slug   null when the front matter cannot be read (building the article then says why)
 */
record SlugClaim(String source, String slug) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The name the article is read under: the source's path without its file system, as the
     * command line names a file ({@code /archive/2019/story/article.md}); it starts each message.
     */
    String name() {
        return new Path(source).toUri().getPath();
    }

    /** What claims are grouped by: the slug without letter case, or the source itself when no slug is known. */
    String key() {
        return slug == null ? "\u0000" + source : SlugClaims.key(slug);
    }

    SlugClaims.Claim asClaim() {
        return new SlugClaims.Claim(java.nio.file.Path.of(name()), slug);
    }

    /** The claims of a partition's sources, keyed for the shuffle. */
    static Iterator<Tuple2<String, SlugClaim>> readAll(Iterator<String> sources, JobSettings settings,
                                                       HadoopSettings hadoop) {
        Configuration conf = hadoop.configuration();
        List<Tuple2<String, SlugClaim>> claims = new ArrayList<>();
        while (sources.hasNext()) {
            String source = sources.next();
            String slug;
            try {
                byte[] text = read(source, conf);
                slug = SlugReader.read(java.nio.file.Path.of(new SlugClaim(source, null).name()), text,
                        InputLimits.DEFAULT).orElse(null);
            } catch (IOException e) {
                slug = null;
            }
            SlugClaim claim = new SlugClaim(source, slug);
            claims.add(new Tuple2<>(claim.key(), claim));
        }
        return claims.iterator();
    }

    /** A source's bytes, one past the size limit at most (the reader refuses that as too large). */
    static byte[] read(String source, Configuration conf) throws IOException {
        Path p = new Path(source);
        try (FSDataInputStream in = p.getFileSystem(conf).open(p)) {
            return in.readNBytes((int) InputLimits.DEFAULT.maxSourceBytes() + 1);
        }
    }
}
