package io.pressrun.source;

import io.pressrun.model.Orientation;

import java.nio.charset.StandardCharsets;

/**
 * Reads the orientation a camera wrote into a JPEG's EXIF data (an APP1 segment starting
 * {@code Exif\0\0}: a TIFF header and its first image file directory, whose tag 274 holds it).
 * Only the segments before the image data are walked, every offset is checked against the
 * segment's end, and anything missing, unknown or malformed means upright, as viewers take it.
 */
final class ExifOrientation {
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;
    private static final int LONG = 4;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifOrientation() {
    }

    /** The orientation of the JPEG {@code jpeg}; {@link Orientation#NORMAL} when it says none. */
    static Orientation of(byte[] jpeg) {
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
            return Orientation.NORMAL;
        }
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if (u8(jpeg, at) != 0xFF) {
                return Orientation.NORMAL; // not at a marker: no well-formed header to read
            }
            int marker = u8(jpeg, at + 1);
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD8) {
                at += 2; // markers without a length
                continue;
            }
            if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
                return Orientation.NORMAL;
            }
            int length = u16(jpeg, at + 2, false);
            int start = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) {
                return Orientation.NORMAL;
            }
            if (marker == APP1 && startsWith(jpeg, start, end, EXIF)) {
                return Orientation.ofExif(fromTiff(jpeg, start + EXIF.length, end));
            }
            at = end;
        }
        return Orientation.NORMAL;
    }

    /** The orientation value in the TIFF structure from {@code tiff} to {@code end}, or 0. */
    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 0;
        }
        boolean little;
        if (u8(b, tiff) == 'I' && u8(b, tiff + 1) == 'I') {
            little = true;
        } else if (u8(b, tiff) == 'M' && u8(b, tiff + 1) == 'M') {
            little = false;
        } else {
            return 0;
        }
        if (u16(b, tiff + 2, little) != 42) {
            return 0;
        }
        long offset = u32(b, tiff + 4, little);
        if (offset < 8 || offset > end - tiff - 2) {
            return 0;
        }
        int directory = tiff + (int) offset;
        int entries = u16(b, directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + 12 * i;
            if (entry + 12 > end) {
                return 0;
            }
            if (u16(b, entry, little) != ORIENTATION_TAG) {
                continue;
            }
            int type = u16(b, entry + 2, little);
            if (u32(b, entry + 4, little) != 1) {
                return 0;
            }
            if (type == SHORT) {
                return u16(b, entry + 8, little);
            }
            return type == LONG ? (int) Math.min(u32(b, entry + 8, little), Integer.MAX_VALUE) : 0;
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (at + prefix.length > end) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? u8(b, at) | u8(b, at + 1) << 8 : u8(b, at) << 8 | u8(b, at + 1);
    }

    private static long u32(byte[] b, int at, boolean little) {
        long lo = u16(b, at, little);
        long hi = u16(b, at + 2, little);
        return little ? hi << 16 | lo : lo << 16 | hi;
    }
}
