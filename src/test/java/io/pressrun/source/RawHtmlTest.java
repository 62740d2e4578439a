package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTML keeps the meaning of its safe elements; layout is unwrapped; active content goes. */
class RawHtmlTest {
    private static final BuildContext CTX = BuildContext.defaults();
    private static final String FRONT = "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\n";

    @TempDir
    Path dir;

    private ArticleReader.Result read(String body) {
        return new ArticleReader(CTX.templates(), CTX.limits()).read(TestFiles.write(dir, "post.md", FRONT + body));
    }

    private String shown(String body) {
        return SiteTemplatesTest.show(read(body).article().body());
    }

    @Test
    void figuresAndPictures() {
        TestFiles.write(dir, "a.png", TestFiles.png(40, 20));
        assertEquals("FIG a.png | A boat | On the lake | ",
                shown("<figure class=\"wide\">\n  <img src=\"a.png\" alt=\"A boat\" onload=\"x()\">\n"
                        + "  <figcaption>On the lake</figcaption>\n</figure>\n"));
        assertEquals("P Before\nFIG a.png | Inline | Its title | \nP after.",
                shown("<p>Before <img src=\"a.png\" alt=\"Inline\" title=\"Its title\"> after.</p>\n").replace("Before ", "Before"));
    }

    @Test
    void inlineElementsKeepTheirMeaning() {
        assertEquals("P Press `Ctrl+C`, read *this*, **that** and [the site](https://example.org/); H2O and x2.",
                shown("Press <kbd>Ctrl+C</kbd>, read <em>this</em>, <b>that</b> and "
                        + "<a href=\"https://example.org/\" onclick=\"steal()\">the site</a>; H<sub>2</sub>O and x<sup>2</sup>.\n"));
        assertEquals("P Line one Line two", shown("Line one<br>Line two\n").replace("\n", ""));
    }

    @Test
    void blockElements() {
        assertEquals("P Text inside layout.\nH Heading\nP Summary\nP Hidden part.",
                shown("<div class=\"a\"><center><span>Text inside <i>layout</i>.</span></center></div>\n\n"
                        + "<h2 id=\"x\">Heading</h2>\n\n<details><summary>Summary</summary><p>Hidden part.</p></details>\n")
                        .replace("*layout*", "layout"));
        assertEquals("P Name · Value\nP a · 1", shown("<table><tr><th>Name</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table>\n"));
        assertEquals("CODE if (a < b) {\n  return;\n}", shown("<pre><code>if (a &lt; b) {\n  return;\n}</code></pre>\n"));
    }

    @Test
    void framesBecomeLinksAndActiveContentGoes() {
        var r = read("<iframe src=\"https://www.youtube.com/embed/abc\" title=\"A talk\" onload=\"x()\"></iframe>\n\n"
                + "<script>alert(1)</script>\n\n<!-- more -->\n\nText <style>p{}</style>stays.\n");
        assertEquals("P [A talk](https://www.youtube.com/embed/abc)\nP Text stays.", SiteTemplatesTest.show(r.article().body()));
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().contains("<script>"), r.warnings().toString());
    }
}
