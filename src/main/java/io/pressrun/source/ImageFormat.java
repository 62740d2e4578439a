package io.pressrun.source;

/** Image formats told apart by their first bytes, whatever the file is called. */
enum ImageFormat {
    JPEG("JPEG", "image/jpeg", true),
    PNG("PNG", "image/png", true),
    GIF("GIF", "image/gif", false),
    WEBP("WebP", "image/webp", false),
    TIFF("TIFF", "image/tiff", false),
    BMP("BMP", "image/bmp", false),
    SVG("SVG", "image/svg+xml", false);

    private final String label;
    private final String mediaType;
    private final boolean supported;

    ImageFormat(String label, String mediaType, boolean supported) {
        this.label = label;
        this.mediaType = mediaType;
        this.supported = supported;
    }

    String label() {
        return label;
    }

    String mediaType() {
        return mediaType;
    }

    boolean supported() {
        return supported;
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
        String head = new String(b, 0, Math.min(b.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))) {
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
