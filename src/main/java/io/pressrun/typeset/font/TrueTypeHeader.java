package io.pressrun.typeset.font;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A look at a font file's header and table directory before it is parsed: refuses what is no
 * TrueType font (a text file, a collection, a web font, CFF outlines) and a file whose tables
 * run past its end, in words, and without handing such bytes to the parser, which would log
 * a warning for every table it cannot find.
 */
final class TrueTypeHeader {
    /** The tables a font needs for measuring, shaping and embedding. */
    private static final List<String> REQUIRED = List.of("cmap", "head", "hhea", "hmtx", "maxp", "loca", "glyf", "post");

    private TrueTypeHeader() {
    }

    /** What is wrong with {@code font}, as the rest of a sentence starting with the font's name; empty when nothing is. */
    static Optional<String> problem(byte[] font) {
        String fix = "; name a TrueType font file (.ttf)";
        if (font.length < 12) {
            return Optional.of("is not a font (it is only " + font.length + " bytes long)" + fix);
        }
        String kind = tag(font, 0);
        switch (kind) {
            case "OTTO" -> {
                return Optional.of("has PostScript (CFF) outlines, and Pressrun embeds TrueType outlines only;"
                        + " use the font's TrueType (.ttf) version");
            }
            case "ttcf" -> {
                return Optional.of("is a font collection (.ttc); use a single font (.ttf) from it");
            }
            case "wOFF", "wOF2" -> {
                return Optional.of("is a web font (WOFF); use the TrueType (.ttf) file it was made from");
            }
            default -> {
                if (u32(font, 0) != 0x00010000 && !"true".equals(kind)) {
                    return Optional.of("is not a TrueType or OpenType font" + fix);
                }
            }
        }
        int tables = u16(font, 4);
        if (tables == 0 || 12L + 16L * tables > font.length) {
            return Optional.of("is damaged: its table directory runs past the end of the file" + fix);
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = tag(font, at);
            long offset = u32(font, at + 8) & 0xffffffffL;
            long length = u32(font, at + 12) & 0xffffffffL;
            if (REQUIRED.contains(tag)) {
                if (offset + length > font.length) {
                    return Optional.of("is damaged: its '" + tag + "' table runs past the end of the file" + fix);
                }
                present.add(tag);
            }
        }
        for (String tag : REQUIRED) {
            if (!present.contains(tag)) {
                return Optional.of("has no '" + tag + "' table, which Pressrun needs" + fix);
            }
        }
        return Optional.empty();
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static int u32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    /** The four bytes at {@code at}, a character each: compared with tags, which are ASCII. */
    private static String tag(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }
}
