package io.pressrun.epub;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterministicZipTest {

    private static byte[] zip(Instant t) throws IOException {
        var out = new ByteArrayOutputStream();
        new DeterministicZip(t)
                .stored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII))
                .deflated("a.txt", "hello hello hello".getBytes(StandardCharsets.UTF_8))
                .writeTo(out);
        return out.toByteArray();
    }

    @Test
    void timesOutsideTheDosRangeAreClampedNotWrittenAsExtraFields() throws IOException {
        Instant epoch = Instant.EPOCH;
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), DeterministicZip.dosTime(epoch));
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0, 2), DeterministicZip.dosTime(Instant.parse("1980-01-01T00:00:00Z")));
        assertEquals(LocalDateTime.of(2107, 12, 31, 23, 59, 58),
                DeterministicZip.dosTime(Instant.parse("2200-01-01T00:00:00Z")));
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] utc = zip(epoch);
            TimeZone.setDefault(TimeZone.getTimeZone("Australia/Eucla"));
            assertArrayEquals(utc, zip(epoch));
            try (var zin = new ZipInputStream(new ByteArrayInputStream(utc))) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    assertTrue(e.getExtra() == null || e.getExtra().length == 0, e.getName());
                }
            }
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void oddSecondsRoundDownToTheDosTwoSecondGrid() {
        assertEquals(LocalDateTime.of(2024, 3, 4, 17, 5, 6),
                DeterministicZip.dosTime(Instant.parse("2024-03-04T17:05:07.900Z")));
    }

    @Test
    void duplicateNamesAreRefused() {
        var z = new DeterministicZip(Instant.EPOCH).stored("a", new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> z.deflated("a", new byte[0]));
    }

    @Test
    void theCallersStreamIsFlushedAndLeftOpen() throws IOException {
        var sink = new ByteArrayOutputStream();
        var buffered = new BufferedOutputStream(sink, 1 << 16);
        new DeterministicZip(Instant.EPOCH).deflated("a.txt", new byte[] {1, 2, 3}).writeTo(buffered);
        byte[] written = sink.toByteArray();
        assertTrue(written.length > 22, "the whole archive reached the caller's stream without a flush of its own");
        buffered.write('x');
        buffered.flush();
        assertEquals(written.length + 1, sink.size(), "the stream is still open");
    }

    @Test
    void deflatedEntriesUseTheBestCompressionAndStoredOnesAreWrittenAsGiven(@TempDir Path dir) throws IOException {
        byte[] text = words(4000);
        Path file = dir.resolve("a.zip");
        try (var out = Files.newOutputStream(file)) {
            new DeterministicZip(Instant.EPOCH).stored("stored.txt", text).deflated("deflated.txt", text).writeTo(out);
        }
        try (var zip = new ZipFile(file.toFile())) {
            ZipEntry stored = zip.getEntry("stored.txt");
            assertEquals(ZipEntry.STORED, stored.getMethod());
            assertEquals(text.length, stored.getCompressedSize());
            ZipEntry deflated = zip.getEntry("deflated.txt");
            assertEquals(ZipEntry.DEFLATED, deflated.getMethod());
            assertEquals(bestDeflate(text).length, deflated.getCompressedSize());
            assertArrayEquals(text, zip.getInputStream(deflated).readAllBytes());
        }
    }

    /** Words drawn at random from a small vocabulary, the same every run: text that compresses unevenly. */
    private static byte[] words(int n) {
        String[] vocabulary = {"harbour", "storm", "boat", "quay", "night", "crew", "the", "a", "of", "wind", "gust",
                "café", "town", "morning", "rain", "sea", "coast", "safe", "home", "came"};
        var random = new java.util.Random(42);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(7) == 0 ? ". " : " ");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bestDeflate(byte[] data) {
        var d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        var out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }
}
