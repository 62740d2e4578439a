package io.pressrun.epub;

import io.pressrun.model.Article;
import io.pressrun.image.JdkCodecs;
import io.pressrun.model.Bytes;
import io.pressrun.style.Labels;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.ImagingOpException;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The EPUB's cover image: a designed cover that names the article. The lead image fills the top,
 * cropped to fit; below it, on white, the publisher, the title and the date. Without a lead image
 * the cover is typographic: the same words, larger, under a band of the accent colour. The type is
 * the bundled Charis SIL and Noto Sans (a title those fonts cannot show is set in the bundled
 * fallback fonts), the colours the theme's text, accent and muted colours.
 *
 * <p>The result is a {@value #WIDTH} x {@value #HEIGHT} baseline JPEG. Drawing and encoding use no
 * clock, no system font and no random number, so the same article gives the same bytes.
 */
final class CoverImage {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2560;
    static final String ID = "cover-image";
    static final String HREF = "images/cover.jpg";
    private static final float QUALITY = 0.82f;
    static final int MARGIN = 130;
    /** The width of the cover's lines of text, between the margins. */
    static final int MEASURE = WIDTH - 2 * MARGIN;
    private static final int BAND = 24;
    private static final float LINE_SPACING = 0.86f;
    /** The smallest size a title is set at, in pixels. */
    static final int SMALLEST_TITLE = 48;

    /**
     * One canvas a thread, drawn over whole for each cover: 12 MB a cover not allocated and
     * cleared again. Three bytes a pixel, which the JPEG encoder takes as they are.
     */
    private static final ThreadLocal<BufferedImage> CANVAS =
            ThreadLocal.withInitial(() -> new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR));

    /** The pixels of the last lead picture a thread decoded, reused for the next (see {@link #decode}). */
    private static final ThreadLocal<BufferedImage> PICTURE = new ThreadLocal<>();

    /** The look of the cover: its colours, from the theme. */
    record Look(Color text, Color accent, Color muted) {
    }

    private CoverImage() {
    }

    /** Fonts read once per process from the bundle: fonts are immutable and safe to share. */
    static final class Fonts {
        static final Font TITLE = load("CharisSIL-Bold.ttf");
        static final Font LABEL = load("NotoSans-Bold.ttf");
        static final Font TEXT = load("NotoSans-Regular.ttf");
        /** Tried in order for what the cover's own faces lack: a face for a whole text, then for each character. */
        static final List<String> FALLBACK = List.of("DejaVuSans.ttf", "DroidSansFallbackFull.ttf",
                "NotoNaskhArabic-Regular.ttf", "NotoSerifHebrew-Regular.ttf", "NotoSerifDevanagari-Regular.ttf",
                "NotoSerifBengali-Regular.ttf", "NotoSerifThai-Regular.ttf", "NanumMyeongjo.ttf");

        static Font load(String name) {
            try (InputStream in = CoverImage.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + name, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("the bundled font " + name + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    /** Fallback fonts, read only when a title needs them (Droid Sans Fallback is 4 MiB). */
    private static final class Fallback {
        private static final Map<String, Font> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

        static Font get(String name) {
            return FONTS.computeIfAbsent(name, Fonts::load);
        }
    }

    /** {@code preferred}, or the first bundled fallback font that shows all of {@code text}. */
    static Font fontFor(Font preferred, String text) {
        if (preferred.canDisplayUpTo(text) < 0) {
            return preferred;
        }
        for (String name : Fonts.FALLBACK) {
            Font f = Fallback.get(name);
            if (f.canDisplayUpTo(text) < 0) {
                return f;
            }
        }
        return preferred;
    }

    /** The first bundled fallback face that has the character, at {@code font}'s size; else {@code font}. */
    static Font fontForCharacter(Font font, int codePoint) {
        for (String name : Fonts.FALLBACK) {
            Font f = Fallback.get(name);
            if (f.canDisplay(codePoint)) {
                return f.deriveFont(font.getSize2D());
            }
        }
        return font;
    }

    /**
     * The cover of {@code article}, with its date written as {@code labels} write dates.
     *
     * @param leadPicture the lead image as the EPUB carries it (upright, within its size limit),
     *                    or null without one
     */
    static byte[] render(Article article, Bytes leadPicture, Labels labels, Look look) {
        BufferedImage lead = leadPicture == null ? null : decode(leadPicture.toArray());
        BufferedImage img = CANVAS.get();
        Graphics2D g = smoothGraphics(img);
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            String publisher = article.publisher().toUpperCase(labels.locale());
            String date = labels.formatDate(article.date());
            if (lead != null) {
                int imageHeight = HEIGHT * 9 / 16;
                drawCropped(g, img, lead, imageHeight);
                g.setColor(look.accent());
                g.fillRect(0, imageHeight, WIDTH, BAND);
                words(g, labels.locale(), look, publisher, article.title(), date, imageHeight + BAND + 150, 118, 4);
            } else {
                g.setColor(look.accent());
                g.fillRect(0, 0, WIDTH, BAND * 4);
                words(g, labels.locale(), look, publisher, article.title(), date, 520, 168, 7);
            }
        } finally {
            g.dispose();
        }
        return jpeg(img);
    }

    /**
     * A graphics on the canvas, painting white, with anti-aliased text and shapes and a smoothly
     * scaled picture. The hints come in pairs that stand in for each other: text is anti-aliased
     * when either anti-aliasing hint is on, and a scaled picture is bilinear when either the
     * interpolation or the quality hint is set.
     */
    static Graphics2D smoothGraphics(BufferedImage canvas) {
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // the picture (at most epub-max-pixels a side) is scaled by about 0.8 to 1.5 to fill the
        // cover's width: bilinear is smooth there and a third of bicubic's time
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        return g;
    }

    /** The lead image as pixels, or null when the JDK cannot decode it (the cover is then typographic). */
    private static BufferedImage decode(byte[] data) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = JdkCodecs.first(ImageIO.getImageReaders(in));
            if (reader == null) {
                return null;
            }
            try {
                reader.setInput(in, true, true);
                return readIntoReusedBuffer(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The picture, decoded into this thread's picture buffer (enlarged when a picture needs more)
     * when the decoder gives three bytes a pixel, as it does for a JPEG: a picture's pixels are
     * several megabytes, which a new array for each cover would take straight from the old
     * generation of the heap (and grow it). Other pictures are decoded as they come. Either way
     * the pixels are the same: this saves memory and time, not a visible difference.
     */
    private static BufferedImage readIntoReusedBuffer(ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        ImageReadParam param = reader.getDefaultReadParam();
        if (!decodesAsThreeBytes(reader)) {
            return reader.read(0, param);
        }
        BufferedImage buffer = PICTURE.get();
        if (buffer == null || buffer.getWidth() < width || buffer.getHeight() < height) {
            buffer = new BufferedImage(Math.max(width, buffer == null ? 0 : buffer.getWidth()),
                    Math.max(height, buffer == null ? 0 : buffer.getHeight()), BufferedImage.TYPE_3BYTE_BGR);
            PICTURE.set(buffer);
        }
        param.setDestination(buffer);
        reader.read(0, param);
        return buffer.getSubimage(0, 0, width, height);
    }

    private static boolean decodesAsThreeBytes(ImageReader reader) throws IOException {
        for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0); types.hasNext(); ) {
            if (types.next().getBufferedImageType() == BufferedImage.TYPE_3BYTE_BGR) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scales the picture to fill the cover's width and {@code height}, cut evenly where it is
     * larger. A picture of three bytes a pixel (a JPEG, decoded into this thread's buffer) is
     * scaled by an {@link AffineTransformOp} straight into the canvas's bytes, in less time than
     * drawing it scaled, which converts every pixel it reads to four bytes and back
     * (docs/BENCHMARKS.md), and to within 1 of 255 in a channel; any other picture, or one the op
     * refuses, is drawn.
     */
    static void drawCropped(Graphics2D g, BufferedImage canvas, BufferedImage picture, int height) {
        double scale = Math.max(WIDTH / (double) picture.getWidth(), height / (double) picture.getHeight());
        int w = (int) Math.ceil(picture.getWidth() * scale);
        int h = (int) Math.ceil(picture.getHeight() * scale);
        int x = (WIDTH - w) / 2;
        int y = (height - h) / 2;
        if (picture.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            var fill = new AffineTransform((double) w / picture.getWidth(), 0, 0, (double) h / picture.getHeight(), x, y);
            try {
                new AffineTransformOp(fill, AffineTransformOp.TYPE_BILINEAR).filter(picture,
                        canvas.getSubimage(0, 0, WIDTH, height));
                return;
            } catch (ImagingOpException e) {
                // drawn below
            }
        }
        var clip = g.getClip();
        g.setClip(0, 0, WIDTH, height);
        g.drawImage(picture, x, y, w, h, null);
        g.setClip(clip);
    }

    /**
     * The publisher at {@code top}, the title under it at the largest size up to {@code titleSize}
     * that fits in {@code maxLines} lines, and the date at the foot of the cover.
     */
    private static void words(Graphics2D g, Locale locale, Look look, String publisher, String title, String date, int top,
                              float titleSize, int maxLines) {
        float y = top;
        if (!publisher.isBlank()) {
            Font f = fontFor(Fonts.LABEL, publisher).deriveFont(Map.of(TextAttribute.SIZE, 54f,
                    TextAttribute.TRACKING, 0.08f));
            y = lines(g, locale, publisher, f, look.accent(), y, 2).bottom() + 70;
        }
        float dateTop = HEIGHT - 200;
        Set set = fitTitle(g.getFontRenderContext(), locale, title, fontFor(Fonts.TITLE, title), titleSize,
                maxLines, y, dateTop - 80);
        if (set != null) {
            draw(g, set, look.text(), y, maxLines);
        }
        Font dateFont = fontFor(Fonts.TEXT, date).deriveFont(52f);
        lines(g, locale, date, dateFont, look.muted(), dateTop, 1);
    }

    /**
     * {@code title} in {@code font} at the largest size, from {@code largest} down in steps of 6
     * to the smallest, {@value #SMALLEST_TITLE} or just above it, at which it takes at most
     * {@code maxLines} lines and, starting at {@code top}, ends by {@code bottom}; at the smallest
     * size when it fits at none.
     */
    static Set fitTitle(FontRenderContext frc, Locale locale, String title, Font font, float largest, int maxLines,
                        float top, float bottom) {
        float size = largest;
        Set set = null;
        while (size >= SMALLEST_TITLE) {
            set = measure(frc, locale, title, font.deriveFont(size), MEASURE);
            if (set.layouts().size() <= maxLines && top + set.height() <= bottom) {
                break;
            }
            float smaller = size - 6;
            assert smaller < size : "each try is smaller";
            size = smaller;
        }
        return set;
    }

    /** Lines of text set to a width, and how tall they are together. */
    record Set(List<TextLayout> layouts, float height) {
    }

    private static float lineHeight(TextLayout l) {
        return (l.getAscent() + l.getDescent()) * LINE_SPACING;
    }

    /**
     * The text's lines at {@code width}, broken where the language breaks lines (Thai between
     * words, by a dictionary); a character wider than the width is a line of its own.
     */
    static Set measure(FontRenderContext frc, Locale locale, String text, Font font, float width) {
        List<TextLayout> layouts = new ArrayList<>();
        float height = 0;
        String flat = text.replace('\n', ' ').strip();
        if (!flat.isEmpty()) {
            AttributedString s = new AttributedString(flat, Map.of(TextAttribute.FONT, font));
            fillGaps(s, flat, font);
            var measurer = new LineBreakMeasurer(s.getIterator(), java.text.BreakIterator.getLineInstance(locale),
                    frc);
            while (measurer.getPosition() < flat.length()) {
                int start = measurer.getPosition();
                TextLayout l = measurer.nextLayout(width);
                // the measurer breaks as if the letters had no tracking (the publisher's letter-spacing),
                // so a tracked line can come out wider than the width: break it again, narrower
                for (float wrap = width; l.getVisibleAdvance() > width && l.getCharacterCount() > 1; ) {
                    float narrower = wrap * width / l.getVisibleAdvance();
                    assert narrower < wrap : "each try is narrower";
                    wrap = narrower;
                    measurer.setPosition(start);
                    l = measurer.nextLayout(wrap);
                }
                layouts.add(l);
                height += lineHeight(l);
            }
        }
        return new Set(layouts, height);
    }

    /**
     * Sets the characters {@code font} lacks in a fallback face that has them, keeping a run in
     * that face while it has the characters that follow (the spaces and marks of a word in
     * another script stay with it, so the word is shaped as one).
     */
    private static void fillGaps(AttributedString s, String text, Font font) {
        Font current = font;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font f = current.canDisplay(cp) ? current : font.canDisplay(cp) ? font : fontForCharacter(font, cp);
            if (f != current) {
                if (current != font) {
                    s.addAttribute(TextAttribute.FONT, current, start, i);
                }
                current = f;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != font) {
            s.addAttribute(TextAttribute.FONT, current, start, text.length());
        }
    }

    /**
     * Draws at most {@code maxLines} lines from {@code top}, a right-to-left line against the
     * right margin; returns what was drawn.
     */
    private static Set draw(Graphics2D g, Set set, Color colour, float top, int maxLines) {
        g.setColor(colour);
        float y = top;
        List<TextLayout> drawn = set.layouts().subList(0, Math.min(maxLines, set.layouts().size()));
        for (TextLayout l : drawn) {
            l.draw(g, l.isLeftToRight() ? MARGIN : WIDTH - MARGIN - l.getAdvance(), y + l.getAscent());
            y += lineHeight(l);
        }
        return new Set(drawn, y - top);
    }

    private record Drawn(float bottom) {
    }

    private static Drawn lines(Graphics2D g, Locale locale, String text, Font font, Color colour, float top,
                               int maxLines) {
        Set drawn = draw(g, measure(g.getFontRenderContext(), locale, text, font, MEASURE), colour, top, maxLines);
        return new Drawn(top + drawn.height());
    }

    /**
     * The canvas as a JPEG. The encoder copies a row of red-green-blue bytes whole but a row of
     * the canvas's blue-green-red bytes pixel by pixel, into a new array each row (12 MB a
     * cover); so the canvas's bytes are put in red-green-blue order in place (the next cover
     * paints every pixel again) and encoded through a view of them in that order.
     */
    private static byte[] jpeg(BufferedImage canvas) {
        byte[] bytes = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < bytes.length; i += 3) { // three bytes a pixel: the length is a multiple of 3
            byte blue = bytes[i];
            bytes[i] = bytes[i + 2];
            bytes[i + 2] = blue;
        }
        var rgb = Raster.createInterleavedRaster(new DataBufferByte(bytes, bytes.length), WIDTH, HEIGHT, WIDTH * 3,
                3, new int[] {0, 1, 2}, null);
        var model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        BufferedImage img = new BufferedImage(model, rgb, false, null);
        ImageWriter writer = JdkCodecs.first(ImageIO.getImageWritersByFormatName("jpeg"));
        var out = new ByteArrayOutputStream(256 * 1024);
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(img, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the cover image", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
