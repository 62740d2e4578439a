package io.pressrun.fuzz;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.ArticleException;
import io.pressrun.source.ArticleReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shared set-up for the fuzz tests: one scratch folder per JVM (fuzzing runs millions of inputs,
 * so files are overwritten in place rather than made anew), with a valid JPEG and PNG beside
 * the article so that fuzzed image references reach the image checks.
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

    /**
     * Reads the article; a refusal ({@link ArticleException}) is an expected outcome, anything
     * else thrown propagates and is a bug.
     */
    static void read(Path article) {
        try {
            new ArticleReader(CTX.templates(), CTX.limits()).read(article);
        } catch (ArticleException refused) {
            if (refused.diagnostic() == null || refused.diagnostic().message().isBlank()) {
                throw new AssertionError("a refusal without a message", refused);
            }
        }
    }
}
