package io.pressrun.epub;

import io.pressrun.image.EditionImage;
import io.pressrun.image.EditionImages;
import io.pressrun.model.Article;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image files of an edition: one file per distinct image (same bytes and media type), named
 * by order of first appearance ({@code images/image-1.jpg}), the lead image first. Each is
 * prepared once by {@link EditionImages#forEpub}: upright, and no larger than reading systems need.
 */
final class ImageFiles {

    /** One file in {@code OEBPS/images/}, {@code width} by {@code height} pixels. */
    record ImageFile(String id, String href, String mediaType, Bytes data, int width, int height) {
    }

    private record Key(Bytes data, String mediaType) {
    }

    private final Map<Key, ImageFile> files = new LinkedHashMap<>();

    ImageFiles(Article article, EditionImages prepare) throws IOException {
        for (Image image : article.images()) {
            if (!"image/jpeg".equals(image.mediaType()) && !"image/png".equals(image.mediaType()) && !image.isSvg()) {
                throw new IllegalArgumentException("image " + image.src() + ": unsupported media type "
                        + image.mediaType() + " (JPEG, PNG or SVG only)");
            }
            Key key = new Key(image.data(), image.mediaType());
            if (!files.containsKey(key)) {
                int n = files.size() + 1;
                EditionImage e = prepare.forEpub(image);
                files.put(key, new ImageFile("image-" + n, "images/image-" + n + "." + image.extension(),
                        e.mediaType(), e.data(), e.width(), e.height()));
            }
        }
    }

    /** The file the image is in. */
    ImageFile fileOf(Image image) {
        ImageFile f = files.get(new Key(image.data(), image.mediaType()));
        if (f == null) {
            throw new IllegalArgumentException("image not in the article: " + image.src());
        }
        return f;
    }

    List<ImageFile> all() {
        return new ArrayList<>(files.values());
    }
}
