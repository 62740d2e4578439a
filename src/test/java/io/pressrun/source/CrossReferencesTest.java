package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.pressrun.source.ArticleReading.FRONT;
import static io.pressrun.source.ArticleReading.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jekyll's {@code post_url} and {@code link} and Hugo's {@code ref} and {@code relref} as a
 * link's address: the linked page's address under {@code --base-url}; without it, the link's
 * text alone; never template syntax.
 */
class CrossReferencesTest {
    private static final String BASE = "https://example.org/";

    @TempDir
    Path dir;

    private static SiteOptions site(Path root, boolean withBase) {
        return new SiteOptions(Optional.of(root), withBase ? Optional.of(SiteOptions.baseUrl(BASE)) : Optional.empty(), false);
    }

    private static List<Inline> firstParagraph(ArticleReader.Result r) {
        return ((Block.Paragraph) r.article().body().get(0)).content();
    }

    private static Inline link(String href, String text) {
        return new Inline.Link(href, List.of(new Inline.Text(text)));
    }

    @Test
    void jekyllPostUrlIsTheLinkedPostsAddressInTheDefaultStyle() {
        Path site = dir.resolve("jekyll");
        TestFiles.write(site, "_config.yml", "title: A site\n");
        TestFiles.write(site, "_posts/2010-07-21-first-steps.md", FRONT + "Text.\n");
        Path post = TestFiles.write(site, "_posts/2011-01-02-next.md",
                FRONT + "Read [the first post]({% post_url 2010-07-21-first-steps %}) again.\n");
        var linked = read(post, site(site, true));
        assertEquals(link(BASE + "2010/07/21/first-steps.html", "the first post"), firstParagraph(linked).get(1));
        assertTrue(linked.warnings().isEmpty(), linked.warnings().toString());

        var plain = read(post, site(site, false));
        assertEquals(List.of(new Inline.Text("Read "), new Inline.Text("the first post"), new Inline.Text(" again.")),
                firstParagraph(plain));
        assertTrue(plain.warnings().get(0).message().contains("--base-url"), plain.warnings().toString());
    }

    @Test
    void jekyllPostUrlFollowsTheSitesPermalinkStyleAndThePostsOwnPermalink() {
        Path site = dir.resolve("jekyll");
        TestFiles.write(site, "_config.yml", "permalink: pretty\n");
        TestFiles.write(site, "_posts/2010-07-21-first-steps.md", FRONT + "Text.\n");
        TestFiles.write(site, "_posts/2012-03-04-moved.md", "---\ntitle: T\npermalink: /moved-here/\n---\nText.\n");
        Path post = TestFiles.write(site, "_posts/2013-01-02-next.md", FRONT
                + "See [one]({% post_url 2010-07-21-first-steps %}), [two]({% post_url 2012-03-04-moved %})"
                + " and [three]({% link _posts/2010-07-21-first-steps.md %}) and [about]({% link about.md %}).\n");
        List<Inline> p = firstParagraph(read(post, site(site, true)));
        assertEquals(link(BASE + "2010/07/21/first-steps/", "one"), p.get(1));
        assertEquals(link(BASE + "moved-here/", "two"), p.get(3));
        assertEquals(link(BASE + "2010/07/21/first-steps/", "three"), p.get(5));
        assertEquals(link(BASE + "about.html", "about"), p.get(7));
    }

    @Test
    void hugoRefAndRelrefAreThePagesAddress() {
        Path site = dir.resolve("hugo");
        TestFiles.write(site, "hugo.toml", "baseURL = 'https://example.org/'\n");
        TestFiles.write(site, "content/posts/Harbour-Notes.md", FRONT + "Text.\n");
        TestFiles.write(site, "content/posts/lake-trip/index.md", "---\ntitle: T\nslug: by-the-lake\n---\nText.\n");
        TestFiles.write(site, "content/about.md", "---\ntitle: About\nurl: /who-we-are/\n---\nText.\n");
        Path post = TestFiles.write(site, "content/posts/today.md", FRONT
                + "See [notes]({{< ref \"Harbour-Notes.md\" >}}), [the lake]({{< relref \"lake-trip\" >}}),"
                + " [us]({{< ref \"/about.md\" >}}) and [a part]({{% ref \"posts/Harbour-Notes.md#tides\" %}}).\n");
        var linked = read(post, site(site, true));
        List<Inline> p = firstParagraph(linked);
        assertEquals(link(BASE + "posts/harbour-notes/", "notes"), p.get(1));
        assertEquals(link(BASE + "posts/by-the-lake/", "the lake"), p.get(3));
        assertEquals(link(BASE + "who-we-are/", "us"), p.get(5));
        assertEquals(link(BASE + "posts/harbour-notes/#tides", "a part"), p.get(7));
        assertTrue(linked.warnings().isEmpty(), linked.warnings().toString());

        var plain = read(post, site(site, false));
        assertEquals("See notes, the lake, us and a part.", ArticleReading.inlines(firstParagraph(plain)));
    }

    @Test
    void aReferenceToNothingOrOutsideALinkIsRemovedWithAWarning() {
        Path site = dir.resolve("hugo");
        TestFiles.write(site, "hugo.toml", "baseURL = 'https://example.org/'\n");
        Path post = TestFiles.write(site, "content/posts/today.md", FRONT
                + "See [gone]({{< ref \"missing.md\" >}}) and {% post_url 2010-07-21-x %} here.\n");
        var r = read(post, site(site, true));
        String text = ArticleReading.inlines(firstParagraph(r));
        assertEquals("See gone and  here.", text);
        assertFalse(text.contains("{"), text);
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().startsWith("site template {{< ref >}}"), r.warnings().toString());
    }
}
