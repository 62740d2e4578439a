package io.pressrun.image;

import io.pressrun.model.Bytes;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.plugins.jpeg.JPEGQTable;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.w3c.dom.NodeList;
import java.util.Arrays;

/** Decoding and encoding with the JDK's JPEG and PNG codecs, in memory (no cache files). */
final class ImageCodec {
    private ImageCodec() {
    }

    /**
     * A decoded picture and, for a JPEG, the quality (0 to 1) it was encoded at, estimated from
     * its luminance quantisation table: encoding it again at a higher quality would spend bytes on
     * detail it no longer has. 1 when there is no table to go by.
     */
    record Decoded(BufferedImage image, float quality) {
    }

    static Decoded decode(Bytes data, String name) throws IOException {
        try (var in = new MemoryCacheImageInputStream(data.open())) {
            ImageReader reader = JdkCodecs.first(ImageIO.getImageReaders(in));
            if (reader == null) {
                throw new IOException("cannot decode image " + name);
            }
            try {
                reader.setInput(in, true, false);
                BufferedImage image = reader.read(0);
                return new Decoded(image, quality(reader));
            } finally {
                reader.dispose();
            }
        }
    }

    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    /**
     * The IJG quality whose scaling of the standard luminance table gives the first table of the
     * picture (compared by their sums, so the order the entries are kept in does not matter).
     */
    private static float quality(ImageReader reader) {
        IIOMetadata metadata;
        try {
            metadata = reader.getImageMetadata(0);
        } catch (IOException | RuntimeException e) {
            // the JDK reads the pixels of JPEGs whose markers it finds out of order (an EXIF
            // segment before the JFIF one), but not their metadata: then the quality is not known
            return 1f;
        }
        if (metadata == null || !Arrays.asList(metadata.getMetadataFormatNames()).contains(JPEG_METADATA)) {
            return 1f;
        }
        NodeList tables = ((IIOMetadataNode) metadata.getAsTree(JPEG_METADATA)).getElementsByTagName("dqtable");
        for (int i = 0; i < tables.getLength(); i++) {
            var node = (IIOMetadataNode) tables.item(i);
            if (node.getUserObject() instanceof JPEGQTable table && "0".equals(node.getAttribute("qtableId"))) {
                double scale = 100.0 * sum(table) / sum(JPEGQTable.K1Luminance);
                double ijg = scale <= 100 ? (200 - scale) / 2 : 5000 / scale;
                return (float) Math.max(0.01, Math.min(1, ijg / 100));
            }
        }
        return 1f;
    }

    private static long sum(JPEGQTable table) {
        long sum = 0;
        for (int v : table.getTable()) {
            sum += v;
        }
        return sum;
    }

    /**
     * A baseline JPEG at {@code quality} (0 to 1) with Huffman tables made for it (smaller than
     * the standard ones, as cameras and export tools make them), without metadata beyond the
     * JFIF header.
     */
    static Bytes jpeg(Pixels pixels, float quality) throws IOException {
        ImageWriter writer = writer("jpeg");
        var param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setOptimizeHuffmanTables(true);
        return write(writer, param, pixels.toImage());
    }

    /** A PNG: grey, RGB or RGBA, as the pixels are. */
    static Bytes png(Pixels pixels) throws IOException {
        ImageWriter writer = writer("png");
        return write(writer, writer.getDefaultWriteParam(), pixels.toImage());
    }

    private static ImageWriter writer(String format) {
        ImageWriter writer = JdkCodecs.first(ImageIO.getImageWritersByFormatName(format));
        if (writer == null) {
            throw new IllegalStateException("no " + format + " encoder in this JDK");
        }
        return writer;
    }

    private static Bytes write(ImageWriter writer, ImageWriteParam param, BufferedImage img) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return Bytes.copyOf(out.toByteArray());
    }
}
