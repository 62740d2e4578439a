package io.pressrun.epub;

import io.pressrun.TestFiles;
import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One file per distinct picture, numbered in order of first appearance, the lead picture first. */
class ImageFilesTest {
    private static final EditionImages PREPARE = new EditionImages(new ImageLimits(1920, 300, 450, 0.9f));

    private static Image png(String name, int width) {
        return new Image(name, Path.of(name), "image/png", width, 3, Bytes.copyOf(TestFiles.png(width, 3)),
                "alt", "", "");
    }

    private static Article article(Optional<Image> lead, Image... figures) {
        List<Block> body = java.util.Arrays.stream(figures).<Block>map(Block.Figure::new).toList();
        return new Article(Path.of("a.md"), "a", "urn:x", "en", "Title", "", List.of(new Author("A", "", "")),
                ArticleDate.of(LocalDate.of(2024, 3, 4)), Optional.empty(), "", "", "", List.of(), lead, body, 10);
    }

    @Test
    void aPictureUsedTwiceIsOneFileAndTheLeadComesFirst() throws IOException {
        Image lead = png("lead.png", 4);
        Image chart = png("chart.png", 5);
        Image again = lead.withWords("again.png", Path.of("again.png"), "the lead again", "", "");
        ImageFiles files = new ImageFiles(article(Optional.of(lead), chart, again), PREPARE);
        assertEquals(List.of("images/image-1.png", "images/image-2.png"),
                files.all().stream().map(ImageFiles.ImageFile::href).toList());
        assertEquals("image-1", files.fileOf(again).id(), "the same bytes, the lead's file");
        assertEquals("image-2", files.fileOf(chart).id());
        assertEquals(5, files.fileOf(chart).width());
    }

    @Test
    void onlyJpegPngAndSvgAreTaken() {
        Image gif = new Image("anim.gif", Path.of("anim.gif"), "image/gif", 1, 1, Bytes.copyOf(new byte[] {1}),
                "alt", "", "");
        var e = assertThrows(IllegalArgumentException.class, () -> new ImageFiles(article(Optional.empty(), gif), PREPARE));
        assertEquals("image anim.gif: unsupported media type image/gif (JPEG, PNG or SVG only)", e.getMessage());
    }
}
