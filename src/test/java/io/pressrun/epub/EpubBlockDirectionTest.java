package io.pressrun.epub;

import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which elements of the article page get their own {@code dir}: those whose first strong
 * character is of the other direction than the element around them, compared with the document
 * (by the article's language) at the top and with their own block inside it.
 */
class EpubBlockDirectionTest {
    private static final String ARABIC = "قالت المكتبة";
    private static final String ENGLISH = "The library said";

    private static Map<String, Object> model(String language, List<Block> body) {
        Article a = new Article(Path.of("a.md"), "a", "urn:x", language, ARABIC, ENGLISH, List.of(new Author("A", "", "")),
                ArticleDate.of(LocalDate.of(2024, 3, 4)), Optional.empty(), "", "", "", List.of(), Optional.empty(),
                body, 100);
        Labels labels = Labels.forLanguage(Templates.bundled(), language);
        try {
            return XhtmlModel.of(a, Instant.EPOCH, labels, new ImageFiles(a, new EditionImages(
                    new ImageLimits(1920, 300, 450, 0.9f))), new PageMarks(List.of()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Block p(Inline... content) {
        return new Block.Paragraph(List.of(content));
    }

    private static Inline t(String text) {
        return new Inline.Text(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> m, String key) {
        return (T) m.get(key);
    }

    private static List<Object> dirs(List<Map<String, Object>> maps) {
        return maps.stream().map(m -> m.get("dir")).toList();
    }

    @Test
    void blocksOfTheOtherDirectionThanTheDocumentGetTheirOwn() {
        Map<String, Object> m = model("ar", List.of(p(t(ARABIC)), p(t("“" + ENGLISH + "”")), p(t("2024, 62 %")),
                new Block.Heading(2, List.of(t(ENGLISH)), ""), new Block.CodeBlock("x = 1"),
                new Block.CodeBlock("س = 1")));
        assertEquals("rtl", m.get("dir"));
        assertEquals("", m.get("titleDir"));
        assertEquals("ltr", m.get("subtitleDir"));
        assertEquals(List.of("", "ltr", "", "ltr", "ltr", ""), dirs(get(m, "body")));
        assertEquals(List.of("ltr"), dirs(get(m, "headings")), "the heading in the table of contents");

        Map<String, Object> en = model("en", List.of(p(t(ENGLISH)), p(t(ARABIC)), new Block.CodeBlock("x = 1")));
        assertEquals("", en.get("dir"));
        assertEquals("rtl", en.get("titleDir"));
        assertEquals(List.of("", "rtl", ""), dirs(get(en, "body")));
    }

    @Test
    void insideAQuoteOrAListTheBlockIsComparedWithItsContainer() {
        Block quote = new Block.BlockQuote(List.of(p(t(ENGLISH)), p(t(ARABIC))));
        Block list = new Block.ListBlock(false, 1, List.of(List.of(p(t(ARABIC))), List.of(p(t(ENGLISH)))));
        List<Map<String, Object>> body = get(model("he", List.of(quote, list)), "body");
        assertEquals(List.of("ltr", ""), dirs(body));
        assertEquals(List.of("", "rtl"), dirs(get(body.get(0), "content")), "the quote is left to right");
        assertEquals(List.of("", "ltr"), get(body.get(1), "itemDirs"));
        List<List<Map<String, Object>>> items = get(body.get(1), "items");
        assertEquals(List.of(""), dirs(items.get(1)), "the paragraph of the English item is as its item");
    }

    @Test
    void codeAndLinksOfTheOtherDirectionThanTheirParagraphAreSetApart() {
        Block arabic = p(t(ARABIC + " "), new Inline.Code("TLS 1.3"), t(" "), new Inline.Code("1.3"),
                t(" "), new Inline.Link("https://example.org", List.of(t("https://example.org/x"))),
                t(" "), new Inline.Link("https://example.org", List.of(t(ARABIC))),
                t(" "), new Inline.Emphasis(List.of(t("OpenShelf"))));
        Block english = p(t(ENGLISH + " "), new Inline.Code("TLS 1.3"), t(" "),
                new Inline.Link("https://example.org", List.of(t(ARABIC))));
        List<Map<String, Object>> body = get(model("fa", List.of(arabic, english)), "body");
        List<Map<String, Object>> inArabic = get(body.get(0), "content");
        assertEquals(List.of("code ltr", "code ltr", "link ltr", "link ", "em ltr"), inArabic.stream()
                .filter(i -> !i.get("kind").equals("text")).map(i -> i.get("kind") + " " + i.get("dir")).toList());
        List<Map<String, Object>> inEnglish = get(body.get(1), "content");
        assertEquals(List.of("code ", "link rtl"), inEnglish.stream()
                .filter(i -> !i.get("kind").equals("text")).map(i -> i.get("kind") + " " + i.get("dir")).toList());
    }
}
