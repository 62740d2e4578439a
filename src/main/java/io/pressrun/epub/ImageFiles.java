package io.pressrun.epub;

import io.pressrun.model.Article;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image files of an edition: one file per distinct image (same bytes and media type), named
 * by order of first appearance ({@code images/image-1.jpg}), the lead image first.
 */
final class ImageFiles {

    /** One file in {@code OEBPS/images/}. */
    record ImageFile(String id, String href, String mediaType, Bytes data) {
    }

    private record Key(Bytes data, String mediaType) {
    }

    private final Map<Key, ImageFile> files = new LinkedHashMap<>();

    ImageFiles(Article article) {
        for (Image image : article.images()) {
            if (!"image/jpeg".equals(image.mediaType()) && !"image/png".equals(image.mediaType())) {
                throw new IllegalArgumentException("image " + image.src() + ": unsupported media type "
                        + image.mediaType() + " (JPEG or PNG only)");
            }
            Key key = new Key(image.data(), image.mediaType());
            if (!files.containsKey(key)) {
                int n = files.size() + 1;
                files.put(key, new ImageFile("image-" + n, "images/image-" + n + "." + image.extension(),
                        image.mediaType(), image.data()));
            }
        }
    }

    /** The path of the image's file, relative to the package document. */
    String hrefOf(Image image) {
        ImageFile f = files.get(new Key(image.data(), image.mediaType()));
        if (f == null) {
            throw new IllegalArgumentException("image not in the article: " + image.src());
        }
        return f.href();
    }

    List<ImageFile> all() {
        return new ArrayList<>(files.values());
    }
}
