package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Bytes;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Image;
import io.pressrun.model.Orientation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks an image an article refers to. Nothing is fetched from the network; the
 * bytes come from the article's {@link AssetResolver} (on a disk, {@link FileAssets}, which
 * keeps to the article's or the site's folder). The size is checked against the limit and the
 * header against the pixel budget before anything is decoded; then the image is decoded once to
 * prove it is whole. A JPEG's EXIF orientation is read, and the image's size is the upright one.
 */
final class ImageLoader {
    private static final Pattern URL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|//).*");
    private static final int CHECK_SUBSAMPLING = 8;
    private static final float WEBP_JPEG_QUALITY = 0.92f;
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private final Path article;
    private final AssetResolver assets;
    private final InputLimits limits;
    /** Files already read and decoded for this article: one decode however often a file is used. */
    private final Map<Path, Image> checked = new HashMap<>();

    /**
     * @param article the name the article is read under, in messages
     * @param assets  where its images come from
     */
    ImageLoader(Path article, InputLimits limits, AssetResolver assets) {
        this.article = article;
        this.limits = limits;
        this.assets = assets;
    }

    Image load(String src, int line, String alt, String caption, String credit) {
        String s = src.strip();
        if (s.isEmpty()) {
            throw fail(line, "the image path is empty");
        }
        if (URL.matcher(s).matches() && !WINDOWS_ABSOLUTE.matcher(s).matches()) {
            throw fail(line, "image '" + s + "' is a URL; images are never fetched from the network:"
                    + " save the file next to the article and give its relative path");
        }
        Path file;
        try {
            file = assets.locate(article, s);
        } catch (InvalidPathException e) {
            throw fail(line, "image path '" + s + "' is not a path: " + e.getReason());
        }
        Image seen = checked.get(file);
        if (seen != null) {
            return seen.withWords(s, file, alt, caption, credit);
        }
        byte[] bytes;
        try {
            bytes = assets.read(s, limits.maxImageBytes())
                    .orElseThrow(() -> fail(line, "image '" + s + "' not found (looked for " + file + ")"));
        } catch (AssetResolver.Refused e) {
            throw fail(line, e.getMessage());
        } catch (IOException | InvalidPathException e) {
            throw fail(line, "cannot read image '" + s + "': " + e.getMessage());
        }
        if (bytes.length > limits.maxImageBytes()) {
            throw fail(line, AssetResolver.Refused.tooLarge(s, bytes.length, limits.maxImageBytes()).getMessage());
        }
        Image image = check(s, line, file, bytes, alt, caption, credit);
        checked.put(file, image);
        return image;
    }

    private Image check(String src, int line, Path file, byte[] bytes, String alt, String caption, String credit) {
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) {
            throw fail(line, "'" + src + "' is not an image (JPEG, PNG, GIF, TIFF, BMP, WebP or SVG expected, whatever its name says)");
        }
        if (format == ImageFormat.SVG) {
            try {
                SvgReader.Clean svg = SvgReader.read(bytes);
                return new Image(src, file, format.mediaType(), svg.width(), svg.height(), Orientation.NORMAL,
                        Bytes.copyOf(svg.svg()), alt, caption, credit);
            } catch (SvgReader.Refused e) {
                throw fail(line, "SVG image '" + src + "' cannot be used: " + e.getMessage() + "; export it again");
            }
        }
        Iterator<ImageReader> readers = format == ImageFormat.WEBP ? ImageIO.getImageReadersByMIMEType(format.mediaType())
                : ImageIO.getImageReadersByFormatName(format.label());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no image decoder for " + format.label());
        }
        ImageReader reader = readers.next();
        // in memory: ImageIO's default stream caches to a temporary file
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw fail(line, "image '" + src + "' has no pixels");
            }
            if ((long) width * height > limits.maxImagePixels()) {
                throw fail(line, String.format("image '%s' is %d×%d pixels, over the budget of %,d pixels that is"
                        + " safe to decode; scale it down", src, width, height, limits.maxImagePixels()));
            }
            var warnings = new StringBuilder();
            reader.addIIOReadWarningListener((r, w) -> warnings.append(warnings.length() > 0 ? "; " : "").append(w));
            if (format.handling() == ImageFormat.Handling.MADE_PNG) {
                BufferedImage first = reader.read(0);
                if (warnings.length() > 0) {
                    throw fail(line, "image '" + src + "' is damaged (" + warnings + "); export it again");
                }
                if (format == ImageFormat.WEBP && ImageFormat.lossyWebP(bytes) && !first.getColorModel().hasAlpha()) {
                    return new Image(src, file, ImageFormat.JPEG.mediaType(), width, height, Orientation.NORMAL,
                            Bytes.copyOf(jpeg(first)), alt, caption, credit);
                }
                return new Image(src, file, ImageFormat.PNG.mediaType(), width, height, Orientation.NORMAL,
                        Bytes.copyOf(png(first)), alt, caption, credit);
            }
            // every row is still decoded, which is what proves the file whole; keeping one pixel of
            // each 8 × 8 spares holding the whole picture (a 4000 × 3000 photo is 36 MB of pixels)
            ImageReadParam whole = reader.getDefaultReadParam();
            whole.setSourceSubsampling(CHECK_SUBSAMPLING, CHECK_SUBSAMPLING, 0, 0);
            reader.read(0, whole);
            if (warnings.length() > 0) {
                throw fail(line, "image '" + src + "' is damaged (" + warnings + "); export it again");
            }
            Orientation orientation = format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : Orientation.NORMAL;
            boolean swap = orientation.swapsSides();
            return new Image(src, file, format.mediaType(), swap ? height : width, swap ? width : height, orientation,
                    Bytes.copyOf(bytes), alt, caption, credit);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ArticleException ae) {
                throw ae;
            }
            throw fail(line, "image '" + src + "' is truncated or damaged and cannot be decoded ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); export it again");
        } finally {
            reader.dispose();
        }
    }

    /** The picture as a PNG, written by the JDK's encoder: the same pixels, the same bytes every run. */
    private static byte[] png(BufferedImage picture) throws IOException {
        return encode(picture, "png", null);
    }

    /**
     * A lossy picture as a JPEG at {@value #WEBP_JPEG_QUALITY}, which keeps what the lossy
     * WebP encoding left of it; the same bytes every run.
     */
    private static byte[] jpeg(BufferedImage picture) throws IOException {
        BufferedImage rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        var g = rgb.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.dispose();
        return encode(rgb, "jpeg", WEBP_JPEG_QUALITY);
    }

    private static byte[] encode(BufferedImage picture, String format, Float quality) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private ArticleException fail(int line, String message) {
        return new ArticleException(Diagnostic.error(article, line, message));
    }
}
