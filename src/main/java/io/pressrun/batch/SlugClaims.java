package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Two articles may not claim one slug: their editions would be one file. Slugs are compared
 * without letter case, since file names that differ only in case are one file on macOS and
 * Windows. Used by the batch and by the Spark job alike.
 */
public final class SlugClaims {
    private SlugClaims() {
    }

    /** A source and the slug it claims. */
    public record Claim(Path source, String slug) {
    }

    /** What slugs are compared by: two slugs with one key are one output file. */
    public static String key(String slug) {
        return slug.toLowerCase(Locale.ROOT);
    }

    /**
     * The error for {@code self}, one of the {@code claimants} (all of one key, two or more):
     * it names the others, and how to tell them apart.
     */
    public static Diagnostic conflict(Claim self, List<Claim> claimants) {
        String slug = self.slug();
        String others = claimants.stream().filter(c -> !c.equals(self))
                .map(c -> c.source() + (c.slug().equals(slug) ? "" : " (as '" + c.slug() + "')"))
                .reduce((a, b) -> a + ", " + b).orElse("");
        boolean caseDiffers = claimants.stream().anyMatch(c -> !c.slug().equals(slug));
        return Diagnostic.error(self.source(), 0, "slug '" + slug + "' is also the slug of " + others
                + (caseDiffers ? "; file names that differ only in letter case are one file on macOS and Windows" : "")
                + "; give each article its own 'slug:' so no edition overwrites another");
    }

    /** The error for a source whose slug, read again to be built, is no longer the one it claimed. */
    public static Diagnostic changed(Path source, String slug) {
        return Diagnostic.error(source, 0, "the file changed while the batch was built (its slug is now '" + slug
                + "'); build again");
    }
}
