package io.pressrun.model;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An immutable byte string. Images are map keys (each picture embedded once per edition), so
 * the hash of their bytes is computed once, not at every lookup.
 */
public final class Bytes {
    private final byte[] data;
    /** {@link Arrays#hashCode(byte[])} of the data, once computed (0: not yet; racy but idempotent). */
    private int hash;

    private Bytes(byte[] data) {
        this.data = data;
    }

    public static Bytes copyOf(byte[] data) {
        return new Bytes(data.clone());
    }

    public int length() {
        return data.length;
    }

    public byte[] toArray() {
        return data.clone();
    }

    public InputStream open() {
        return new ByteArrayInputStream(data);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Bytes b && b.hashCode() == hashCode() && Arrays.equals(data, b.data);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(data);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Bytes[" + data.length + "]";
    }
}
