package io.pressrun.epub;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
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
}
