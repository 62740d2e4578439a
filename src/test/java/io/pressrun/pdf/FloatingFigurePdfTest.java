package io.pressrun.pdf;

import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.source.ArticleReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A figure that does not fit at the foot of page 1 opens page 2 while the paragraphs after it
 * fill page 1; the structure tree still reads it where the source has it, between the
 * paragraph before it and the one after, and the file conforms to PDF/UA-1 and PDF/A-2a.
 */
class FloatingFigurePdfTest {
    private static final Path ARTICLE = Path.of("src/test/resources/layout/figure-float/article.md");
    private static byte[] pdf;

    @BeforeAll
    static void write() throws IOException {
        BuildContext ctx = BuildContext.defaults();
        Article article = new ArticleReader(ctx.templates(), ctx.limits()).read(ARTICLE).article();
        pdf = PdfTestSupport.write(article);
    }

    /** The Document element's children, with the text of each (empty for a Figure). */
    private static List<String> children(PDDocument doc, List<PDStructureElement> out) throws IOException {
        PDStructureElement document = PdfTagsTest.find(doc, "Document").get(0);
        List<String> texts = new ArrayList<>();
        for (Object k : document.getKids()) {
            if (k instanceof PDStructureElement e) {
                out.add(e);
                texts.add(e.getStructureType() + ": " + PdfTagsTest.text(doc, e).strip());
            }
        }
        return texts;
    }

    @Test
    void theFigureOpensTheNextPageButIsReadWhereTheSourceHasIt() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> elements = new ArrayList<>();
            List<String> texts = children(doc, elements);
            int figure = texts.indexOf("Figure: ");
            assertTrue(figure > 0, "a Figure element: " + texts);
            assertTrue(texts.get(figure - 1).startsWith("P: Until then") && texts.get(figure - 1).endsWith("every week."),
                    "before the figure: " + texts.get(figure - 1));
            assertTrue(texts.get(figure + 1).startsWith("Caption: The quay wall"), texts.get(figure + 1));
            int after = figure + 1;
            while (!texts.get(after).startsWith("P: ")) {
                after++;
            }
            assertTrue(texts.get(after).startsWith("P: After the figure the text goes on."), texts.get(after));
            assertEquals(1, doc.getPages().indexOf(elements.get(figure).getPage()), "the figure on page 2");
            assertEquals(0, doc.getPages().indexOf(elements.get(after).getPage()),
                    "the paragraph after it on page 1");
        }
    }

    @Test
    void conforms() {
        PdfConformanceTest.assertConforms(pdf, "floating figure");
    }
}
