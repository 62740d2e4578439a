package io.pressrun;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mutation profile (pom.xml, docs/TESTING.md) leaves out tests tagged {@code oracle} or
 * {@code slow}. A test in a mutated package that puts an edition to an outside validator (EPUBCheck,
 * Ace, veraPDF) takes seconds, and PIT would run it for every mutant it covers, often into a time-out:
 * such a test must carry one of those tags, on the test method that calls the validator.
 */
class MutationProfileTest {
    private static final List<String> MUTATED = List.of("source", "model", "text", "typeset", "epub", "batch", "cli");
    private static final Pattern VALIDATOR = Pattern.compile("\\b(EpubOracles|EpubCheckOracle|AceOracle|VeraPdfOracle)\\.");
    private static final Pattern METHOD = Pattern.compile("^    (?!return\\b)\\w[\\w<>\\[\\], ]*\\s\\w+\\(.*");
    private static final Pattern TAGGED = Pattern.compile("^    @Tag\\(\"(oracle|slow)\"\\)");

    @Test
    void testsThatCallAValidatorInAMutatedPackageAreTaggedOut() throws IOException {
        List<String> untagged = new ArrayList<>();
        int calls = 0;
        for (String pkg : MUTATED) {
            Path dir = Path.of("src/test/java/io/pressrun", pkg);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (VALIDATOR.matcher(lines.get(i)).find() && !lines.get(i).trim().startsWith("import ")) {
                            calls++;
                            if (!taggedOut(lines, i)) {
                                untagged.add(file + ":" + (i + 1));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(calls > 0, "the scan finds the validator calls that are there (EpubWriterTest's, at least)");
        assertEquals(List.of(), untagged, "validator calls in tests that the mutation profile would run");
    }

    @Test
    void theScanSeesAnUntaggedCallAndATaggedOne() {
        List<String> untagged = List.of("    @Test", "    void valid() {", "        EpubOracles.assertValid(f, \"x\");");
        List<String> tagged = List.of("    @Test", "    @Tag(\"oracle\")", "    void valid() {",
                "        VeraPdfOracle.assertCompliant(f);");
        assertFalse(taggedOut(untagged, 2));
        assertTrue(taggedOut(tagged, 3));
    }

    /** Whether the method around line {@code at} carries an oracle or slow tag among its annotations. */
    private static boolean taggedOut(List<String> lines, int at) {
        int i = at;
        while (i >= 0 && !METHOD.matcher(lines.get(i)).matches()) {
            i--;
        }
        for (i--; i >= 0 && lines.get(i).startsWith("    @"); i--) {
            if (TAGGED.matcher(lines.get(i)).find()) {
                return true;
            }
        }
        return false;
    }
}
