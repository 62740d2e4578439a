package io.pressrun.image;

import io.pressrun.model.Image;
import io.pressrun.model.Orientation;

import java.io.IOException;

/**
 * The one way pictures are prepared for both editions: never enlarged, colour and transparency
 * kept, the same bytes every run. A picture within the edition's limits keeps its own bytes; one
 * that is larger, or (for the EPUB, since many reading systems ignore EXIF) stored turned, is
 * decoded, scaled down, turned upright and encoded once, a JPEG as a JPEG (at the theme's
 * quality, or the source's own where that is lower) and a PNG as a PNG. Thread-safe.
 */
public final class EditionImages {
    private final ImageLimits limits;

    public EditionImages(ImageLimits limits) {
        this.limits = limits;
    }

    public ImageLimits limits() {
        return limits;
    }

    /** For the EPUB: upright pixels, the longer side at most {@code epubMaxPixels}. */
    public EditionImage forEpub(Image image) throws IOException {
        if (image.isSvg()) {
            return asStored(image); // vector graphics: any size, already made safe
        }
        int longer = Math.max(image.width(), image.height());
        if (longer <= limits.epubMaxPixels() && image.orientation() == Orientation.NORMAL) {
            return asStored(image);
        }
        double scale = Math.min(1, limits.epubMaxPixels() / (double) longer);
        return redrawn(image, scaled(image.width(), scale), scaled(image.height(), scale));
    }

    /**
     * For the PDF, placed {@code width} by {@code height} points. A picture at most
     * {@code pdfResampleAbove} pixels per inch there keeps its bytes and its orientation, which
     * the PDF applies when it places it; a larger one is reduced to {@code pdfPixelsPerInch}.
     * (Reducing a picture only a little over the resolution saves few bytes for the cost of
     * decoding and encoding it again, and loses a little of its quality.)
     */
    public EditionImage forPdf(Image image, float width, float height) throws IOException {
        if (image.width() <= pixels(width, limits.pdfResampleAbove())
                && image.height() <= pixels(height, limits.pdfResampleAbove())) {
            return asStored(image);
        }
        int maxWidth = pixels(width, limits.pdfPixelsPerInch());
        int maxHeight = pixels(height, limits.pdfPixelsPerInch());
        double scale = Math.min(maxWidth / (double) image.width(), maxHeight / (double) image.height());
        return redrawn(image, Math.min(maxWidth, scaled(image.width(), scale)),
                Math.min(maxHeight, scaled(image.height(), scale)));
    }

    /** The most pixels {@code points} hold at {@code ppi}; a hair of tolerance for the float arithmetic of the layout. */
    private static int pixels(float points, float ppi) {
        return Math.max(1, (int) Math.floor(points / 72.0 * ppi + 1e-3));
    }

    private static int scaled(int pixels, double scale) {
        return Math.max(1, (int) Math.round(pixels * scale));
    }

    private static EditionImage asStored(Image image) {
        return new EditionImage(image.mediaType(), image.data(), image.width(), image.height(), image.orientation(),
                false);
    }

    /** Decoded, scaled to {@code width} by {@code height} (upright), turned upright and encoded once. */
    private EditionImage redrawn(Image image, int width, int height) throws IOException {
        Orientation o = image.orientation();
        ImageCodec.Decoded decoded = ImageCodec.decode(image.data(), image.src());
        SourceRows source = SourceRows.of(decoded.image());
        Pixels stored = Resampler.resample(source, o.swapsSides() ? height : width, o.swapsSides() ? width : height);
        Pixels upright = stored.turned(o);
        var data = image.isJpeg() ? ImageCodec.jpeg(upright, Math.min(limits.jpegQuality(), decoded.quality()))
                : ImageCodec.png(upright);
        return new EditionImage(image.mediaType(), data, width, height, Orientation.NORMAL, true);
    }
}
