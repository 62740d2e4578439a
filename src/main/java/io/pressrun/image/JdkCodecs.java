package io.pressrun.image;

import java.util.Iterator;

/**
 * Picks the JDK's own image codec where there is one, else the first: the one every build has,
 * whatever other ImageIO plugins the class path brings (the tests have a second JPEG plugin,
 * through EPUBCheck), so the same bytes come out everywhere.
 */
public final class JdkCodecs {
    private JdkCodecs() {
    }

    /** The JDK's codec among {@code codecs}, else the first of them, else null. */
    public static <T> T first(Iterator<T> codecs) {
        T first = null;
        while (codecs.hasNext()) {
            T codec = codecs.next();
            if (codec.getClass().getName().startsWith("com.sun.imageio.")) {
                return codec;
            }
            if (first == null) {
                first = codec;
            }
        }
        return first;
    }
}
