package io.pressrun.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A validated image with its bytes and its words.
 *
 * @param src       the path as written in the source (relative to the article)
 * @param file      the resolved file
 * @param mediaType   {@code image/jpeg}, {@code image/png} or {@code image/svg+xml}
 * @param width       pixels, as the picture is seen (after its orientation); an SVG's CSS pixels
 * @param height      pixels, as the picture is seen
 * @param orientation how the stored pixels are turned to be seen upright (a JPEG's EXIF)
 * @param data        the file's bytes, unchanged
 * @param alt         text alternative, may be empty for a decorative image
 * @param caption     may be empty
 * @param credit      may be empty
 */
public record Image(
        String src,
        Path file,
        String mediaType,
        int width,
        int height,
        Orientation orientation,
        Bytes data,
        String alt,
        String caption,
        String credit) {

    public Image {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(data, "data");
        alt = alt == null ? "" : alt;
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
    }

    /** An image stored upright. */
    public Image(String src, Path file, String mediaType, int width, int height, Bytes data, String alt,
                 String caption, String credit) {
        this(src, file, mediaType, width, height, Orientation.NORMAL, data, alt, caption, credit);
    }

    /** The same picture with other words (one file used twice in an article). */
    public Image withWords(String src, Path file, String alt, String caption, String credit) {
        return new Image(src, file, mediaType, width, height, orientation, data, alt, caption, credit);
    }

    public boolean isJpeg() {
        return "image/jpeg".equals(mediaType);
    }

    /** An SVG picture: vector graphics, made safe when read. */
    public boolean isSvg() {
        return "image/svg+xml".equals(mediaType);
    }

    /** File extension for the media type, without the dot. */
    public String extension() {
        return isJpeg() ? "jpg" : isSvg() ? "svg" : "png";
    }
}
