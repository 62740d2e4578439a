package io.pressrun.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Arbitrary bytes as the lead image of an otherwise valid article. The image must be accepted
 * or refused with an {@link io.pressrun.model.ArticleException}; whatever ImageIO throws inside
 * must not escape as anything else.
 *
 * <p>Seed corpora: {@code src/test/resources/io/pressrun/fuzz/ImageLoadingFuzzTestInputs/<method>/}.
 */
class ImageLoadingFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void leadJpeg(byte[] data) {
        FuzzSources.read(FuzzSources.withLeadImage("lead.jpg", data));
    }

    @FuzzTest(maxDuration = "5m")
    void leadPng(byte[] data) {
        FuzzSources.read(FuzzSources.withLeadImage("lead.png", data));
    }
}
