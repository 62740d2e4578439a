package io.pressrun.source;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.pressrun.model.Block;
import io.pressrun.model.Inline;

import java.nio.file.Path;
import java.util.List;

import static io.pressrun.source.ArticleReading.readBody;
import static io.pressrun.source.ArticleReading.show;
import static io.pressrun.source.ArticleReading.shownBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTML keeps the meaning of its safe elements; layout is unwrapped; active content goes. */
class RawHtmlTest {
    @TempDir
    Path dir;


    @Test
    void figuresAndPictures() {
        TestFiles.write(dir, "a.png", TestFiles.png(40, 20));
        assertEquals("FIG a.png | A boat | On the lake | ",
                shownBody(dir, "<figure class=\"wide\">\n  <img src=\"a.png\" alt=\"A boat\" onload=\"x()\">\n"
                        + "  <figcaption>On the lake</figcaption>\n</figure>\n"));
        assertEquals("P Before\nFIG a.png | Inline | Its title | \nP after.",
                shownBody(dir, "<p>Before <img src=\"a.png\" alt=\"Inline\" title=\"Its title\"> after.</p>\n").replace("Before ", "Before"));
    }

    @Test
    void inlineElementsKeepTheirMeaning() {
        assertEquals("P Press `Ctrl+C`, read *this*, **that** and [the site](https://example.org/); H2O and x2.",
                shownBody(dir, "Press <kbd>Ctrl+C</kbd>, read <em>this</em>, <b>that</b> and "
                        + "<a href=\"https://example.org/\" onclick=\"steal()\">the site</a>; H<sub>2</sub>O and x<sup>2</sup>.\n"));
        assertEquals("P Line one Line two", shownBody(dir, "Line one<br>Line two\n").replace("\n", ""));
    }

    @Test
    void blockElements() {
        assertEquals("P Text inside layout.\nH Heading\nP Summary\nP Hidden part.",
                shownBody(dir, "<div class=\"a\"><center><span>Text inside <i>layout</i>.</span></center></div>\n\n"
                        + "<h2 id=\"x\">Heading</h2>\n\n<details><summary>Summary</summary><p>Hidden part.</p></details>\n")
                        .replace("*layout*", "layout"));
        assertEquals("P Name · Value\nP a · 1", shownBody(dir, "<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>\n"));
        assertEquals("CODE if (a < b) {\n  return;\n}", shownBody(dir, "<pre><code>if (a &lt; b) {\n  return;\n}</code></pre>\n"));
    }

    @Test
    void structureKeepsItsMeaning() {
        var blocks = readBody(dir, "<h1>Top</h1><h4>Deep</h4><ol start=\"3\"><li>three</li><li></li><li>four <b>bold</b></li></ol>"
                + "<ul><li><p>dot</p></li></ul><blockquote><p>Said.</p><p>Twice.</p></blockquote><hr>"
                + "<p>End</p>\n").article().body();
        assertEquals(List.of(
                new Block.Heading(2, List.of(new Inline.Text("Top"))),
                new Block.Heading(3, List.of(new Inline.Text("Deep"))),
                new Block.ListBlock(true, 3, List.of(List.of(para(new Inline.Text("three"))),
                        List.of(para(new Inline.Text("four "), new Inline.Strong(List.of(new Inline.Text("bold"))))))),
                new Block.ListBlock(false, 1, List.of(List.of(para(new Inline.Text("dot"))))),
                new Block.BlockQuote(List.of(para(new Inline.Text("Said.")), para(new Inline.Text("Twice.")))),
                new Block.SectionBreak(),
                para(new Inline.Text("End"))), blocks);
    }

    @Test
    void paragraphsBreakWhereBlockElementsDo() {
        assertEquals("P one\nP two\nP three\nP four", shownBody(dir, "<div>one<p>two</p>three<section>four</section></div>\n"));
        assertEquals("P a · c", shownBody(dir, "<table><tr><td>a</td><td> </td><td>c</td></tr><tr><td></td></tr></table>\n"));
        assertEquals("P Line one\nP after", shownBody(dir, "<p>Line one<br></p><p>after</p>\n"));
        assertEquals("CODE x", shownBody(dir, "<pre>x\n</pre>\n"));
    }

    @Test
    void linksInHtmlFollowTheLinkRules() {
        var r = readBody(dir, "<p><a href=\"/about/\">About</a> and <a href=\"javascript:x()\">script</a> and "
                + "<a href=\"mailto:a@example.org\">mail</a></p>\n\n<iframe src=\"javascript:x()\"></iframe>\n");
        assertEquals("P About and script and [mail](mailto:a@example.org)", show(r.article().body()));
        assertEquals(3, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(2).message().contains("<iframe>"), r.warnings().toString());
    }

    @Test
    void inlineTagsInsideAParagraph() {
        TestFiles.write(dir, "a.png", TestFiles.png(40, 20));
        var r = readBody(dir, "Text <kbd>Ctrl</kbd> and <code>a \"b\"</code> then <img src=\"a.png\" alt=\"Pic\"> and "
                + "<iframe src=\"https://example.org/v\"></iframe> and <object data=\"x\"></object>end <img src=\"\">.\n");
        assertEquals("P Text `Ctrl` and `a \"b\"` then  and [https://example.org/v](https://example.org/v) and end .\n"
                + "FIG a.png | Pic |  | ", show(r.article().body()));
        assertEquals(List.of("raw HTML <object> is not shown in the editions: removed",
                "raw HTML <img without src> is not shown in the editions: removed"),
                r.warnings().stream().map(w -> w.message()).toList());
    }

    @Test
    void tagsLeftOpenAreUnwrapped() {
        assertEquals("P An open emphasis and more.", shownBody(dir, "An open <em>emphasis and more.\n"));
        assertEquals("P Stray close here.", shownBody(dir, "Stray </b>close here.\n"));
    }

    private static Block para(Inline... content) {
        return new Block.Paragraph(List.of(content));
    }

    @Test
    void framesBecomeLinksAndActiveContentGoes() {
        var r = readBody(dir, "<iframe src=\"https://www.youtube.com/embed/abc\" title=\"A talk\" onload=\"x()\"></iframe>\n\n"
                + "<script>alert(1)</script>\n\n<!-- more -->\n\nText <style>p{}</style>stays.\n");
        assertEquals("P [A talk](https://www.youtube.com/embed/abc)\nP Text stays.", show(r.article().body()));
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().contains("<script>"), r.warnings().toString());
    }
}
