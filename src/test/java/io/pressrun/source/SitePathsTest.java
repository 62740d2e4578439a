package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static io.pressrun.source.ArticleReading.FRONT;
import static io.pressrun.source.ArticleReading.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Site-relative image paths and links, inside the site's folder and never outside it. */
class SitePathsTest {
    @TempDir
    Path dir;

    private static SiteOptions root(Path root) {
        return new SiteOptions(Optional.of(root), Optional.empty(), false);
    }

    @Test
    void aSitePathIsFoundInTheStaticFolderOrTheSiteFolder() {
        Path site = dir.resolve("site");
        TestFiles.write(site, "static/images/hugo.png", TestFiles.png(30, 20));
        TestFiles.write(site, "assets/jekyll.png", TestFiles.png(30, 20));
        Path post = TestFiles.write(site, "content/posts/p.md", FRONT + "![One](/images/hugo.png)\n\n![Two](/assets/jekyll.png)\n");
        Article a = read(post, root(site)).article();
        assertEquals(site.resolve("static/images/hugo.png").toAbsolutePath(), a.images().get(0).file().toAbsolutePath());
        assertEquals(site.resolve("assets/jekyll.png").toAbsolutePath(), a.images().get(1).file().toAbsolutePath());
    }

    @Test
    void aRelativePathMayLeadAnywhereInsideTheSiteButNotOutside() {
        Path site = dir.resolve("site");
        TestFiles.write(site, "assets/x.png", TestFiles.png(30, 20));
        TestFiles.write(dir, "secret.png", TestFiles.png(30, 20));
        Path post = TestFiles.write(site, "_posts/2020-01-01-p.md", FRONT + "![X](../assets/x.png)\n");
        assertEquals(1, read(post, root(site)).article().images().size());
        Path out = TestFiles.write(site, "_posts/2020-01-02-q.md", FRONT + "![X](../../secret.png)\n");
        var e = assertThrows(ArticleException.class, () -> read(out, root(site)));
        assertTrue(e.diagnostic().message().contains("leads outside the site's folder"), e.getMessage());
        Path up = TestFiles.write(site, "_posts/2020-01-03-r.md", FRONT + "![X](/../secret.png)\n");
        e = assertThrows(ArticleException.class, () -> read(up, root(site)));
        assertTrue(e.diagnostic().message().contains("leads outside the site's folder"), e.getMessage());
    }

    @Test
    void aSymbolicLinkOutOfTheSiteIsRefused() throws IOException {
        Path site = dir.resolve("site");
        Path secret = TestFiles.write(dir, "secret.png", TestFiles.png(30, 20));
        Files.createDirectories(site.resolve("static"));
        Files.createSymbolicLink(site.resolve("static/link.png"), secret);
        Path post = TestFiles.write(site, "content/p.md", FRONT + "![X](/link.png)\n");
        var e = assertThrows(ArticleException.class, () -> read(post, root(site)));
        assertTrue(e.diagnostic().message().contains("is a link to a file outside the site's folder"), e.getMessage());
    }

    @Test
    void theSiteRootIsFoundFromItsConfiguration() {
        Path site = dir.resolve("blog");
        TestFiles.write(site, "hugo.toml", "baseURL = 'https://example.org/'\n");
        TestFiles.write(site, "static/x.png", TestFiles.png(30, 20));
        Path post = TestFiles.write(site, "content/posts/p/index.md", FRONT + "![X](/x.png)\n");
        assertEquals(1, read(post, SiteOptions.NONE).article().images().size());
        Path alone = TestFiles.write(dir, "elsewhere/p.md", FRONT + "![X](/x.png)\n");
        var e = assertThrows(ArticleException.class, () -> read(alone, SiteOptions.NONE));
        assertTrue(e.diagnostic().message().contains("--site-root"), e.getMessage());
    }

    @Test
    void siteLinksBecomeLinksUnderTheBaseAddressElseTextWithOneWarning() {
        Path post = TestFiles.write(dir, "p.md", FRONT + "See [about](/about/) and [the archive](/archive/2019/).\n");
        var plain = read(post, SiteOptions.NONE);
        assertEquals(List.of(new Inline.Text("See "), new Inline.Text("about"), new Inline.Text(" and "),
                new Inline.Text("the archive"), new Inline.Text(".")), ((Block.Paragraph) plain.article().body().get(0)).content());
        assertEquals(1, plain.warnings().size(), plain.warnings().toString());
        assertTrue(plain.warnings().get(0).message().contains("--base-url"));

        var linked = read(post, new SiteOptions(Optional.empty(), Optional.of(SiteOptions.baseUrl("https://example.org/blog")), false));
        var content = ((Block.Paragraph) linked.article().body().get(0)).content();
        assertEquals(new Inline.Link("https://example.org/blog/about/", List.of(new Inline.Text("about"))), content.get(1));
        assertEquals(new Inline.Link("https://example.org/blog/archive/2019/", List.of(new Inline.Text("the archive"))), content.get(3));
        assertEquals(List.of(), linked.warnings());
    }

    @Test
    void theBaseAddressMustBeHttp() {
        assertThrows(IllegalArgumentException.class, () -> SiteOptions.baseUrl("ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> SiteOptions.baseUrl("/relative"));
        assertEquals(URI.create("https://example.org/"), SiteOptions.baseUrl("https://example.org"));
    }
}
