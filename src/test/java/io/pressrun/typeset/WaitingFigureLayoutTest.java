package io.pressrun.typeset;

import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.source.ArticleReader;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.style.Theme;
import io.pressrun.typeset.page.PageFrame;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body figure that waits for the next page while the text after it fills the page: on the
 * first page the paragraph after it in the source follows the paragraph before it as any
 * paragraph does (indented, no space between them); on the next page the figure opens the page
 * and keeps the space after a figure below its credit.
 */
class WaitingFigureLayoutTest {
    private static final Path ARTICLE = Path.of("src/test/resources/layout/figure-float/article.md");

    private static TypesetDocument typeset(Paper paper) throws IOException {
        BuildContext ctx = BuildContext.defaults();
        Article article = new ArticleReader(ctx.templates(), ctx.limits()).read(ARTICLE).article();
        return new Typesetter(ctx.theme(), Labels.forLanguage(ctx.templates(), "en"), paper,
                TypesetterTest.FONTS).typeset(article);
    }

    private static List<Placed.TextLine> lines(TypesetDocument.Page page) {
        return page.items().stream().filter(p -> p instanceof Placed.TextLine t && !t.tag().isArtifact())
                .map(p -> (Placed.TextLine) p).toList();
    }

    private static int indexOf(List<Placed.TextLine> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).line().text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with '" + start + "': "
                + lines.stream().map(l -> l.line().text()).toList());
    }

    /** The baseline's distance below the top of an element's line slot. */
    private static float offset(Theme theme, String element) {
        float size = theme.number(element + ".size");
        return (theme.number(element + ".leading") - size) / 2 + size * 0.8f;
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "LETTER"})
    void theTextAfterAWaitingFigureGoesOnAsAfterTheParagraphBeforeIt(Paper paper) throws IOException {
        Theme theme = BuildContext.defaults().theme();
        PageFrame frame = PageFrame.of(paper, theme);
        TypesetDocument doc = typeset(paper);
        List<Placed.TextLine> first = lines(doc.pages().get(0));
        int after = indexOf(first, "After the figure");
        Placed.TextLine line = first.get(after);
        Placed.TextLine before = first.get(after - 1);
        assertTrue(before.line().text().endsWith("every week."), "the paragraph before the figure: "
                + before.line().text());
        assertEquals(frame.left() + theme.number("body.paragraph-indent"), line.x(), 0.01,
                "indented as a paragraph after a paragraph");
        assertEquals(theme.number("body.leading"), before.baseline() - line.baseline(), 0.01,
                "no space between the two paragraphs");

        List<Placed> second = doc.pages().get(1).items();
        Placed.Picture picture = second.stream().filter(p -> p instanceof Placed.Picture)
                .map(p -> (Placed.Picture) p).findFirst().orElseThrow();
        assertEquals(frame.pageHeight() - frame.top(), picture.y() + picture.height(), 0.01,
                "the figure opens the page");
        List<Placed.TextLine> text = lines(doc.pages().get(1));
        int credit = indexOf(text, "Image:");
        float gap = text.get(credit).baseline() - text.get(credit + 1).baseline();
        float expected = theme.number("pdf.credit.leading") + theme.number("pdf.figure.space-after")
                + offset(theme, "body") - offset(theme, "pdf.credit");
        assertEquals(expected, gap, 0.01, "the space after a figure below its credit");
    }
}
