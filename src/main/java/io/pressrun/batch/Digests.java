package io.pressrun.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as lower-case hex, of strings, streams and files (read in pieces, never whole). */
public final class Digests {
    private Digests() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** The digest of a file's bytes. */
    static String ofFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ofStream(in);
        }
    }

    /** The digest of some bytes. */
    public static String ofBytes(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    /** The digest of a stream's bytes, read to the end. */
    public static String ofStream(InputStream in) throws IOException {
        MessageDigest md = sha256();
        new DigestInputStream(in, md).transferTo(OutputStream.nullOutputStream());
        return hex(md.digest());
    }

    /** Adds a text field and a separator that no field contains. */
    static void field(MessageDigest md, String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }
}
