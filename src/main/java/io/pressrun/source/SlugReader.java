package io.pressrun.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The slug an article claims, found cheaply: from the front matter's {@code slug:} or else
 * the file name, exactly as {@link ArticleReader} finds it, without reading the body or any
 * image. A batch reads every source this way first, to find two articles claiming one slug
 * before it writes anything, holding no article.
 */
public final class SlugReader {
    private SlugReader() {
    }

    /**
     * The article's slug, or empty when its front matter cannot be read (reading the whole
     * article then fails, and says why).
     */
    public static Optional<String> read(Path file, InputLimits limits) {
        try {
            return claimed(file, SourceText.read(file, limits.maxSourceBytes(), new ArrayList<>()));
        } catch (RuntimeException | StackOverflowError e) { // ArticleException included
            return Optional.empty();
        }
    }

    /**
     * The slug of an article given as bytes, read under {@code name} (see
     * {@link ArticleReader#read(Path, byte[], AssetResolver)}); empty when its front matter cannot be read.
     */
    public static Optional<String> read(Path name, byte[] source, InputLimits limits) {
        try {
            return claimed(name, SourceText.decode(name, source, limits.maxSourceBytes(), new ArrayList<>()));
        } catch (RuntimeException | StackOverflowError e) { // ArticleException included
            return Optional.empty();
        }
    }

    private static Optional<String> claimed(Path file, String text) {
        SourceParts parts = SourceParts.split(file, text);
        FrontMatter fm = FrontMatterReader.read(file, parts, new ArrayList<>());
        return Optional.of(fm.slug().orElseGet(() -> Slugs.fromFileName(file)));
    }

    /** Whether a file name ends like a Markdown file: {@code .md}, {@code .markdown}, {@code .mdown}, {@code .mkd}. */
    public static boolean isMarkdown(String fileName) {
        return Slugs.isMarkdown(fileName);
    }

    /** The slug the file name gives ({@code story.md} and {@code story/index.md} give {@code story}). */
    public static String fromFileName(Path file) {
        return Slugs.fromFileName(file);
    }
}
