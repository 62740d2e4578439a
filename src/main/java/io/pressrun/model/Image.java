package io.pressrun.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A validated image with its bytes and its words.
 *
 * @param src       the path as written in the source (relative to the article)
 * @param file      the resolved file
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param width     pixels
 * @param height    pixels
 * @param data      the file's bytes, unchanged
 * @param alt       text alternative, may be empty for a decorative image
 * @param caption   may be empty
 * @param credit    may be empty
 */
public record Image(
        String src,
        Path file,
        String mediaType,
        int width,
        int height,
        Bytes data,
        String alt,
        String caption,
        String credit) {

    public Image {
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
        alt = alt == null ? "" : alt;
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
    }

    public boolean isJpeg() {
        return "image/jpeg".equals(mediaType);
    }

    /** File extension for the media type, without the dot. */
    public String extension() {
        return isJpeg() ? "jpg" : "png";
    }
}
