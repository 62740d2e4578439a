package io.pressrun.typeset.font;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the bytes of a small OpenType layout table (GPOS or GSUB) for tests: big-endian
 * values at offsets the test chooses, laid out as the OpenType specification describes the
 * common table formats. The table ends after the last byte written.
 */
final class LayoutTableBytes {
    private final ByteBuffer bytes = ByteBuffer.allocate(4096);
    private int end;

    /** Unsigned 16-bit values from {@code at} on. */
    LayoutTableBytes u16(int at, int... values) {
        for (int i = 0; i < values.length; i++) {
            bytes.putShort(at + 2 * i, (short) values[i]);
        }
        end = Math.max(end, at + 2 * values.length);
        return this;
    }

    LayoutTableBytes u32(int at, int value) {
        bytes.putInt(at, value);
        end = Math.max(end, at + 4);
        return this;
    }

    /** A four-letter tag. */
    LayoutTableBytes tag(int at, String tag) {
        byte[] b = tag.getBytes(StandardCharsets.US_ASCII);
        bytes.put(at, b, 0, 4);
        end = Math.max(end, at + 4);
        return this;
    }

    /**
     * The table header (version 1.0 and the three list offsets) followed at 10 by a script
     * list of one script, {@code script}, whose default language system lists every feature
     * index from 0 to {@code featureCount - 1}. Script list at 10, the script at 18, its
     * language system at 22.
     */
    LayoutTableBytes header(String script, int featureList, int lookupList, int featureCount) {
        u16(0, 1, 0, 10, featureList, lookupList);
        u16(10, 1).tag(12, script).u16(16, 8);
        u16(18, 4, 0);
        u16(22, 0, 0xFFFF, featureCount);
        for (int i = 0; i < featureCount; i++) {
            u16(28 + 2 * i, i);
        }
        return this;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes.array(), end);
    }
}
