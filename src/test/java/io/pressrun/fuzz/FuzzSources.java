package io.pressrun.fuzz;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.ArticleException;
import io.pressrun.source.ArticleReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shared set-up for the fuzz tests: one scratch folder per JVM (fuzzing runs millions of inputs,
 * so files are overwritten in place rather than made anew), with a valid JPEG and PNG beside
 * the article so that fuzzed image references reach the image checks. Each fuzz target's bytes
 * become an article file here the same way for the fuzz tests and for {@link CorpusOutcomeTest}.
 */
final class FuzzSources {
    private static final BuildContext CTX = BuildContext.defaults();
    private static Path dir;

    private FuzzSources() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("pressrun-fuzz");
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestFiles.write(dir, "photo.jpg", TestFiles.jpeg(8, 6));
            TestFiles.write(dir, "photo.png", TestFiles.png(8, 6));
        }
        return dir;
    }

    static Path write(String name, byte[] bytes) {
        return TestFiles.write(dir(), name, bytes);
    }

    /** The bytes are the whole article file. */
    static Path wholeFile(byte[] data) {
        return write("article.md", data);
    }

    /** The bytes before the first NUL are the YAML front matter, the rest the Markdown body. */
    static Path frontMatterThenBody(byte[] data) {
        int nul = indexOf(data, (byte) 0);
        var out = new ByteArrayOutputStream(data.length + 16);
        out.writeBytes("---\n".getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, nul < 0 ? data.length : nul);
        out.writeBytes("\n---\n".getBytes(StandardCharsets.US_ASCII));
        if (nul >= 0) {
            out.write(data, nul + 1, data.length - nul - 1);
        }
        return write("article.md", out.toByteArray());
    }

    /** A valid front matter, then the bytes as the Markdown body. */
    static Path markdownBody(byte[] data) {
        var out = new ByteArrayOutputStream(data.length + 80);
        out.writeBytes(TestFiles.FRONT.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(data);
        return write("article.md", out.toByteArray());
    }

    /** The bytes are the image file {@code name}, the lead image of an otherwise valid article. */
    static Path withLeadImage(String name, byte[] data) {
        write(name, data);
        String article = "---\ntitle: \"A picture\"\nauthor: Jane Reporter\ndate: 2024-05-01\nimage:\n"
                + "  src: " + name + "\n  alt: a picture\n---\n\nText.\n";
        return write("with-" + name + ".md", article.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the article; a refusal ({@link ArticleException}) is an expected outcome, anything
     * else thrown propagates and is a bug.
     */
    static void read(Path article) {
        ArticleException refused = refusal(article);
        if (refused != null && (refused.diagnostic() == null || refused.diagnostic().message().isBlank())) {
            throw new AssertionError("a refusal without a message", refused);
        }
    }

    /** Reads the article: null when it was read, the refusal when it was refused; anything else propagates. */
    static ArticleException refusal(Path article) {
        try {
            new ArticleReader(CTX.templates(), CTX.limits()).read(article);
            return null;
        } catch (ArticleException refused) {
            return refused;
        }
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
