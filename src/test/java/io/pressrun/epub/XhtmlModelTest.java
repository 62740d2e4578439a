package io.pressrun.epub;

import io.pressrun.TestFiles;
import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.model.PageStart;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The data the EPUB templates are given, checked value by value. */
class XhtmlModelTest {
    private static final Labels EN = Labels.forLanguage(Templates.bundled(), "en");
    private static final Instant MODIFIED = Instant.parse("2024-03-04T17:05:07.900Z");

    private static final EditionImages PREPARE = new EditionImages(new ImageLimits(1920, 300, 450, 0.9f));

    /** A small PNG, {@code width} pixels wide: images of different widths are different files. */
    private static Image image(String name, int width, String credit) {
        return new Image(name, Path.of(name), "image/png", width, 3, Bytes.copyOf(TestFiles.png(width, 3)),
                "alt " + name, "caption " + name, credit);
    }

    private static Article article(List<Author> authors, String publisher, List<String> tags,
                                   Optional<ArticleDate> updated, Optional<Image> lead, List<Block> body) {
        return new Article(Path.of("a.md"), "a", "urn:x", "en", "Title", "", authors,
                ArticleDate.of(LocalDate.of(2024, 3, 4)), updated, publisher, "", "", tags, lead, body, 100);
    }

    private static Map<String, Object> model(Article a, Labels labels) {
        try {
            return XhtmlModel.of(a, MODIFIED, labels, new ImageFiles(a, PREPARE), new PageMarks(List.of()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Block heading(int level, String text) {
        return new Block.Heading(level, List.of(new Inline.Text(text)));
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> m, String key) {
        return (T) m.get(key);
    }

    /** A heading's own id is kept when it is a usable XML id not taken already, else it is numbered. */
    @Test
    void headingsKeepTheirOwnIdWhenItIsUsableAndFree() {
        List<Block> body = new ArrayList<>();
        for (String id : List.of("results", "results", "h-9", "2024", "fn-1", "notes", "with space", "a.b_c-1", "")) {
            body.add(new Block.Heading(2, List.of(new Inline.Text("Heading " + id)), id));
        }
        Article a = article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.empty(), body);
        List<Map<String, Object>> blocks = get(model(a, EN), "body");
        assertEquals(List.of("results", "h-2", "h-3", "h-4", "h-5", "h-6", "h-7", "a.b_c-1", "h-9"),
                blocks.stream().map(b -> b.get("id")).toList());
    }

    @Test
    void headingsAreNumberedAndOnlyNamedSecondLevelOnesAreListed() {
        Article a = article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.empty(),
                List.of(heading(2, "First"), heading(3, "Sub"), heading(2, " "), heading(2, "Last")));
        Map<String, Object> m = model(a, EN);
        List<Map<String, Object>> body = get(m, "body");
        assertEquals(List.of("h-1", "h-2", "h-3", "h-4"), body.stream().map(b -> b.get("id")).toList());
        assertEquals(List.of(Map.of("id", "h-1", "text", "First", "dir", ""), Map.of("id", "h-4", "text", "Last", "dir", "")),
                get(m, "headings"));
        assertEquals("2024-03-04T17:05:07Z", m.get("modified"));
        assertEquals("2024-03-04", m.get("pubDate"));
    }

    @Test
    void imageCreditsNameTheLeadImageAndNumberedFiguresThatHaveACredit() {
        Image lead = image("lead.png", 4, "Lead Photographer");
        Image first = image("first.png", 5, " ");
        Image second = image("second.png", 6, "Chart Maker");
        Article a = article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.of(lead),
                List.of(new Block.Figure(first), new Block.Figure(second)));
        Map<String, Object> m = model(a, EN);
        assertEquals(List.of(Map.of("what", "Lead image", "credit", "Lead Photographer"),
                Map.of("what", "Figure 2", "credit", "Chart Maker")), get(m, "imageCredits"));
        List<Map<String, Object>> body = get(m, "body");
        assertEquals("images/image-2.png", body.get(0).get("src"));
        assertEquals("", body.get(0).get("credit"), "a blank credit shows nothing");
        assertEquals("Image: Chart Maker", body.get(1).get("credit"));
        Map<String, Object> leadFigure = get(m, "lead");
        assertEquals("images/image-1.png", leadFigure.get("src"));
    }

    @Test
    void labelsFollowTheNumberOfAuthorsAndThePublisher() {
        Article one = article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.empty(),
                List.of());
        Map<String, Object> labels = get(model(one, EN), "labels");
        assertEquals("About the author", labels.get("aboutAuthors"));
        assertEquals("", labels.get("publishedBy"));
        Article two = article(List.of(new Author("A", "", ""), new Author("B", "", "")), "The Paper", List.of(),
                Optional.empty(), Optional.empty(), List.of());
        labels = get(model(two, EN), "labels");
        assertEquals("About the authors", labels.get("aboutAuthors"));
        assertEquals("Published by The Paper", labels.get("publishedBy"));
    }

    @Test
    void blankTagsAreDroppedAndAnUpdateIsDated() {
        Article a = article(List.of(new Author("A", "", "")), "", List.of("weather", " ", "\u0007"),
                Optional.of(ArticleDate.of(LocalDate.of(2024, 3, 5))), Optional.empty(), List.of());
        Map<String, Object> m = model(a, EN);
        assertEquals(List.of("weather"), m.get("tags"));
        assertEquals(Map.of("iso", "2024-03-05", "text", "Updated 5 March 2024"), m.get("updated"));
        assertFalse(model(article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.empty(),
                List.of()), EN).containsKey("updated"));
    }

    @Test
    void theBylineIsSplitAroundTheNamesWhereverTheLabelPutsThem(@TempDir Path dir) {
        Article a = article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.empty(),
                List.of());
        Map<String, Object> m = model(a, EN);
        assertEquals(List.of("By ", ""), List.of(m.get("bylineBefore"), m.get("bylineAfter")));

        TestFiles.write(dir, "first/labels/en.yaml", "byline: \"${names} reports (${names})\"\n");
        m = model(a, Labels.forLanguage(Templates.withOverrides(dir.resolve("first")), "en"));
        assertEquals(List.of("", " reports ()"), List.of(m.get("bylineBefore"), m.get("bylineAfter")));

        TestFiles.write(dir, "none/labels/en.yaml", "byline: \"Staff report\"\n");
        m = model(a, Labels.forLanguage(Templates.withOverrides(dir.resolve("none")), "en"));
        assertEquals(List.of("Staff report ", ""), List.of(m.get("bylineBefore"), m.get("bylineAfter")));
    }

    /**
     * A page that begins in the second block, three characters in, is marked there, between the
     * pieces of its text; a quotation's blocks have paths of their own ([2, 0] is the first).
     */
    @Test
    void aPageIsMarkedInTheBlockAndAtTheCharacterWhereItBegins() throws IOException {
        Article a = article(List.of(new Author("A", "", "")), "", List.of(), Optional.empty(), Optional.empty(),
                List.of(new Block.CodeBlock("one"), new Block.CodeBlock("two three"),
                        new Block.BlockQuote(List.of(new Block.CodeBlock("four")))));
        PageMarks marks = new PageMarks(List.of(
                new PageStart(2, new ArticlePlace(ArticlePlace.Part.BODY, List.of(1), 3)),
                new PageStart(3, new ArticlePlace(ArticlePlace.Part.BODY, List.of(2, 0), 1))));
        @SuppressWarnings("unchecked")
        var body = (List<Map<String, Object>>) XhtmlModel.of(a, MODIFIED, EN, new ImageFiles(a, PREPARE), marks)
                .get("body");
        assertEquals(List.of(text("one")), body.get(0).get("content"));
        assertEquals(List.of(text("two"), PageMarks.marker(2), text(" three")), body.get(1).get("content"));
        @SuppressWarnings("unchecked")
        var quoted = (List<Map<String, Object>>) body.get(2).get("content");
        assertEquals(List.of(text("f"), PageMarks.marker(3), text("our")), quoted.get(0).get("content"));
    }

    private static Map<String, Object> text(String s) {
        return Map.of("kind", "text", "text", s);
    }
}
