package io.pressrun.batch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The error for two or more sources claiming one slug: it names the others, and letter case when that is the difference. */
class SlugClaimsTest {
    private static final Path A = Path.of("in/a.md");
    private static final Path B = Path.of("in/b.md");
    private static final Path C = Path.of("in/c.md");

    @Test
    void theErrorNamesEveryOtherClaimant() {
        var a = new SlugClaims.Claim(A, "news");
        var claimants = List.of(a, new SlugClaims.Claim(B, "news"), new SlugClaims.Claim(C, "news"));
        var error = SlugClaims.conflict(a, claimants);
        assertEquals(A, error.file());
        assertEquals("slug 'news' is also the slug of " + B + ", " + C
                + "; give each article its own 'slug:' so no edition overwrites another", error.message());
    }

    @Test
    void slugsThatDifferInLetterCaseAreSaidToBeOneFileOnSomeSystems() {
        var a = new SlugClaims.Claim(A, "news");
        var error = SlugClaims.conflict(a, List.of(a, new SlugClaims.Claim(B, "News")));
        assertEquals("slug 'news' is also the slug of " + B + " (as 'News'); file names that differ only in letter"
                + " case are one file on macOS and Windows; give each article its own 'slug:' so no edition"
                + " overwrites another", error.message());
    }
}
