package io.pressrun.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * Editions of an earlier build whose article is gone: no source claims their slug any more.
 * They are named in the report, and removed only when asked ({@code --prune}).
 *
 * @param source  where its source was, relative to the output folder
 * @param files   its edition files, as the manifest recorded them
 * @param removed the files removed by this run
 */
public record Orphan(String slug, String source, List<Path> files, List<Path> removed) {
    public Orphan {
        files = List.copyOf(files);
        removed = List.copyOf(removed);
    }
}
