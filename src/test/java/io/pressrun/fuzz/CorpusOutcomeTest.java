package io.pressrun.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every seed of the fuzz corpora has the outcome its name says (docs/FUZZING.md): a
 * {@code refused-*} seed is refused with a message for the user, naming the article and a line
 * of it; a {@code valid-*} seed is read. The fuzz tests themselves only prove that nothing
 * unexpected is thrown, so without this a refusal that stopped happening, or a valid article
 * that started to be refused, would go unseen.
 */
class CorpusOutcomeTest {
    private static final Path CORPUS = Path.of("src/test/resources/io/pressrun/fuzz");
    private static final Pattern NAME = Pattern.compile("(refused|valid)-[a-z0-9][a-z0-9.-]*");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jdk|sun|org|com)\\.[a-z]+\\.");

    /** Each fuzz target by its corpus folder: how it turns the bytes into an article file. */
    private static final Map<String, Function<byte[], Path>> TARGETS = Map.of(
            "ArticleSourceFuzzTestInputs/wholeFile", FuzzSources::wholeFile,
            "ArticleSourceFuzzTestInputs/frontMatterThenBody", FuzzSources::frontMatterThenBody,
            "ArticleSourceFuzzTestInputs/markdownBody", FuzzSources::markdownBody,
            "ImageLoadingFuzzTestInputs/leadJpeg", data -> FuzzSources.withLeadImage("lead.jpg", data),
            "ImageLoadingFuzzTestInputs/leadPng", data -> FuzzSources.withLeadImage("lead.png", data));

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile).map(f -> slashes(CORPUS.relativize(f))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void outcomeIsTheOneTheNameSays(String seed) throws IOException {
        Path file = CORPUS.resolve(seed);
        String folder = slashes(CORPUS.relativize(file.getParent()));
        Function<byte[], Path> target = TARGETS.get(folder);
        assertNotNull(target, () -> seed + ": no fuzz target reads the folder " + folder);
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            fail(seed + " follows no naming rule: name a seed refused-<what> or valid-<what> (lower case, "
                    + "digits, '-' and '.') after the outcome it has; see docs/FUZZING.md");
        }
        Path article = target.apply(Files.readAllBytes(file));
        ArticleException refusal = FuzzSources.refusal(article);
        if (name.group(1).equals("valid")) {
            if (refusal != null) {
                fail(seed + " is named valid-* but was refused: " + refusal.getMessage());
            }
        } else {
            assertNotNull(refusal, () -> seed + " is named refused-* but was read");
            assertIsForTheUser(refusal, article);
        }
    }

    /** The normal refusal: an error naming the article and, for a file with lines, one of them. */
    private static void assertIsForTheUser(ArticleException refusal, Path article) throws IOException {
        Diagnostic d = refusal.diagnostic();
        assertNotNull(d, "a refusal carries a diagnostic");
        assertEquals(Diagnostic.Severity.ERROR, d.severity(), d::format);
        assertEquals(article, d.file(), () -> "the message names the article: " + d.format());
        assertFalse(d.message().isBlank(), "a refusal says what is wrong");
        assertFalse(d.message().contains("\n"), () -> "one line, as editors read it: " + d.format());
        assertFalse(CLASS_NAME.matcher(d.message()).find(), () -> "no Java class names: " + d.format());
        long lines = lines(Files.readAllBytes(article));
        if (lines == 0) {
            assertEquals(0, d.line(), () -> "an empty file has no line to name: " + d.format());
        } else {
            assertTrue(d.line() >= 1 && d.line() <= lines,
                    () -> "names a line of the article's " + lines + ": " + d.format());
        }
        assertTrue(d.format().startsWith(article + (d.line() > 0 ? ":" + d.line() : "") + ": error: "), d::format);
        assertEquals(d.format(), refusal.getMessage());
    }

    @Test
    void everyFuzzTargetHasItsCorpusFolderAndNoFolderIsLeftOver() throws IOException {
        Set<String> methods = new TreeSet<>();
        for (Class<?> c : new Class<?>[]{ArticleSourceFuzzTest.class, ImageLoadingFuzzTest.class}) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(FuzzTest.class)) {
                    methods.add(c.getSimpleName() + "Inputs/" + m.getName());
                }
            }
        }
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            files.filter(Files::isRegularFile).forEach(f -> folders.add(slashes(CORPUS.relativize(f.getParent()))));
        }
        assertEquals(methods, new TreeSet<>(TARGETS.keySet()), "the fuzz targets this test replays");
        assertEquals(methods, folders, "corpus folders");
    }

    private static long lines(byte[] bytes) {
        if (bytes.length == 0) {
            return 0;
        }
        long n = 1;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
