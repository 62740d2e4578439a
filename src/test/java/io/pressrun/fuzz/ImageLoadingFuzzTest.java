package io.pressrun.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

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
        readWithLeadImage("lead.jpg", data);
    }

    @FuzzTest(maxDuration = "5m")
    void leadPng(byte[] data) {
        readWithLeadImage("lead.png", data);
    }

    private static void readWithLeadImage(String name, byte[] data) {
        FuzzSources.write(name, data);
        String article = "---\ntitle: \"A picture\"\nauthor: Jane Reporter\ndate: 2024-05-01\nimage:\n"
                + "  src: " + name + "\n  alt: a picture\n---\n\nText.\n";
        FuzzSources.read(FuzzSources.write("with-" + name + ".md", article.getBytes(StandardCharsets.UTF_8)));
    }
}
