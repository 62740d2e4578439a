package io.pressrun;

import io.pressrun.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled example, built as a user builds it: EPUBCheck-clean, a PDF that passes veraPDF
 * for PDF/UA-1 and PDF/A-2a, and every word of its source (front matter and body, read here
 * independently of Pressrun's reader) in both editions.
 */
class ExampleEditionsTest {
    private static Path pdf;
    private static Path epub;

    @BeforeAll
    static void build() {
        pdf = ExampleBuild.pdf();
        epub = ExampleBuild.epub();
    }

    /** The texts a reader must find, each as written in the source. */
    static List<String> sourceTexts() throws IOException {
        String text = Files.readString(ExampleBuild.EXAMPLE);
        int end = text.indexOf("\n---\n", 4);
        @SuppressWarnings("unchecked")
        Map<String, Object> fm = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(text.substring(4, end));
        List<String> texts = new ArrayList<>();
        for (String key : List.of("title", "subtitle", "publisher", "rights")) {
            texts.add((String) fm.get(key));
        }
        for (Object a : (List<?>) fm.get("authors")) {
            ((Map<?, ?>) a).values().forEach(v -> texts.add((String) v));
        }
        Map<?, ?> image = (Map<?, ?>) fm.get("image");
        texts.add((String) image.get("caption"));
        texts.add((String) image.get("credit"));
        texts.add(text.substring(end + 5));
        return texts;
    }

    static String pdfText(Path file) throws IOException {
        return EditionText.ofPdf(Files.readAllBytes(file));
    }

    static String epubText(Path file) throws IOException {
        return EditionText.ofEpub(Files.readAllBytes(file));
    }

    @Test
    void epubPassesEpubCheckAndAce() throws IOException {
        EpubOracles.assertValid(epub, "the example");
    }

    @Test
    void pdfPassesVeraPdfForPdfUaAndPdfA() throws IOException {
        VeraPdfOracle.Result r = VeraPdfOracle.check(pdf);
        assertTrue(r.compliant(), r::describe);
    }

    @Test
    void everySourceWordIsInThePdf() throws IOException {
        String text = pdfText(pdf);
        for (String source : sourceTexts()) {
            TextFidelity.assertWordsInOrder(source, text, "PDF");
        }
    }

    @Test
    void everySourceWordIsInTheEpub() throws Exception {
        String text = epubText(epub);
        for (String source : sourceTexts()) {
            TextFidelity.assertWordsInOrder(source, text, "EPUB");
        }
    }

    @Test
    void rebuildingGivesTheSameBytes(@TempDir Path again) throws IOException {
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "build", "--out", again.toString(), "examples"));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(pdf), Files.readAllBytes(again.resolve(ExampleBuild.SLUG + ".pdf"))),
                "PDF bytes differ between two builds");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(epub), Files.readAllBytes(again.resolve(ExampleBuild.SLUG + ".epub"))),
                "EPUB bytes differ between two builds");
    }
}
