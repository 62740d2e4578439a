package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.pressrun.source.ArticleReading.FRONT;
import static io.pressrun.source.ArticleReading.readBody;
import static io.pressrun.source.ArticleReading.show;
import static io.pressrun.source.ArticleReading.shownBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Site-generator template syntax in the body becomes what it means, or goes with a warning; never text. */
class SiteTemplatesTest {
    @TempDir
    Path dir;


    @Test
    void openingsWithoutTheirClosingsAreReadOnce() {
        String unclosed = "{% raw %}{{< highlight go >}}".repeat(20_000) + "\n\n" + "{{ a\n\n".repeat(30_000);
        var r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> readBody(dir, unclosed + "Text.\n"));
        List<Block> body = r.article().body();
        assertEquals("P {{ a\nP Text.", show(body.subList(body.size() - 2, body.size())));
    }

    @Test
    void hugoFigureIsAFigure() {
        TestFiles.write(dir, "bridge.png", TestFiles.png(40, 20));
        assertEquals("FIG bridge.png | The old bridge | The old bridge | Ann Photo",
                shownBody(dir, "{{< figure src=\"bridge.png\" caption=\"The old bridge\" attr=\"Ann Photo\" >}}\n"));
        assertEquals("FIG bridge.png | A bridge | Seen | ",
                shownBody(dir, "{{% figure src=\"bridge.png\" alt=\"A bridge\" title=\"Seen\" %}}\n"));
        assertEquals("FIG bridge.png | Theme |  | ", shownBody(dir, "{{<img src=\"bridge.png\" alt=\"Theme\">}}\n"));
    }

    @Test
    void embedsAreCaptionedLinks() {
        assertEquals("P *Video on YouTube:* [https://www.youtube.com/watch?v=dQw4w9WgXcQ](https://www.youtube.com/watch?v=dQw4w9WgXcQ)",
                shownBody(dir, "{{< youtube dQw4w9WgXcQ >}}\n"));
        assertEquals("P *Video on Vimeo:* [https://vimeo.com/146022717](https://vimeo.com/146022717)",
                shownBody(dir, "{{< vimeo id=\"146022717\" >}}\n"));
        assertEquals("P *Post on X:* [https://x.com/golang/status/123](https://x.com/golang/status/123)",
                shownBody(dir, "{{< tweet user=\"golang\" id=\"123\" >}}\n"));
        assertEquals("P *Video on YouTube:* [https://www.youtube.com/watch?v=abc](https://www.youtube.com/watch?v=abc)",
                shownBody(dir, "{{ youtube(id=\"abc\") }}\n"), "Zola's form");
    }

    @Test
    void moreEmbedsAndTheirChecks() {
        assertEquals("P *Post on GitHub Gist:* [https://gist.github.com/spf13/7896402](https://gist.github.com/spf13/7896402)",
                shownBody(dir, "{{< gist spf13 7896402 >}}\n"));
        assertEquals("P *Post on GitHub Gist:* [https://gist.github.com/a/b1](https://gist.github.com/a/b1)",
                shownBody(dir, "{{ gist(url=\"https://gist.github.com/a/b1\") }}\n"));
        assertEquals("P *Post on Instagram:* [https://www.instagram.com/p/BWNjjyYFxVx/](https://www.instagram.com/p/BWNjjyYFxVx/)",
                shownBody(dir, "{{< instagram BWNjjyYFxVx >}}\n"));
        assertEquals("P *Post on X:* [https://x.com/i/web/status/877500564405444608](https://x.com/i/web/status/877500564405444608)",
                shownBody(dir, "{{< tweet 877500564405444608 >}}\n"));
        var refused = readBody(dir, "{{< youtube \"a b\" >}}\n\n{{< tweet user=\"x y\" id=\"1\" >}}\n\n{{< gist \"a/b\" 1 >}}\n\n"
                + "{{< figure caption=\"no source\" >}}\n\nText.\n");
        assertEquals("P Text.", show(refused.article().body()));
        assertEquals(4, refused.warnings().size(), "each is named: " + refused.warnings());
    }

    @Test
    void codeBlocksGetAFenceLongerThanAnyInside() {
        TestFiles.write(dir, "x.md.txt", "a\n```\nb\n");
        assertEquals("CODE use ``` and ````\nfenced", shownBody(dir, "{% highlight c++ %}\nuse ``` and ````\nfenced\n{% endhighlight %}\n"));
        assertEquals("CODE plain", shownBody(dir, "{% highlight 'not a language!' %}\nplain\n{% endhighlight %}\n"));
        assertEquals("CODE a\n```\nb", shownBody(dir, "{{code \"x.md.txt\"}}\n"));
    }

    @Test
    void codeAddressesThatMatchNothingAreAWarning() {
        TestFiles.write(dir, "p.go", "package p\n// START\nfunc f() {}\n");
        var r = readBody(dir, "{{code \"p.go\" `/NOPE/` `/END/`}}\n\n{{code \"p.go\" `/START/`}}\n\n{{code \"p.go\" `no slashes`}}\n\n"
                + "{{code \"p.go\" `/[/` `/x/`}}\n\n{{code \"missing.go\"}}\n");
        assertEquals("CODE // START", show(r.article().body()));
        assertEquals(List.of("an address matches no line", "an address matches no line", "an address matches no line",
                "it is not a file beside the article of at most 1 MiB"),
                r.warnings().stream().map(w -> w.message().substring(w.message().indexOf(": ") + 2)).toList());
        assertEquals(List.of(6, 10, 12, 14), r.warnings().stream().map(Diagnostic::line).toList());
    }

    @Test
    void tagsAreParsedLikeTheirEngines() {
        TemplateTag hugo = TemplateTag.parse(" figure src=\"a \\\"b\\\".png\" caption='it''s' width=300 /");
        assertEquals("figure", hugo.name());
        assertEquals("a \"b\".png", hugo.arg("src"));
        assertEquals("300", hugo.arg("width", 5));
        TemplateTag zola = TemplateTag.parse("youtube(id=\"x\", autoplay=true)");
        assertEquals("x", zola.arg("id", 0));
        assertEquals("true", zola.arg("autoplay"));
        TemplateTag closing = TemplateTag.parse(" /note ");
        assertTrue(closing.closing());
        assertEquals("note", closing.name());
        TemplateTag present = TemplateTag.parse("image \"x.png\" 300 _");
        assertEquals(List.of("x.png", "300", "_"), present.positional());
        assertEquals("", present.arg("missing", 3));
        assertEquals("", TemplateTag.parse(" 42 + x ").name());
    }

    @Test
    void anUnclosedTagIsText() {
        assertEquals("P A {{ brace never closed.", shownBody(dir, "A {{ brace never closed.\n"));
        assertEquals("P Also {% this and {# that.", shownBody(dir, "Also {% this and {# that.\n"));
    }

    @Test
    void liquidHighlightAndRaw() {
        assertEquals("CODE def hi\n  # {{ not a tag }}\nend\nP after",
                shownBody(dir, "{% highlight ruby linenos %}\ndef hi\n  # {{ not a tag }}\nend\n{% endhighlight %}\n\nafter\n"));
        assertEquals("P Kept as written: a b.", shownBody(dir, "{% raw %}Kept as written: a b.{% endraw %}\n"));
        assertEquals("CODE fmt.Println()", shownBody(dir, "{{< highlight go >}}\nfmt.Println()\n{{< /highlight >}}\n"));
    }

    @Test
    void jekyllTagsAndSiteVariablesAreRemovedWithOneWarningEach() {
        var r = readBody(dir, "Read {% post_url 2010-07-21-name %} and {% post_url 2011-01-01-x %}.\n\n"
                + "{% include note.html %}\n\nBy {{ site.title }}.{# a comment #}\n");
        assertEquals("P Read  and .\nP By .", show(r.article().body()));
        List<String> messages = r.warnings().stream().map(Diagnostic::message).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("site template {% post_url %} has no meaning outside the website"), messages.get(0));
        assertTrue(messages.get(1).startsWith("site template {% include %}"), messages.get(1));
        assertTrue(messages.get(2).startsWith("site template {{ site.title }}"), messages.get(2));
        assertEquals(List.of(6, 8, 10), r.warnings().stream().map(Diagnostic::line).toList());
    }

    /** Each kind of construct is found as the body's very first characters, on the line under the front matter. */
    @Test
    void aConstructRightUnderTheFrontMatterIsRead() {
        assertEquals("P Text.", shownBody(dir, "{# a Zola comment #}Text.\n"));
        assertEquals("P Text.", shownBody(dir, "{% comment %}a Jekyll comment{% endcomment %}Text.\n"));
        assertEquals("P Text.", shownBody(dir, "{{/* a Hugo comment */}}Text.\n"));
    }

    @Test
    void unknownPairsKeepTheirInnerText() {
        var r = readBody(dir, "{{< note >}}Inner **bold** text{{< /note >}}\n\n{% quote(author=\"x\") %}Quoted{% end %}\n");
        assertEquals("P Inner **bold** text\nP Quoted", show(r.article().body()));
        assertEquals(List.of("site template {{< note >}}", "site template {% quote %}"),
                r.warnings().stream().map(w -> w.message().substring(0, w.message().indexOf(" has"))).toList());
    }

    @Test
    void codeKeepsTemplateSyntaxVerbatim() {
        assertEquals("P Write `{{< figure src=x >}}` to show one.\nCODE {% include x.html %}\n{{ site.title }}",
                shownBody(dir, "Write `{{< figure src=x >}}` to show one.\n\n```\n{% include x.html %}\n{{ site.title }}\n```\n"));
        assertEquals(List.of(), readBody(dir, "`{{ x }}`\n\n    {% y %}\n").warnings());
    }

    @Test
    void sitePathsThroughLiquidFilters() {
        Path site = dir.resolve("site");
        TestFiles.write(site, "_config.yml", "title: x\n");
        TestFiles.write(site, "assets/x.png", TestFiles.png(40, 20));
        Path post = TestFiles.write(site, "_posts/2020-01-01-p.md", FRONT
                + "![One]({{ site.baseurl }}/assets/x.png)\n\n![Two]({{ \"/assets/x.png\" | relative_url }})\n");
        var r = ArticleReading.read(post, new SiteOptions(Optional.empty(), Optional.empty(), false));
        assertEquals(2, r.article().images().size());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void goPresentActions() {
        TestFiles.write(dir, "gopher.png", TestFiles.png(40, 20));
        TestFiles.write(dir, "hello.go", "package main\n\n// START OMIT\nfunc main() {\n\tprintln(1)\n}\n// END OMIT\n");
        var r = readBody(dir, "{{image \"gopher.png\"}}\n\n{{code \"hello.go\" `/START/` `/END/`}}\n\n{{video \"talk.mp4\"}}\n");
        assertEquals("FIG gopher.png |  |  | \nCODE func main() {\n\tprintln(1)\n}", show(r.article().body()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("site template {{ video \"talk.mp4\" }}")),
                r.warnings().toString());
    }

    @Test
    void aCodeFileOutsideTheArticleFolderIsNotRead() {
        TestFiles.write(dir.getParent(), "outside.go", "secret\n");
        var r = readBody(dir, "{{code \"../outside.go\"}}\n\nText.\n");
        assertEquals("P Text.", show(r.article().body()));
        assertTrue(r.warnings().get(0).message().startsWith("the code of '../outside.go' is not shown"), r.warnings().toString());
    }
}
