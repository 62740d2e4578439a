package io.pressrun.cli;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Memory does not grow with the batch: a few hundred articles whose images together are larger
 * than the whole heap all build, in a JVM of its own with a small heap, and stderr holds
 * nothing but the totals (no library logging, no failures).
 */
@Tag("slow") // 200 articles in a JVM of its own, which runs no mutated class: a minute or more
class SmallHeapBatchTest {
    private static final int ARTICLES = 200;
    private static final String HEAP = "-Xmx200m";

    @TempDir
    Path dir;

    @Test
    void aBatchWhoseImagesOutweighTheHeapBuildsEveryArticle() throws Exception {
        byte[] jpeg = noisyJpeg(1000, 700, 7);
        long imageBytes = (long) jpeg.length * ARTICLES;
        assertTrue(imageBytes > 200L << 20, "the images together (" + imageBytes + " bytes) outweigh the 200 MiB heap");
        Path in = dir.resolve("in");
        for (int i = 0; i < ARTICLES; i++) {
            TestFiles.write(in, "a" + i + "/lead.jpg", jpeg);
            TestFiles.write(in, "a" + i + "/article.md", FRONT.replace("date: 2024-05-01\n",
                    "date: 2024-05-01\nslug: story-" + i + "\nimage:\n  src: lead.jpg\n  alt: Noise\n")
                    + "\n" + ("Paragraph of article " + i + " with some words in it. ").repeat(40) + "\n");
        }
        Path out = dir.resolve("out");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        // commons-logging as in the shipped jar (java.util.logging), not the test class path's SLF4J
        Process p = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError",
                "-Dorg.apache.commons.logging.LogFactory=org.apache.commons.logging.impl.LogFactoryImpl",
                "-cp", System.getProperty("java.class.path"), "io.pressrun.cli.Main",
                "build", "--jobs", "2", "--out", out.toString(), in.toString())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the build finishes");
        String err = Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
        List<String> built = Files.readAllLines(dir.resolve("stdout.txt")).stream()
                .filter(l -> l.startsWith("built ")).toList();
        assertEquals(0, p.exitValue(), err);
        assertEquals(ARTICLES, built.size(), err);
        assertTrue(err.matches(ARTICLES + " built, 0 failed \\(\\d+ ms\\)\\n"), "stderr holds the totals only:\n" + err);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2L * ARTICLES + 1, files.count(), "two editions per article and the manifest");
        }
    }

    /**
     * A JPEG of random pixels at quality 0.98, which compresses badly: over a megabyte for 0.7
     * megapixels, so the images are heavy while decoding them stays cheap.
     */
    static byte[] noisyJpeg(int w, int h, long seed) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.98f);
        var bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
