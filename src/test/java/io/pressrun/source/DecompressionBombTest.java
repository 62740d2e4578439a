package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.ArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 20000×20000 PNG of 1.1 MB (400 million pixels, 1.6 GB once decoded) is refused from its
 * header: quickly and without allocating anything near its decoded size.
 */
class DecompressionBombTest {
    private static final long MAX_BYTES = 16L << 20;
    private static final long MAX_MILLIS = 500;

    @TempDir
    Path dir;

    @Test
    void refusedFromTheHeaderInLittleTimeAndMemory() throws IOException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "this JVM measures allocation per thread");
        BuildContext ctx = BuildContext.defaults();
        byte[] bomb;
        try (InputStream in = getClass().getResourceAsStream("/images/bomb-20000x20000.png")) {
            bomb = in.readAllBytes();
        }
        TestFiles.write(dir, "bomb.png", bomb);
        Path article = TestFiles.write(dir, "story.md", "---\ntitle: T\nauthor: A\ndate: 2024-05-01\nimage:\n"
                + "  src: bomb.png\n  alt: a picture\n---\n\nText.\n");

        // warm up: classes loaded, templates read, one image decoded, so only the refusal is measured
        TestFiles.write(dir, "small.png", TestFiles.png(16, 16));
        new ArticleReader(ctx.templates(), ctx.limits()).read(TestFiles.write(dir, "warm.md", "---\ntitle: T\nauthor: A\ndate: 2024-05-01\n"
                + "image:\n  src: small.png\n  alt: a picture\n---\n\nText.\n"));
        assertThrows(ArticleException.class, () -> new ArticleReader(ctx.templates(), ctx.limits()).read(article));

        long thread = Thread.currentThread().getId();
        long bytesBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        ArticleException e = assertThrows(ArticleException.class, () -> new ArticleReader(ctx.templates(), ctx.limits()).read(article));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getThreadAllocatedBytes(thread) - bytesBefore;

        System.out.printf("decompression bomb (20000x20000 PNG, %,d bytes) refused in %d ms, %,d bytes allocated%n",
                bomb.length, millis, allocated);
        assertEquals(6, e.diagnostic().line(), e.diagnostic().format());
        assertTrue(e.diagnostic().message().contains("is 20000×20000 pixels, over the budget"), e.diagnostic().format());
        assertTrue(millis < MAX_MILLIS, "refused in " + millis + " ms");
        assertTrue(allocated < MAX_BYTES, String.format("allocated %,d bytes to refuse it", allocated));
    }
}
