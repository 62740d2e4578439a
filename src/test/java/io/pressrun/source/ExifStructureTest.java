package io.pressrun.source;

import io.pressrun.model.Orientation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The EXIF walk at the edges of its structures, on JPEG headers built byte by byte: segments and
 * entries that end exactly where their container ends are read; one byte less is not.
 */
class ExifStructureTest {
    private static final int SOI = 0xD8;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;

    /** An orientation entry: tag 274, its type, its count and its value, in the given byte order. */
    private static byte[] entry(boolean little, int type, long count, long value) {
        var out = new ByteArrayOutputStream();
        u16(out, 0x0112, little);
        u16(out, type, little);
        u32(out, count, little);
        if (type == 3) {
            u16(out, (int) value, little);
            u16(out, 0, little);
        } else {
            u32(out, value, little);
        }
        return out.toByteArray();
    }

    /** "Exif\0\0", a TIFF header whose first directory is at {@code offset}, that directory's entries. */
    private static byte[] exif(boolean little, int offset, byte[]... entries) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(little ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        u16(out, 42, little);
        u32(out, offset, little);
        for (int i = 8; i < offset; i++) {
            out.write(0);
        }
        u16(out, entries.length, little);
        for (byte[] e : entries) {
            out.writeBytes(e);
        }
        return out.toByteArray(); // no pointer to a next directory: the last entry ends the segment
    }

    private static byte[] segment(int marker, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(marker);
        u16(out, payload.length + 2, false);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] jpeg(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(SOI);
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static void u16(ByteArrayOutputStream out, int v, boolean little) {
        if (little) {
            out.write(v & 0xFF);
            out.write(v >> 8 & 0xFF);
        } else {
            out.write(v >> 8 & 0xFF);
            out.write(v & 0xFF);
        }
    }

    private static void u32(ByteArrayOutputStream out, long v, boolean little) {
        if (little) {
            u16(out, (int) (v & 0xFFFF), true);
            u16(out, (int) (v >> 16 & 0xFFFF), true);
        } else {
            u16(out, (int) (v >> 16 & 0xFFFF), false);
            u16(out, (int) (v & 0xFFFF), false);
        }
    }

    @Test
    void anExifSegmentThatEndsTheFileAndAnEntryThatEndsTheSegmentAreRead() {
        for (boolean little : new boolean[] {true, false}) {
            byte[] file = jpeg(segment(APP1, exif(little, 8, entry(little, 3, 1, 6))));
            assertEquals(Orientation.ROTATE_90_CW, ExifOrientation.of(file), little ? "II" : "MM");
        }
    }

    @Test
    void anEntryOneByteShortOrASegmentLongerThanTheFileIsNotRead() {
        byte[] payload = exif(true, 8, entry(true, 3, 1, 6));
        byte[] shortEntry = jpeg(segment(APP1, Arrays.copyOf(payload, payload.length - 1)));
        assertEquals(Orientation.NORMAL, ExifOrientation.of(shortEntry));
        byte[] whole = jpeg(segment(APP1, payload));
        assertEquals(Orientation.NORMAL, ExifOrientation.of(Arrays.copyOf(whole, whole.length - 1)),
                "a segment whose length runs past the file's end");
    }

    @Test
    void theDirectoryMayStartRightAfterTheHeaderOrFurtherOn() {
        assertEquals(Orientation.ROTATE_180, ExifOrientation.of(jpeg(segment(APP1, exif(false, 8, entry(false, 3, 1, 3))))));
        assertEquals(Orientation.ROTATE_180, ExifOrientation.of(jpeg(segment(APP1, exif(false, 20, entry(false, 3, 1, 3))))));
    }

    @Test
    void theOrientationIsFoundAmongOtherEntriesAndAsALong() {
        byte[] other = entry(true, 3, 1, 2);
        other[0] = 0x0F; // tag 0x010F, the camera's maker
        assertEquals(Orientation.ROTATE_270_CW,
                ExifOrientation.of(jpeg(segment(APP1, exif(true, 8, other, entry(true, 4, 1, 8))))));
        assertEquals(Orientation.ROTATE_270_CW,
                ExifOrientation.of(jpeg(segment(APP1, exif(false, 8, other, entry(false, 4, 1, 8))))));
    }

    @Test
    void anOrientationWithACountOtherThanOneIsNotRead() {
        for (boolean little : new boolean[] {true, false}) {
            for (long count : new long[] {0, 2, 0x10001, 0x10000}) {
                byte[] file = jpeg(segment(APP1, exif(little, 8, entry(little, 3, count, 6))));
                assertEquals(Orientation.NORMAL, ExifOrientation.of(file), count + (little ? " II" : " MM"));
            }
            byte[] otherType = jpeg(segment(APP1, exif(little, 8, entry(little, 7, 1, 6))));
            assertEquals(Orientation.NORMAL, ExifOrientation.of(otherType), "an undefined type");
        }
    }

    @Test
    void fillBytesAndMarkersWithoutALengthArePassedOver() {
        byte[] exif = segment(APP1, exif(true, 8, entry(true, 3, 1, 6)));
        byte[] fill = {(byte) 0xFF};
        byte[] restart = {(byte) 0xFF, (byte) 0xD0, (byte) 0xFF, (byte) 0xD7, (byte) 0xFF, 0x01};
        assertEquals(Orientation.ROTATE_90_CW, ExifOrientation.of(jpeg(fill, fill, exif)));
        assertEquals(Orientation.ROTATE_90_CW, ExifOrientation.of(jpeg(restart, exif)));
        byte[] app0 = segment(APP0, "JFIF\0".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Orientation.ROTATE_90_CW, ExifOrientation.of(jpeg(app0, exif)));
        byte[] scan = {(byte) 0xFF, (byte) 0xDA, 0, 2};
        assertEquals(Orientation.NORMAL, ExifOrientation.of(jpeg(scan, exif)), "nothing after the image data is read");
    }

    @Test
    void theFirstExifSegmentDecidesEvenWhenItHoldsNothing() {
        byte[] empty = segment(APP1, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        byte[] later = segment(APP1, exif(true, 8, entry(true, 3, 1, 6)));
        assertEquals(Orientation.NORMAL, ExifOrientation.of(jpeg(empty, later)));
        byte[] notExif = segment(APP1, "Exif\0".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Orientation.ROTATE_90_CW, ExifOrientation.of(jpeg(notExif, later)),
                "a segment too short for the Exif name is some other APP1");
    }
}
