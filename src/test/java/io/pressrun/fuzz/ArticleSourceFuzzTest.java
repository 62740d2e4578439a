package io.pressrun.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Arbitrary bytes as an article source. Every input must either be read or be refused with an
 * {@link io.pressrun.model.ArticleException}; any other exception or error is a bug.
 *
 * <p>In a plain {@code mvn test} each method runs once per file of its seed corpus under
 * {@code src/test/resources/io/pressrun/fuzz/ArticleSourceFuzzTestInputs/<method>/}. See
 * docs/FUZZING.md for fuzzing.
 */
class ArticleSourceFuzzTest {

    /** The whole file, as is. */
    @FuzzTest(maxDuration = "5m")
    void wholeFile(byte[] data) {
        FuzzSources.read(FuzzSources.write("article.md", data));
    }

    /**
     * Front matter and body as separate pieces, so that most inputs get past the front matter
     * split: the bytes before the first NUL are the YAML, the rest the Markdown body.
     */
    @FuzzTest(maxDuration = "5m")
    void frontMatterThenBody(byte[] data) {
        int nul = indexOf(data, (byte) 0);
        var out = new ByteArrayOutputStream(data.length + 16);
        out.writeBytes("---\n".getBytes(StandardCharsets.US_ASCII));
        out.write(data, 0, nul < 0 ? data.length : nul);
        out.writeBytes("\n---\n".getBytes(StandardCharsets.US_ASCII));
        if (nul >= 0) {
            out.write(data, nul + 1, data.length - nul - 1);
        }
        FuzzSources.read(FuzzSources.write("article.md", out.toByteArray()));
    }

    /** A valid front matter, then the bytes as the Markdown body. */
    @FuzzTest(maxDuration = "5m")
    void markdownBody(byte[] data) {
        var out = new ByteArrayOutputStream(data.length + 80);
        out.writeBytes(io.pressrun.TestFiles.FRONT.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(data);
        FuzzSources.read(FuzzSources.write("article.md", out.toByteArray()));
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
