package io.pressrun.source;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Output file names derived from source file names. */
final class Slugs {
    /** The endings of Markdown files, as blog engines accept them. */
    static final List<String> MARKDOWN_ENDINGS = List.of(".md", ".markdown", ".mdown", ".mkd");
    /** Files named for their folder: a Hugo page bundle's {@code index.md}, our {@code article.md}. */
    private static final Set<String> BUNDLE_INDEX = Set.of("index", "article");

    private Slugs() {
    }

    /**
     * {@code my-story.md} gives {@code my-story}; {@code story/index.md} and
     * {@code story/article.md} give {@code story}. The other Markdown endings are taken off too.
     */
    static String fromFileName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String base = withoutEnding(abs.getFileName().toString());
        if (isBundleIndex(abs)) {
            base = abs.getParent().getFileName().toString();
        }
        return sanitise(base);
    }

    /** Whether a file stands for its folder ({@code story/index.md}). */
    static boolean isBundleIndex(Path abs) {
        return BUNDLE_INDEX.contains(withoutEnding(abs.getFileName().toString()).toLowerCase(Locale.ROOT))
                && abs.getParent() != null && abs.getParent().getFileName() != null;
    }

    /** Whether a file name has one of the Markdown endings, in any letter case. */
    static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MARKDOWN_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    private static String withoutEnding(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ending : MARKDOWN_ENDINGS) {
            if (lower.endsWith(ending)) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    /** Letters and digits kept (accents dropped), everything else a single '-'. */
    static String sanitise(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+|-+$", "");
        return slug.isEmpty() ? "article" : slug;
    }
}
