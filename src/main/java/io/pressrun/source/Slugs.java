package io.pressrun.source;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Output file names derived from source file names. */
final class Slugs {
    private Slugs() {
    }

    /** {@code my-story.md} gives {@code my-story}; {@code story/index.md} and {@code story/article.md} give {@code story}. */
    static String fromFileName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if ((base.equals("index") || base.equals("article")) && abs.getParent() != null
                && abs.getParent().getFileName() != null) {
            base = abs.getParent().getFileName().toString();
        }
        return sanitise(base);
    }

    /** Letters and digits kept (accents dropped), everything else a single '-'. */
    static String sanitise(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-._]+|-+$", "");
        return slug.isEmpty() ? "article" : slug;
    }
}
