package io.pressrun.image;

import io.pressrun.style.Theme;

/**
 * How large a picture each edition embeds, from {@code images} in {@code theme.yaml}.
 *
 * @param epubMaxPixels    the EPUB's longest side, in pixels
 * @param pdfPixelsPerInch the pixels per inch, at the size a picture is placed, that the PDF reduces a
 *                         larger picture to
 * @param pdfResampleAbove the pixels per inch above which a picture is reduced: one at most this
 *                         keeps its own bytes (at least {@code pdfPixelsPerInch})
 * @param jpegQuality      0 to 1: the quality a JPEG is re-encoded at
 */
public record ImageLimits(int epubMaxPixels, float pdfPixelsPerInch, float pdfResampleAbove, float jpegQuality) {
    public ImageLimits {
        if (epubMaxPixels < 1) {
            throw new IllegalArgumentException("images.epub-max-pixels must be at least 1, not " + epubMaxPixels);
        }
        if (!(pdfPixelsPerInch > 0) || Float.isInfinite(pdfPixelsPerInch)) {
            throw new IllegalArgumentException("images.pdf-max-ppi must be more than 0, not " + pdfPixelsPerInch);
        }
        if (!(pdfResampleAbove >= pdfPixelsPerInch) || Float.isInfinite(pdfResampleAbove)) {
            throw new IllegalArgumentException("images.pdf-resample-above-ppi must be at least images.pdf-max-ppi ("
                    + pdfPixelsPerInch + "), not " + pdfResampleAbove);
        }
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("images.jpeg-quality must be more than 0 and at most 1, not "
                    + jpegQuality);
        }
    }

    /** The limits the theme sets; a value out of range is reported where the theme has it. */
    public static ImageLimits fromTheme(Theme theme) {
        float pixels = theme.number("images.epub-max-pixels");
        if (!(pixels >= 1) || pixels != Math.rint(pixels) || pixels > Integer.MAX_VALUE) {
            throw theme.problem("images.epub-max-pixels", "'images.epub-max-pixels' must be a whole number of"
                    + " pixels, at least 1, not " + pixels);
        }
        float ppi = theme.number("images.pdf-max-ppi");
        if (!(ppi > 0) || Float.isInfinite(ppi)) {
            throw theme.problem("images.pdf-max-ppi", "'images.pdf-max-ppi' must be more than 0, not " + ppi);
        }
        float above = theme.number("images.pdf-resample-above-ppi");
        if (!(above >= ppi) || Float.isInfinite(above)) {
            throw theme.problem("images.pdf-resample-above-ppi", "'images.pdf-resample-above-ppi' must be at least"
                    + " 'images.pdf-max-ppi' (" + ppi + "), not " + above);
        }
        float quality = theme.number("images.jpeg-quality");
        if (!(quality > 0 && quality <= 1)) {
            throw theme.problem("images.jpeg-quality", "'images.jpeg-quality' must be more than 0 and at most 1"
                    + " (0.9 is good), not " + quality);
        }
        return new ImageLimits((int) pixels, ppi, above, quality);
    }
}
