package io.pressrun;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Pictures made for image tests: marked corners, EXIF orientation written by hand, reading back. */
public final class TestImages {
    public static final Color BACKGROUND = new Color(30, 60, 160);
    public static final Color TOP_LEFT = new Color(220, 30, 30);
    public static final Color TOP_RIGHT = new Color(30, 200, 60);

    private TestImages() {
    }

    /**
     * A {@code w} by {@code h} picture, blue, with a red square in its top left corner and a
     * green one in its top right, each a fifth of the shorter side: after any turn or mirror,
     * where the two squares are tells which was applied.
     */
    public static BufferedImage markedCorners(int w, int h) {
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, w, h);
        int s = Math.min(w, h) / 5;
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, s, s);
        g.setColor(TOP_RIGHT);
        g.fillRect(w - s, 0, s, s);
        g.dispose();
        return img;
    }

    public static byte[] jpeg(BufferedImage img) {
        return jpeg(img, 0.95f);
    }

    /** The picture as a JPEG at {@code quality} (0 to 1) with the JDK's encoder. */
    public static byte[] jpeg(BufferedImage img, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            var out = new ByteArrayOutputStream();
            try (var stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(BufferedImage img) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage decode(byte[] data) {
        try {
            BufferedImage img = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(data)));
            if (img == null) {
                throw new IllegalArgumentException("not an image");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF APP1 segment after its JFIF one: a TIFF header in the given byte
     * order and one directory entry, Orientation (274) = {@code orientation}, as a camera writes it.
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        return withSegment(jpeg, afterJfif(jpeg), 0xE1, exif(orientation, littleEndian));
    }

    /** The same, the EXIF segment first, before the JFIF one (which the JDK reads the pixels of, not the metadata). */
    public static byte[] withExifBeforeJfif(byte[] jpeg, int orientation, boolean littleEndian) {
        return withSegment(jpeg, 2, 0xE1, exif(orientation, littleEndian));
    }

    private static int afterJfif(byte[] jpeg) {
        boolean app0 = (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0;
        return app0 ? 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF) : 2;
    }

    private static byte[] exif(int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M'));
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1); // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next directory
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        return exif;
    }

    /** The JPEG with a segment {@code marker} holding {@code payload} inserted at byte {@code at} (a segment boundary). */
    public static byte[] withSegment(byte[] jpeg, int at, int marker, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(marker);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** Whether two colours are alike within {@code tolerance} per channel (JPEG is lossy). */
    public static boolean near(int rgb, Color expected, int tolerance) {
        Color c = new Color(rgb, true);
        return Math.abs(c.getRed() - expected.getRed()) <= tolerance
                && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
    }

    public static String describe(int rgb) {
        Color c = new Color(rgb, true);
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ") alpha " + c.getAlpha();
    }
}
