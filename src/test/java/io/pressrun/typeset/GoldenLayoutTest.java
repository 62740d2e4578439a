package io.pressrun.typeset;

import io.pressrun.UnifiedDiff;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.LayoutListing;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden layouts: each folder of {@code src/test/resources/layout/} holds an {@code article.md}
 * that exercises one typographic feature, and the expected {@link LayoutDump} of it on A4 and
 * on Letter ({@code a4.txt}, {@code letter.txt}). A layout that differs fails with a unified
 * diff. With {@code -Dgolden.update=true} the expected files are rewritten instead (see
 * docs/TYPOGRAPHY.md, "Golden layouts").
 */
class GoldenLayoutTest {
    static final Path CASES = Paths.get("src/test/resources/layout");
    static final String UPDATE = "golden.update";

    private static final Map<Paper, LayoutListing> LISTINGS = new EnumMap<>(Paper.class);
    private static final AtomicInteger compared = new AtomicInteger();
    private static final AtomicInteger rewritten = new AtomicInteger();

    static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /** Every case folder (one with an {@code article.md}), in name order. */
    static List<Path> cases() {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(d -> Files.isRegularFile(d.resolve("article.md"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The papers to compare: all of them, unless {@code golden.papers} names some (the mutation
     * check names A4 alone, halving the cost of the cases it runs for every mutant).
     */
    static List<Paper> papers() {
        String only = System.getProperty("golden.papers", "").strip();
        return only.isEmpty() ? List.of(Paper.values())
                : Stream.of(only.split(",")).map(p -> Paper.valueOf(p.strip().toUpperCase(Locale.ROOT))).toList();
    }

    static Stream<Arguments> casesOnEachPaper() {
        List<Arguments> out = new ArrayList<>();
        for (Path c : cases()) {
            for (Paper p : papers()) {
                out.add(Arguments.of(c.getFileName().toString(), p));
            }
        }
        return out.stream();
    }

    /** The expected dump of a case on a paper: {@code <case>/a4.txt} or {@code <case>/letter.txt}. */
    static Path expectedFile(String name, Paper paper) {
        return CASES.resolve(name).resolve(paper.name().toLowerCase(Locale.ROOT) + ".txt");
    }

    /** The case's article read as a build reads it (no warnings allowed) and laid out on {@code paper}. */
    static String layout(String name, Paper paper) {
        LayoutListing listing;
        synchronized (LISTINGS) {
            listing = LISTINGS.computeIfAbsent(paper, p -> new LayoutListing(BuildContext.defaults(p,
                    Templates.bundled())));
        }
        LayoutListing.Result result = listing.list(CASES.resolve(name).resolve("article.md"));
        assertEquals(List.of(), result.diagnostics(), "a golden case reads and lays out without a message");
        return result.dump();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("casesOnEachPaper")
    void layoutIsAsExpected(String name, Paper paper) throws IOException {
        String actual = layout(name, paper);
        Path file = expectedFile(name, paper);
        compared.incrementAndGet();
        boolean exists = Files.isRegularFile(file);
        String expected = exists ? Files.readString(file, StandardCharsets.UTF_8) : null;
        if (actual.equals(expected)) {
            return;
        }
        if (updating()) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            rewritten.incrementAndGet();
            return;
        }
        if (!exists) {
            fail("no expected layout " + file + ": run `mvn test -Dtest=GoldenLayoutTest -D" + UPDATE
                    + "=true` to write it, then read it and commit it");
        }
        String diff = UnifiedDiff.of(file + " (expected)", expected, "layout of " + name + " on " + paper
                + " (actual)", actual);
        fail("the layout of " + name + " on " + paper + " is not the expected one; if the change is meant, "
                + "run `mvn test -Dtest=GoldenLayoutTest -D" + UPDATE + "=true` and review the rewritten files\n"
                + (diff.isEmpty() ? "(they differ only in line endings or the final newline)\n" : diff));
    }

    @AfterAll
    static void sayWhatWasRewritten() {
        if (updating()) {
            System.out.printf(Locale.ROOT, "golden layouts: rewrote %d of %d expected files in %s%n",
                    rewritten.get(), compared.get(), CASES);
        }
    }

    /** Enough cases that each typographic feature has its own. */
    @Test
    void thereAreCasesToCompare() {
        assertTrue(cases().size() >= 15, "cases in " + CASES + ": " + cases());
    }
}
