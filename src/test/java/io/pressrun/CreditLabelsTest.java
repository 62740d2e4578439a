package io.pressrun;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credits say what they are in both editions: one written with its label keeps it and gets no
 * second one; one written bare gets the label of its place (the lead image a photo, a figure an image).
 */
class CreditLabelsTest {
    private static final String SOURCE = """
            ---
            title: "Credits with labels"
            author: Jane Reporter
            date: 2024-05-01
            image:
              src: lead.jpg
              alt: "A harbour"
              caption: "The harbour."
              credit: "Photo: Jane Doe"
            ---

            Text before the figures.

            ![A chart of fares](chart.png "Fares rose. | Chart: Statista")

            ![A map of the routes](map.png "The routes. | map: OpenStreetMap contributors")

            ![The quay](quay.jpg "The quay at dawn. | Reuters")
            """;

    private static SourceEditions built;

    @BeforeAll
    static void build(@TempDir Path dir) {
        built = SourceEditions.build(dir, SOURCE, Map.of("lead.jpg", TestFiles.jpeg(120, 80),
                "chart.png", TestFiles.png(100, 60), "map.png", TestFiles.png(90, 60), "quay.jpg", TestFiles.jpeg(80, 60)));
    }

    @Test
    void pdfShowsEachCreditWithOneLabel() throws Exception {
        String text = EditionText.ofPdf(built.pdf());
        List<String> lines = text.lines().map(String::strip).toList();
        for (String credit : List.of("Photo: Jane Doe", "Chart: Statista", "map: OpenStreetMap contributors",
                "Image: Reuters")) {
            assertTrue(lines.contains(credit), () -> credit + " in\n" + text);
        }
        for (String doubled : List.of("Photo: Photo:", "Image: Chart:", "Image: map:", "Photo: Chart")) {
            assertFalse(text.contains(doubled), () -> doubled + " in\n" + text);
        }
    }

    @Test
    void epubShowsEachCreditWithOneLabel() {
        Matcher m = Pattern.compile("<span class=\"credit\">([^<]*)</span>").matcher(built.articleXhtml());
        List<String> credits = new ArrayList<>();
        while (m.find()) {
            credits.add(m.group(1));
        }
        // the four figures, then the credits list, which names each picture and gives its credit as written
        assertEquals(List.of("Photo: Jane Doe", "Chart: Statista", "map: OpenStreetMap contributors",
                "Image: Reuters", "Photo: Jane Doe", "Chart: Statista", "map: OpenStreetMap contributors",
                "Reuters"), credits);
    }
}
