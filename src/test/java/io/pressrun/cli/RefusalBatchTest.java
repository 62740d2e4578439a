package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of bad input, in a batch beside a good article: the bad one is refused with its
 * message and leaves no file; the good one is built; the exit code is 1.
 */
class RefusalBatchTest {
    @TempDir
    Path dir;

    /** A bad input: what to put in the folder {@code in/bad/}, and the message expected for {@code bad.md}. */
    record Case(String name, Consumer<Path> setup, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String withImage(String src) {
        return "---\ntitle: T\nauthor: A\ndate: 2024-01-01\nimage:\n  src: \"" + src + "\"\n  alt: a picture\n---\n\nText.\n";
    }

    private static void article(Path d, String text) {
        TestFiles.write(d, "bad.md", text);
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("empty file", d -> article(d, ""), ":: error: the file is empty"),
                new Case("invalid UTF-8", d -> TestFiles.write(d, "bad.md",
                        (FRONT + "\nCaf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1)), ":7: error: the file is not valid UTF-8: byte 0xE9 at byte offset 75"),
                new Case("no front matter", d -> article(d, "Just text.\n"), ":1: error: no front matter"),
                new Case("invalid YAML", d -> article(d, "---\ntitle: T\nauthor: A\ndate: 2024-01-01\nsubtitle: [open\n---\nB\n"),
                        ":6: error: invalid YAML in the front matter: expected ',' or ']', but got <stream end>"),
                new Case("wrong type", d -> article(d, "---\ntitle: {a: b}\nauthor: A\ndate: 2024-01-01\n---\nB\n"),
                        ":2: error: 'title' must be text, not a mapping"),
                new Case("bad BCP 47 tag", d -> article(d, FRONT.replace("date:", "language: en__US\ndate:") + "B\n"),
                        ":4: error: 'language' is not a valid BCP 47 language tag: 'en__US'"),
                new Case("missing title", d -> article(d, "---\nauthor: A\ndate: 2024-01-01\n---\nB\n"), ":2: error: 'title' is required"),
                new Case("missing date", d -> article(d, "---\ntitle: T\nauthor: A\n---\nB\n"), ":2: error: 'date' is required"),
                new Case("missing image", d -> article(d, withImage("lead.jpg")), ":6: error: image 'lead.jpg' not found"),
                new Case("image path with ..", d -> {
                    TestFiles.write(d.getParent(), "outside.jpg", TestFiles.jpeg(10, 10));
                    article(d, withImage("../outside.jpg"));
                }, ":6: error: image path '../outside.jpg' leads outside the article's folder"),
                new Case("absolute image path", d -> article(d, withImage("/etc/passwd")), ":6: error: image path '/etc/passwd' is absolute"),
                new Case("symlink out", d -> {
                    Path target = TestFiles.write(d.getParent().getParent(), "secret.jpg", TestFiles.jpeg(10, 10));
                    try {
                        Files.createSymbolicLink(d.resolve("lead.jpg"), target);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    article(d, withImage("lead.jpg"));
                }, ":6: error: image 'lead.jpg' is a link to a file outside the article's folder"),
                new Case("URL as image", d -> article(d, withImage("http://example.com/a.jpg")),
                        ":6: error: image 'http://example.com/a.jpg' is a URL; images are never fetched"),
                new Case("truncated image", d -> {
                    byte[] jpeg = TestFiles.jpeg(300, 200);
                    TestFiles.write(d, "lead.jpg", Arrays.copyOf(jpeg, jpeg.length / 3));
                    article(d, withImage("lead.jpg"));
                }, ":6: error: image 'lead.jpg' is "),
                new Case("not an image", d -> {
                    TestFiles.write(d, "lead.png", "<html>not a picture</html>");
                    article(d, withImage("lead.png"));
                }, ":6: error: 'lead.png' is not an image"),
                new Case("decompression bomb", d -> {
                    try (InputStream in = RefusalBatchTest.class.getResourceAsStream("/images/bomb-20000x20000.png")) {
                        TestFiles.write(d, "lead.png", in.readAllBytes());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    article(d, withImage("lead.png"));
                }, ":6: error: image 'lead.png' is 20000×20000 pixels, over the budget"),
                new Case("source over the size limit", d -> article(d, FRONT + "x".repeat(5 << 20)),
                        ":: error: the file is 5,242,95"),
                new Case("unknown key under --strict", d -> article(d, FRONT.replace("date:", "titel: x\ndate:") + "B\n"),
                        ":4: error: unknown front matter key 'titel' is ignored (did you mean 'title'?) (--strict)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badArticleIsRefusedAloneAndLeavesNothing(Case c) throws IOException {
        Path in = dir.resolve("batch/in");
        TestFiles.write(in, "good/good.md", FRONT + "\nA good article.\n");
        Path bad = in.resolve("bad");
        Files.createDirectories(bad);
        c.setup().accept(bad);
        Path out = dir.resolve("out");
        var r = BuildCommandTest.run("build", "--strict", "--out", out.toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        String expected = bad.resolve("bad.md") + c.expected().replaceFirst("^::", ":");
        assertTrue(r.err().contains(expected), () -> "expected «" + expected + "» in:\n" + r.err());
        assertTrue(r.err().contains("1 built, 1 failed"), r.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".pressrun-manifest.json", "good.epub", "good.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the good article's editions and the build manifest, nothing of the bad article");
        }
    }
}
