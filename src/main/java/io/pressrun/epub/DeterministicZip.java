package io.pressrun.epub;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip whose bytes depend only on the entries given: entries in the order added, each
 * with the same timestamp written as a DOS date-time read as UTC, no extra fields, no comment,
 * fixed compression level. Entries are kept in memory until {@link #writeTo}.
 *
 * <p>{@link ZipEntry#setTime(long)} would convert through the default time zone, and dates outside
 * 1980&ndash;2107 make {@code ZipOutputStream} add an extended-timestamp extra field; the
 * timestamp is therefore set with {@link ZipEntry#setTimeLocal} and clamped to the DOS range
 * (from 1980-01-01T00:00:02, see {@link #DOS_MIN}).
 */
final class DeterministicZip {
    /**
     * The earliest time written. Not 1980-01-01T00:00:00: {@code ZipEntry} uses exactly that DOS
     * value to mean "before 1980" and then adds a time-zone-dependent extended timestamp.
     */
    private static final LocalDateTime DOS_MIN = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime DOS_MAX = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private record Entry(String name, byte[] data, boolean compress) {
    }

    private final LocalDateTime time;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    DeterministicZip(Instant timestamp) {
        this.time = dosTime(timestamp);
    }

    /** The local time written into every entry: the instant in UTC, whole even seconds, in DOS range. */
    static LocalDateTime dosTime(Instant timestamp) {
        LocalDateTime t = LocalDateTime.ofInstant(timestamp.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        if (!t.isAfter(DOS_MIN)) {
            return DOS_MIN;
        }
        if (t.isAfter(DOS_MAX)) {
            return DOS_MAX;
        }
        return t.withSecond(t.getSecond() & ~1);
    }

    /** Adds an entry stored without compression (the {@code mimetype}, images). */
    DeterministicZip stored(String name, byte[] data) {
        return add(new Entry(name, data.clone(), false));
    }

    /** Adds an entry compressed with deflate. */
    DeterministicZip deflated(String name, byte[] data) {
        return add(new Entry(name, data.clone(), true));
    }

    private DeterministicZip add(Entry e) {
        if (!names.add(e.name())) {
            throw new IllegalArgumentException("duplicate zip entry " + e.name());
        }
        entries.add(e);
        return this;
    }

    /** Writes the archive; {@code out} is flushed, not closed. */
    void writeTo(OutputStream out) throws IOException {
        try (var zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // the caller owns the stream
            }
        })) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Entry e : entries) {
                ZipEntry ze = new ZipEntry(e.name());
                ze.setTimeLocal(time);
                // an entry is deflated unless it says otherwise; a stored one gives its size and CRC
                // before its data (its compressed size is its size), and each entry is closed by
                // the next one or by the end of the archive
                if (!e.compress()) {
                    var crc = new CRC32();
                    crc.update(e.data());
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(e.data().length);
                    ze.setCrc(crc.getValue());
                }
                zip.putNextEntry(ze);
                zip.write(e.data());
            }
        }
    }
}
