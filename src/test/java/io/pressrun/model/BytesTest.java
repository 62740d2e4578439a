package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BytesTest {
    @Test
    void equalWhenTheContentIsEqual() {
        Bytes a = Bytes.copyOf(new byte[] {1, 2, 3});
        Bytes b = Bytes.copyOf(new byte[] {1, 2, 3});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Bytes.copyOf(new byte[] {1, 2, 4}));
        assertNotEquals(a, Bytes.copyOf(new byte[] {1, 2}));
        assertNotEquals(a.hashCode(), Bytes.copyOf(new byte[] {3, 2, 1}).hashCode());
        assertNotEquals(a, (Object) new byte[] {1, 2, 3}, "only Bytes equal Bytes");
    }

    @Test
    void theBytesCannotBeChangedFromOutside() throws IOException {
        byte[] given = {10, 20, 30};
        Bytes b = Bytes.copyOf(given);
        given[0] = 99;
        byte[] taken = b.toArray();
        taken[1] = 99;
        assertArrayEquals(new byte[] {10, 20, 30}, b.toArray());
        assertEquals(3, b.length());
        try (InputStream in = b.open()) {
            assertArrayEquals(new byte[] {10, 20, 30}, in.readAllBytes());
        }
    }
}
