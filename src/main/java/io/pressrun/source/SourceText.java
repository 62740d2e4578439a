package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of a source file: read within a size limit, strictly decoded as UTF-8, line endings
 * normalised, a byte order mark dropped, control characters removed (each removal a warning).
 */
final class SourceText {
    private SourceText() {
    }

    static String read(Path file, long maxBytes, List<Diagnostic> warnings) {
        return decode(file, readBounded(file, maxBytes), maxBytes, warnings);
    }

    /**
     * The text of a source given as bytes, {@code file} naming it in messages: refused over
     * {@code maxBytes} as a file of that size is.
     */
    static String decode(Path file, byte[] bytes, long maxBytes, List<Diagnostic> warnings) {
        if (bytes.length > maxBytes) {
            throw tooLarge(file, bytes.length, maxBytes);
        }
        if (bytes.length == 0) {
            throw new ArticleException(Diagnostic.error(file, 0,
                    "the file is empty: an article starts with a front matter block between two '---' lines"));
        }
        String text = decodeUtf8(file, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return removeControlCharacters(file, text, warnings);
    }

    private static byte[] readBounded(Path file, long maxBytes) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArticleException(Diagnostic.error(file, 0,
                        Files.exists(file) ? "not a regular file" : "no such file"));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new ArticleException(Diagnostic.error(file, 0, "the file grew past the size limit while being read"));
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new ArticleException(Diagnostic.error(file, 0, "no such file"));
        } catch (IOException e) {
            throw new ArticleException(Diagnostic.error(file, 0, "cannot read the file: " + e.getMessage()), e);
        }
    }

    private static ArticleException tooLarge(Path file, long size, long maxBytes) {
        return new ArticleException(Diagnostic.error(file, 0, String.format(
                "the file is %,d bytes, over the limit of %,d bytes for an article source; split it or check it is the right file",
                size, maxBytes)));
    }

    private static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ArticleException(Diagnostic.error(file, line, String.format(
                    "the file is not valid UTF-8: byte 0x%02X at byte offset %d; save it as UTF-8",
                    bytes[offset] & 0xFF, offset)));
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        out.flip();
        return out.toString();
    }

    /** Removes C0/C1 controls other than tab and newline, and stray surrogates' replacements. */
    private static String removeControlCharacters(Path file, String text, List<Diagnostic> warnings) {
        StringBuilder sb = null;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(text.length());
                    sb.append(text, 0, i);
                }
                warnings.add(Diagnostic.warning(file, line,
                        String.format("control character U+%04X removed", (int) c)));
            } else if (sb != null) {
                sb.append(c);
            }
            if (c == '\n') {
                line++;
            }
        }
        return sb == null ? text : sb.toString();
    }

}
