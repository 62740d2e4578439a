package io.pressrun;

import io.pressrun.batch.Editions;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.source.ArticleReader;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words hyphenated at a line end are set with a real hyphen, and read whole from the PDF: the
 * hyphen is marked with the rest of the word as its actual text, the rest on the next line
 * with none (ISO 32000-1, 14.9.4), which PDFBox and poppler both honour. The article is the
 * golden layout case of US hyphenation, whose long words do not set well unbroken (the
 * bundled example's paragraphs now set without a hyphen, thanks to font expansion).
 */
class HyphenatedWordsTest {
    static final Path ARTICLE = Path.of("src/test/resources/layout/hyphen-en-us/article.md");
    static List<String> brokenWords = new ArrayList<>();
    static Path pdf;

    @BeforeAll
    static void findHyphenatedWords(@TempDir Path dir) throws IOException {
        BuildContext ctx = BuildContext.defaults();
        Article article = new ArticleReader(ctx.templates(), ctx.limits()).read(ARTICLE).article();
        Editions editions = new Editions(ctx);
        pdf = dir.resolve("hyphenated.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            editions.writePdf(article, out);
        }
        TypesetDocument doc = editions.layout(article);
        for (TypesetDocument.Page page : doc.pages()) {
            for (Placed item : page.items()) {
                if (item instanceof Placed.TextLine t && !t.line().spans().isEmpty()) {
                    List<Line.PlacedSpan> spans = t.line().spans();
                    Line.PlacedSpan last = spans.get(spans.size() - 1);
                    if (last.actualText() != null && last.span().text().equals("-")) {
                        // the word's first part: the spans set without a gap before the hyphen
                        int first = spans.size() - 2;
                        while (first > 0 && spans.get(first).x() <= spans.get(first - 1).x()
                                + spans.get(first - 1).span().width() + 0.01f) {
                            first--;
                        }
                        StringBuilder before = new StringBuilder();
                        spans.subList(first, spans.size() - 1).forEach(s -> before.append(s.span().text()));
                        List<String> w = TextFidelity.words(before.toString());
                        String head = w.get(w.size() - 1);
                        brokenWords.add(head + "|" + last.actualText());
                    }
                }
            }
        }
    }

    @Test
    void theArticleHasHyphenatedLines() {
        assertTrue(brokenWords.size() >= 2, "hyphenated: " + brokenWords);
    }

    @Test
    void pdfBoxReadsEveryHyphenatedWordWhole() throws Exception {
        String text = EditionText.ofPdf(Files.readAllBytes(pdf));
        List<String> words = TextFidelity.words(text);
        for (String broken : brokenWords) {
            String[] parts = broken.split("\\|");
            assertTrue(Collections.indexOfSubList(words, TextFidelity.words(parts[0] + parts[1])) >= 0,
                    broken + " not found whole");
            assertFalse(text.contains(parts[0] + "-\n"), broken + ": the added hyphen was extracted");
        }
    }

    @Test
    void popplerReadsEveryHyphenatedWordWhole() throws Exception {
        OutsidePrograms.require("poppler-utils", "pdftotext");
        ReaderToolsTest.Output text = ReaderToolsTest.run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> words = TextFidelity.words(text.out());
        for (String broken : brokenWords) {
            String[] parts = broken.split("\\|");
            assertTrue(Collections.indexOfSubList(words, TextFidelity.words(parts[0] + parts[1])) >= 0,
                    broken + " not found whole by pdftotext");
        }
        for (String broken : brokenWords) {
            assertFalse(text.out().contains(broken.split("\\|")[0] + "-\n"), broken + ": the added hyphen was extracted");
        }
    }
}
