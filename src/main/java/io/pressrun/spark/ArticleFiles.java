package io.pressrun.spark;

import io.pressrun.batch.SourceFinder;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The article sources an {@code --input} names, in any Hadoop file system: a folder searched
 * as the command line searches one (Markdown files, no README.md or _index.md, no hidden folder
 * or node_modules), a glob ({@code s3a://bucket/2019/*}{@code /article.md}) whose matches are
 * such files or folders, or one file.
 */
final class ArticleFiles {
    private ArticleFiles() {
    }

    /** Every source found, as fully qualified paths, sorted. */
    static List<String> find(List<String> inputs, Configuration conf) throws IOException {
        List<String> found = new ArrayList<>();
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                throw new IOException(input + ": no such file or folder");
            }
            for (FileStatus m : matches) {
                if (m.isDirectory()) {
                    walk(fs, m.getPath(), found);
                } else if (SourceFinder.isArticle(m.getPath().getName()) || matches.length == 1) {
                    found.add(m.getPath().toString());
                }
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    /**
     * The articles under {@code dir}, from one recursive listing: on an object store that is a
     * flat listing of keys, a thousand a request, not one request per folder.
     */
    private static void walk(FileSystem fs, Path dir, List<String> found) throws IOException {
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
        int top = dir.depth();
        while (files.hasNext()) {
            Path file = files.next().getPath();
            if (SourceFinder.isArticle(file.getName()) && !inSkippedFolder(file, top)) {
                found.add(file.toString());
            }
        }
    }

    /** Whether a folder between the one searched (at depth {@code top}) and the file is one a search leaves out. */
    private static boolean inSkippedFolder(Path file, int top) {
        for (Path d = file.getParent(); d != null && d.depth() > top; d = d.getParent()) {
            if (SourceFinder.skipsFolder(d.getName())) {
                return true;
            }
        }
        return false;
    }
}
