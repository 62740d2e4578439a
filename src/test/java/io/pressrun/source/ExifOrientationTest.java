package io.pressrun.source;

import io.pressrun.TestImages;
import io.pressrun.model.Orientation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The EXIF orientation of a JPEG, read from its APP1 segment; anything unreadable is upright. */
class ExifOrientationTest {
    private static final byte[] PLAIN = TestImages.jpeg(TestImages.markedCorners(40, 30));

    @Test
    void everyValueInEitherByteOrder() {
        for (int value = 1; value <= 8; value++) {
            for (boolean little : new boolean[] {true, false}) {
                assertEquals(value, ExifOrientation.of(TestImages.withExifOrientation(PLAIN, value, little)).exif(),
                        value + (little ? " II" : " MM"));
            }
        }
    }

    @Test
    void noExifIsUpright() {
        assertEquals(Orientation.NORMAL, ExifOrientation.of(PLAIN));
    }

    @Test
    void anotherApp1SegmentBeforeTheExifIsSkipped() {
        byte[] withExif = TestImages.withExifOrientation(PLAIN, 6, false);
        byte[] xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Orientation.ROTATE_90_CW, ExifOrientation.of(TestImages.withSegment(withExif, 2, 0xE1, xmp)));
    }

    @Test
    void theExifSegmentMayComeFirst() {
        assertEquals(Orientation.ROTATE_270_CW, ExifOrientation.of(TestImages.withExifBeforeJfif(PLAIN, 8, true)));
    }

    @Test
    void valuesOutsideOneToEightAreUpright() {
        for (int value : new int[] {0, 9, 255, 65535}) {
            assertEquals(Orientation.NORMAL, ExifOrientation.of(TestImages.withExifOrientation(PLAIN, value, true)));
        }
    }

    /** Cut anywhere, or with any byte of its EXIF changed, a file never makes the reader fail. */
    @Test
    void damagedSegmentsAreUprightAndNeverThrow() {
        byte[] good = TestImages.withExifBeforeJfif(PLAIN, 8, true);
        for (int cut = 0; cut < 60; cut++) {
            ExifOrientation.of(Arrays.copyOf(good, cut));
        }
        for (int at = 2; at < 40; at++) {
            for (int value : new int[] {0x00, 0x7F, 0xFF}) {
                byte[] bad = good.clone();
                bad[at] = (byte) value;
                ExifOrientation.of(bad);
            }
        }
        byte[] offsetPastTheEnd = good.clone();
        offsetPastTheEnd[2 + 2 + 2 + 6 + 4] = (byte) 0xF0; // the directory offset's low byte
        assertEquals(Orientation.NORMAL, ExifOrientation.of(offsetPastTheEnd));
        assertEquals(Orientation.NORMAL, ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Orientation.NORMAL, ExifOrientation.of(new byte[0]));
    }
}
