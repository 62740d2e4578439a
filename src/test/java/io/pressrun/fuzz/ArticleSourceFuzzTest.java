package io.pressrun.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

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
        FuzzSources.read(FuzzSources.wholeFile(data));
    }

    /**
     * Front matter and body as separate pieces, so that most inputs get past the front matter
     * split: the bytes before the first NUL are the YAML, the rest the Markdown body.
     */
    @FuzzTest(maxDuration = "5m")
    void frontMatterThenBody(byte[] data) {
        FuzzSources.read(FuzzSources.frontMatterThenBody(data));
    }

    /** A valid front matter, then the bytes as the Markdown body. */
    @FuzzTest(maxDuration = "5m")
    void markdownBody(byte[] data) {
        FuzzSources.read(FuzzSources.markdownBody(data));
    }
}
