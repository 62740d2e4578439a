package io.pressrun.spark;

import io.pressrun.TestFiles;
import io.pressrun.source.AssetResolver;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Images beside an article in a Hadoop file system: found, missing, or refused as on a disk. */
class HadoopAssetsTest {
    @TempDir
    java.nio.file.Path dir;

    private AssetResolver assets() throws IOException {
        TestFiles.write(dir, "a/img/chart.png", new byte[] {1, 2, 3});
        TestFiles.write(dir, "secret.png", new byte[] {9});
        return new HadoopAssets(FileSystem.getLocal(new Configuration()), new Path(dir.resolve("a/article.md").toUri()));
    }

    @Test
    void aFileBesideTheArticleIsRead() throws IOException {
        assertArrayEquals(new byte[] {1, 2, 3}, assets().read("img/./chart.png", 100).orElseThrow());
    }

    @Test
    void aFileThatIsNotThereIsMissing() throws IOException {
        assertEquals(Optional.empty(), assets().read("img/map.png", 100));
    }

    @Test
    void pathsOutOfTheArticlesFolderAreRefused() throws IOException {
        AssetResolver assets = assets();

        var up = assertThrows(AssetResolver.Refused.class, () -> assets.read("../secret.png", 100));
        var absolute = assertThrows(AssetResolver.Refused.class, () -> assets.read(dir + "/secret.png", 100));

        assertEquals("image path '../secret.png' leads outside the article's folder; keep images beside the article",
                up.getMessage());
        assertEquals("image path '" + dir + "/secret.png' is absolute; give a path relative to the article's folder",
                absolute.getMessage());
    }

    @Test
    void aFolderOrAFileOverTheLimitIsRefused() throws IOException {
        AssetResolver assets = assets();

        var folder = assertThrows(AssetResolver.Refused.class, () -> assets.read("img", 100));
        var large = assertThrows(AssetResolver.Refused.class, () -> assets.read("img/chart.png", 2));

        assertEquals("image 'img' is not a regular file", folder.getMessage());
        assertEquals("image 'img/chart.png' is 3 bytes, over the limit of 2 bytes; make it smaller", large.getMessage());
    }
}
