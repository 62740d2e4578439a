package io.pressrun.source;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The site root of an article: the one given, else the nearest folder above the article with a
 * site generator's configuration or a {@code static} folder. On a file system of its own, so that
 * nothing above the test's folders is found.
 */
class SiteRootTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());

    @AfterEach
    void close() throws IOException {
        fs.close();
    }

    private Path file(String path) throws IOException {
        Path p = fs.getPath(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void theNearestFolderWithAConfigurationAboveTheArticle() throws IOException {
        file("/site/_config.yml");
        file("/site/docs/hugo.toml");
        Path post = file("/site/docs/content/post/a.md");
        assertEquals(Optional.of(fs.getPath("/site/docs")), SiteRoot.of(post, SiteOptions.NONE));
        assertEquals(Optional.of(fs.getPath("/site")), SiteRoot.of(file("/site/_posts/b.md"), SiteOptions.NONE));
    }

    @Test
    void aStaticFolderMarksTheSiteRootToo() throws IOException {
        Files.createDirectories(fs.getPath("/blog/static/images"));
        Path post = file("/blog/content/a.md");
        assertEquals(Optional.of(fs.getPath("/blog")), SiteRoot.of(post, SiteOptions.NONE));
    }

    @Test
    void aFolderNamedLikeAConfigurationFileIsNone() throws IOException {
        Files.createDirectories(fs.getPath("/notes/config.toml"));
        assertEquals(Optional.empty(), SiteRoot.of(file("/notes/a.md"), SiteOptions.NONE));
    }

    @Test
    void theRootGivenWinsOverAnyFound() throws IOException {
        Path post = file("/site/_posts/a.md");
        file("/site/_config.yml");
        Path given = fs.getPath("/elsewhere");
        assertEquals(Optional.of(given), SiteRoot.of(post, new SiteOptions(Optional.of(given), Optional.empty(), false)));
    }

    @Test
    void withoutAnyThereIsNone() throws IOException {
        assertEquals(Optional.empty(), SiteRoot.of(file("/articles/a.md"), SiteOptions.NONE));
    }
}
