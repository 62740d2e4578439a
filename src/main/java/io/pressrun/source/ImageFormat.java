package io.pressrun.source;

/** Image formats told apart by their first bytes, whatever the file is called. */
enum ImageFormat {
    JPEG("JPEG", "image/jpeg", Handling.KEPT),
    PNG("PNG", "image/png", Handling.KEPT),
    GIF("GIF", "image/gif", Handling.MADE_PNG),
    WEBP("WebP", "image/webp", Handling.MADE_PNG),
    TIFF("TIFF", "image/tiff", Handling.MADE_PNG),
    BMP("BMP", "image/bmp", Handling.MADE_PNG),
    SVG("SVG", "image/svg+xml", Handling.VECTOR);

    /** What reading does with a picture of the format. */
    enum Handling {
        /** Both editions carry the file's own bytes (or a reduced copy in its format). */
        KEPT,
        /**
         * Decoded (the first picture of the file) and written as a PNG, losslessly; a lossy WebP
         * without transparency as a JPEG instead ({@link #lossyWebP}).
         */
        MADE_PNG,
        /** Read as XML and made safe ({@link SvgReader}); both editions draw it as vector graphics. */
        VECTOR
    }

    private final String label;
    private final String mediaType;
    private final Handling handling;

    ImageFormat(String label, String mediaType, Handling handling) {
        this.label = label;
        this.mediaType = mediaType;
        this.handling = handling;
    }

    Handling handling() {
        return handling;
    }

    String label() {
        return label;
    }

    String mediaType() {
        return mediaType;
    }

    /**
     * Whether these WebP bytes hold a lossy picture with no transparency (a simple "VP8 " file):
     * a photo, which a PNG would hold at several times the size.
     */
    static boolean lossyWebP(byte[] b) {
        return b.length >= 16 && b[12] == 'V' && b[13] == 'P' && b[14] == '8' && b[15] == ' ';
    }

    /** The format these bytes start with, or null when they are no image we know. */
    static ImageFormat sniff(byte[] b) {
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        if (startsWith(b, 'I', 'I', 42, 0) || startsWith(b, 'M', 'M', 0, 42)) {
            return TIFF;
        }
        if (startsWith(b, 'B', 'M')) {
            return BMP;
        }
        String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading();
        if (head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<!DOCTYPE svg"))
                && head.contains("<svg")) {
            return SVG;
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
