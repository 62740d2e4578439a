package io.pressrun;

import io.pressrun.model.Article;
import io.pressrun.model.Author;
import io.pressrun.model.Blocks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles in Arabic, Hebrew, Persian, Hindi, Bengali, Thai and Korean, each with Latin words,
 * numbers and a URL mixed in (src/test/resources/scripts), build: every word of the article
 * is in the PDF's text, in reading order, as PDFBox and poppler's pdftotext read it, and the
 * PDF passes veraPDF (PDF/UA-1 and PDF/A-2a).
 */
class WorldScriptsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/scripts");

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "persian", "hindi", "bengali", "thai", "korean"})
    void everyWordReadsInOrderAndThePdfIsValid(String name, @TempDir Path dir) throws Exception {
        SourceEditions built = SourceEditions.build(dir, Files.readString(FIXTURES.resolve(name + ".md")));
        Path pdf = Files.write(dir.resolve(name + ".pdf"), built.pdf());
        String pdfBox = EditionText.ofPdf(built.pdf());
        for (String text : texts(built.article())) {
            TextFidelity.assertWordsInOrder(text, pdfBox, name + " PDF (PDFBox)");
        }
        VeraPdfOracle.Result result = VeraPdfOracle.check(built.pdf(), name + ".pdf");
        assertTrue(result.compliant(), result::describe);
        OutsidePrograms.require("poppler-utils", "pdftotext");
        ReaderToolsTest.Output poppler = ReaderToolsTest.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        assertEquals(0, poppler.code(), poppler.err());
        for (String text : texts(built.article())) {
            TextFidelity.assertWordsInOrder(text, poppler.out(), name + " PDF (pdftotext)");
        }
    }

    /** What of the article is printed as written: title, subtitle, authors' names, body. */
    static List<String> texts(Article article) {
        List<String> texts = new ArrayList<>(List.of(article.title(), article.subtitle()));
        article.authors().stream().map(Author::name).forEach(texts::add);
        texts.add(Blocks.blockText(article.body()));
        return texts;
    }
}
