package io.pressrun.batch;

import io.pressrun.model.ErrorWords;
import io.pressrun.source.SlugReader;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the SOURCE arguments into article files: a Markdown file ({@code .md},
 * {@code .markdown}, {@code .mdown}, {@code .mkd}) is taken as it is; a folder is searched
 * recursively for them, skipping {@code README.md}, Hugo's section pages {@code _index.md},
 * hidden folders and files and {@code node_modules}. Each folder's articles come in name order,
 * so batches are reproducible.
 */
public final class SourceFinder {
    private SourceFinder() {
    }

    /** Thrown for a SOURCE that does not exist or is not an article. */
    public static final class BadSourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadSourceException(String message) {
            super(message);
        }
    }

    /** The articles the sources name; a source that does not exist is bad usage. */
    public static List<Path> find(List<Path> sources) {
        return find(sources, false);
    }

    /**
     * The articles the sources name.
     *
     * @param missingFailsAlone a named file that does not exist is kept among the articles, to
     *                          fail alone when it is read, rather than being bad usage
     */
    public static List<Path> find(List<Path> sources, boolean missingFailsAlone) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                found.addAll(walk(source));
            } else if (Files.isRegularFile(source)) {
                if (!SlugReader.isMarkdown(source.getFileName().toString())) {
                    throw new BadSourceException(source + ": error: not a Markdown article (expected a .md, .markdown,"
                            + " .mdown or .mkd file, or a folder)");
                }
                found.add(source.normalize());
            } else if (missingFailsAlone && source.getFileName() != null
                    && SlugReader.isMarkdown(source.getFileName().toString())) {
                found.add(source.normalize());
            } else {
                throw new BadSourceException(source + ": error: no such file or folder");
            }
        }
        return List.copyOf(found);
    }

    private static List<Path> walk(Path root) {
        List<Path> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && skipsFolder(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticle(file.getFileName().toString())) {
                        out.add(file.normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BadSourceException(root + ": error: cannot search the folder: " + ErrorWords.of(e));
        }
        out.sort(null);
        return out;
    }

    /** Whether a folder met in a search is left out: a hidden one, or {@code node_modules}. */
    public static boolean skipsFolder(String name) {
        return name.startsWith(".") || name.equals("node_modules");
    }

    /** Whether a file met in a search is an article: Markdown, not hidden, not a README or a section page. */
    public static boolean isArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && SlugReader.isMarkdown(name) && !lower.equals("readme.md")
                && !lower.startsWith("_index.");
    }
}
