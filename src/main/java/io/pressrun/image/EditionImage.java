package io.pressrun.image;

import io.pressrun.model.Bytes;
import io.pressrun.model.Orientation;

import java.util.Objects;

/**
 * A picture as an edition embeds it.
 *
 * @param mediaType   {@code image/jpeg} or {@code image/png}, as the source was
 * @param data        the bytes to embed: the source's own, or the picture re-encoded once
 * @param width       pixels, as the picture is seen
 * @param height      pixels, as the picture is seen
 * @param orientation how {@code data} is still to be turned to be seen upright: the source's
 *                    for its own bytes, {@link Orientation#NORMAL} once re-encoded
 * @param reencoded   whether {@code data} was made here rather than taken from the source
 */
public record EditionImage(String mediaType, Bytes data, int width, int height, Orientation orientation,
                           boolean reencoded) {
    public EditionImage {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(orientation, "orientation");
    }

    public boolean isJpeg() {
        return "image/jpeg".equals(mediaType);
    }
}
