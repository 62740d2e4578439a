package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body's Markdown as the model's blocks: structure, pictures, links, raw HTML, smart punctuation. */
class BodyReaderTest {
    private static final BuildContext CTX = BuildContext.defaults();

    @TempDir
    Path dir;

    private ArticleReader.Result read(String front, String body) {
        return new ArticleReader(CTX.templates(), CTX.limits()).read(TestFiles.write(dir, "a.md", front + body));
    }

    private static String text(Block b) {
        return Blocks.plainText(((Block.Paragraph) b).content());
    }

    @Test
    void structure() {
        Article a = read(FRONT, """

                Intro with *emphasis*, **strong**, `code` and [a link](https://example.com).

                # Top heading

                ### Sub heading

                > Quoted text.

                - one
                - two

                3. three
                4. four

                ```
                raw "code" -- kept
                ```

                ---

                Last.
                """).article();
        List<Block> b = a.body();
        assertInstanceOf(Block.Paragraph.class, b.get(0));
        var link = ((Block.Paragraph) b.get(0)).content().stream().filter(i -> i instanceof Inline.Link).findFirst();
        assertEquals("https://example.com", ((Inline.Link) link.orElseThrow()).href());
        assertEquals(2, ((Block.Heading) b.get(1)).level());
        assertEquals(3, ((Block.Heading) b.get(2)).level());
        assertInstanceOf(Block.BlockQuote.class, b.get(3));
        assertFalse(((Block.ListBlock) b.get(4)).ordered());
        Block.ListBlock ordered = (Block.ListBlock) b.get(5);
        assertTrue(ordered.ordered());
        assertEquals(3, ordered.start());
        assertEquals("raw \"code\" -- kept", ((Block.CodeBlock) b.get(6)).text(), "code is verbatim");
        assertInstanceOf(Block.SectionBreak.class, b.get(7));
        assertEquals("Last.", text(b.get(8)));
    }

    @Test
    void smartPunctuationFollowsTheLanguage() {
        String de = FRONT.replace("date: 2024-05-01", "date: 2024-05-01\nlanguage: de");
        assertEquals("Er sagte: „Nein“ – und ging…", text(read(de, "\nEr sagte: \"Nein\" -- und ging...\n")
                .article().body().get(0)));
        assertEquals("He said: “No” – and left…", text(read(FRONT, "\nHe said: \"No\" -- and left...\n")
                .article().body().get(0)));
    }

    @Test
    void rawHtmlKeepsItsMeaningWithoutScriptsOrHandlers() {
        var r = read(FRONT, "\n<script>alert('x')</script>\n\nText <b onclick=\"evil()\">bold</b> here.\n");
        assertEquals(List.of(new Block.Paragraph(List.of(new Inline.Text("Text "),
                new Inline.Strong(List.of(new Inline.Text("bold"))), new Inline.Text(" here.")))), r.article().body());
        assertEquals(List.of("raw HTML <script> is not shown in the editions: removed"),
                r.warnings().stream().map(Diagnostic::message).toList());
    }

    @Test
    void controlCharactersAreRemovedWithAWarning() {
        var r = read(FRONT, "\nBell\u0007 and escape\u001b here.\n");
        assertEquals("Bell and escape here.", text(r.article().body().get(0)));
        List<Diagnostic> w = r.warnings();
        assertEquals(2, w.size());
        assertEquals("control character U+0007 removed", w.get(0).message());
        assertEquals(7, w.get(0).line());
    }

    @Test
    void imagesBecomeFiguresWithCaptionAndCredit() {
        TestFiles.write(dir, "chart.png", TestFiles.png(40, 20));
        Article a = read(FRONT, "\nBefore.\n\n![A chart of \"growth\"](chart.png \"Growth since 2010 | Jane Doe / Agency\")\n\nAfter.\n")
                .article();
        Block.Figure f = (Block.Figure) a.body().get(1);
        assertEquals("A chart of “growth”", f.image().alt());
        assertEquals("Growth since 2010", f.image().caption());
        assertEquals("Jane Doe / Agency", f.image().credit());
        assertEquals("image/png", f.image().mediaType());
        assertEquals(40, f.image().width());
        assertEquals(1, a.images().size());
    }

    @Test
    void relativeAndScriptLinksKeepOnlyTheirText() {
        var r = read(FRONT, "\nSee [this](javascript:alert(1)) and [that](other.html).\n");
        assertEquals("See this and that.", text(r.article().body().get(0)));
        assertTrue(r.article().body().get(0) instanceof Block.Paragraph p
                && p.content().stream().noneMatch(i -> i instanceof Inline.Link));
        assertEquals(2, r.warnings().size());
    }

    @Test
    void wordCountCoversTitleAndBody() {
        Article a = read(FRONT, "\nOne two three.\n\n- four\n- five\n").article();
        assertEquals(3 + 5, a.wordCount(), "title 'A test article' + five body words");
    }

    @Test
    void headingLevelsAreTwoOrThree() {
        List<Block> body = read(FRONT, "\n# One\n\n## Two\n\n### Three\n\n#### Four\n").article().body();
        assertEquals(List.of(2, 2, 3, 3), body.stream().map(b -> ((Block.Heading) b).level()).toList());
    }

    @Test
    void layoutHtmlIsUnwrappedWithoutAWordAndRemovedElementsWarnOnce() {
        var block = read(FRONT, "\n<div>\nblock\n</div>\n");
        assertEquals(List.of(), block.warnings());
        assertEquals("block", text(block.article().body().get(0)));
        var removed = read(FRONT, "\n<style>a {}</style>\n\nSome <style>b {}</style> text.\n\n<form></form>\n").warnings();
        assertEquals(List.of("7 raw HTML <style> is not shown in the editions: removed",
                "11 raw HTML <form> is not shown in the editions: removed"),
                removed.stream().map(w -> w.line() + " " + w.message()).toList());
    }

    @Test
    void linkReferenceDefinitionsAreResolvedNotKept() {
        var r = read(FRONT, "\n[ref]: https://example.org/page\n\nSee [the page][ref].\n");
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(new Block.Paragraph(List.of(new Inline.Text("See "),
                new Inline.Link("https://example.org/page", List.of(new Inline.Text("the page"))),
                new Inline.Text(".")))), r.article().body());
    }

    @Test
    void anImageSplitsItsParagraphAndTheBreaksAroundItAreDropped() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 4));
        List<Block> body = read(FRONT, "\nBefore\n![A dot](p.png)\nafter.\n").article().body();
        assertEquals(3, body.size());
        assertEquals(new Block.Paragraph(List.of(new Inline.Text("Before"))), body.get(0));
        assertEquals("p.png", ((Block.Figure) body.get(1)).image().src());
        assertEquals(new Block.Paragraph(List.of(new Inline.Text("after."))), body.get(2));

        body = read(FRONT, "\nBefore\\\n![A dot](p.png)\nafter.\n").article().body();
        assertEquals(new Block.Paragraph(List.of(new Inline.Text("Before"))), body.get(0), "hard break dropped");
        assertEquals(new Block.Paragraph(List.of(new Inline.Text("after."))), body.get(2));
    }

    @Test
    void aTitleWithOnlyACreditGivesNoCaption() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 4));
        Block.Figure f = (Block.Figure) read(FRONT, "\n![A dot](p.png \" | Jane Doe\")\n").article().body().get(0);
        assertEquals("", f.image().caption());
        assertEquals("Jane Doe", f.image().credit());
    }

    @Test
    void onlyImagesWithoutAltTextAreWarnedAbout() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 4));
        assertEquals(List.of(), read(FRONT, "\n![A dot](p.png)\n").warnings());
        var w = read(FRONT, "\nText.\n\n![](p.png)\n").warnings();
        assertEquals(1, w.size());
        assertEquals(9, w.get(0).line());
        assertTrue(w.get(0).message().startsWith("image 'p.png' has no alt text"), w.get(0).message());
    }

    @Test
    void frontMatterTextGetsSmartPunctuationAndTheLeadImageIsRead() {
        TestFiles.write(dir, "lead.png", TestFiles.png(8, 6));
        Article a = read("---\ntitle: \"It's \\\"news\\\"\"\nsubtitle: Two words\nauthor: A\ndate: 2024-01-01\n"
                + "image:\n  src: lead.png\n  alt: \"A 'dot'\"\n  caption: \"The dot...\"\n---\n", "\nOne two three.\n")
                .article();
        assertEquals("It’s “news”", a.title());
        assertEquals("A ‘dot’", a.leadImage().orElseThrow().alt());
        assertEquals("The dot…", a.leadImage().orElseThrow().caption());
        assertEquals(8, a.leadImage().orElseThrow().width());
        assertEquals(2 + 2 + 3, a.wordCount(), "title, subtitle and body words");
    }

    @Test
    void exactlyTheC0AndC1ControlsAreRemoved() {
        var r = read(FRONT, "\nA\u001Fb c\u007Fd e\u0080f g\u009Fh i\u00A0j ~k\tl\n");
        assertEquals("Ab cd ef gh i\u00A0j ~k\tl", text(r.article().body().get(0)));
        assertEquals(List.of("control character U+001F removed", "control character U+007F removed",
                "control character U+0080 removed", "control character U+009F removed"),
                r.warnings().stream().map(Diagnostic::message).toList());
    }

    @Test
    void bareAddressesAreLinksShownExactlyAsWritten() {
        Block.Paragraph p = (Block.Paragraph) read(FRONT, "\nSee https://example.org/a--b, www.example.com and "
                + "[https://example.org/a--b](https://example.org/a--b) or [*this*](https://example.org/).\n")
                .article().body().get(0);
        List<Inline.Link> links = p.content().stream().filter(i -> i instanceof Inline.Link)
                .map(i -> (Inline.Link) i).toList();
        assertEquals(new Inline.Link("https://example.org/a--b", List.of(new Inline.Text("https://example.org/a--b"))),
                links.get(0), "a bare address keeps its characters");
        assertEquals("www.example.com", Blocks.plainText(links.get(1).content()));
        assertTrue(links.get(1).href().endsWith("www.example.com"), links.get(1).href());
        assertEquals("https://example.org/a–b", Blocks.plainText(links.get(2).content()),
                "a written link's text gets smart punctuation");
        assertEquals(List.of(new Inline.Emphasis(List.of(new Inline.Text("this")))), links.get(3).content());
        assertEquals(4, links.size());
    }

    @Test
    void aPhotoStoredSidewaysIsMeasuredUpright() {
        byte[] sideways = io.pressrun.TestImages.withExifOrientation(
                io.pressrun.TestImages.jpeg(io.pressrun.TestImages.markedCorners(40, 30)), 6, false);
        TestFiles.write(dir, "photo.jpg", sideways);
        TestFiles.write(dir, "flat.png", TestFiles.png(40, 30));
        List<Block> body = read(FRONT, "\n![Upright](photo.jpg)\n\n![Flat](flat.png)\n").article().body();
        var photo = ((Block.Figure) body.get(0)).image();
        assertEquals(List.of(30, 40), List.of(photo.width(), photo.height()));
        assertEquals(io.pressrun.model.Orientation.ROTATE_90_CW, photo.orientation());
        var flat = ((Block.Figure) body.get(1)).image();
        assertEquals(List.of(40, 30), List.of(flat.width(), flat.height()));
        assertEquals(io.pressrun.model.Orientation.NORMAL, flat.orientation());
    }

    /** A trailing {#id .class key=value} list is taken off a heading; braces that are no such list stay. */
    @Test
    void headingAttributeListsAreTakenOffAndTheirIdKept() {
        Article a = read(FRONT, """

                ## Results {#results .wide data-x="a b"}

                ## Sets {a, b} of numbers

                ### Only a class {.minor}

                ## {#alone}

                ## Ends in braces {not an id}
                """).article();
        List<String> words = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (Block b : a.body()) {
            Block.Heading h = (Block.Heading) b;
            words.add(Blocks.plainText(h.content()));
            ids.add(h.id());
        }
        assertEquals(List.of("Results", "Sets {a, b} of numbers", "Only a class", "", "Ends in braces {not an id}"), words);
        assertEquals(List.of("results", "", "", "alone", ""), ids);
    }

    /** Code in an image's alt text keeps its dashes and straight quotes; the words around it do not. */
    @Test
    void codeInAltTextIsNotGivenSmartPunctuation() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 3));
        Article a = read(FRONT, """

                ![The "run" of `make --all "x"` -- done](p.png)
                """).article();
        assertEquals("The “run” of make --all \"x\" – done", ((Block.Figure) a.body().get(0)).image().alt());
    }
}
