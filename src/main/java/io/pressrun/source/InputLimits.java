package io.pressrun.source;

/**
 * Input limits: a source or image file larger than these is refused before it is decoded.
 *
 * @param maxSourceBytes  the largest article source file, in bytes
 * @param maxImageBytes   the largest image file, in bytes
 * @param maxImagePixels  the most pixels an image may have (width times height)
 */
public record InputLimits(long maxSourceBytes, long maxImageBytes, long maxImagePixels) {
    public static final InputLimits DEFAULT = new InputLimits(4L << 20, 32L << 20, 50_000_000L);
}
