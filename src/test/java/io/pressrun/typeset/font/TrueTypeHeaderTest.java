package io.pressrun.typeset.font;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The look at a font file's header and table directory, on headers written byte by byte. */
class TrueTypeHeaderTest {
    private static final String FIX = "; name a TrueType font file (.ttf)";
    private static final List<String> REQUIRED = List.of("cmap", "head", "hhea", "hmtx", "maxp", "loca", "glyf", "post");

    /**
     * A file of {@code size} bytes starting with {@code version} and a directory of the given
     * tables, each 8 bytes long, one after the other from offset 1000.
     */
    private static ByteBuffer font(int version, int size, List<String> tables) {
        ByteBuffer b = ByteBuffer.allocate(Math.max(size, 12 + 16 * tables.size()));
        b.putInt(0, version).putShort(4, (short) tables.size());
        for (int i = 0; i < tables.size(); i++) {
            b.put(12 + 16 * i, tables.get(i).getBytes(StandardCharsets.US_ASCII));
            b.putInt(12 + 16 * i + 8, 1000 + 8 * i).putInt(12 + 16 * i + 12, 8);
        }
        return ByteBuffer.wrap(java.util.Arrays.copyOf(b.array(), size));
    }

    private static Optional<String> problem(ByteBuffer b) {
        return TrueTypeHeader.problem(b.array());
    }

    private static int tag(String t) {
        return ByteBuffer.wrap(t.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    @Test
    void aFileShorterThanAHeaderIsNoFont() {
        assertEquals(Optional.of("is not a font (it is only 11 bytes long)" + FIX), TrueTypeHeader.problem(new byte[11]));
        assertEquals(Optional.of("is not a font (it is only 0 bytes long)" + FIX), TrueTypeHeader.problem(new byte[0]));
        assertEquals(Optional.of("is not a TrueType or OpenType font" + FIX), TrueTypeHeader.problem(new byte[12]),
                "twelve bytes are read as a header");
    }

    @Test
    void otherKindsOfFontFileAreNamed() {
        assertEquals(Optional.of("has PostScript (CFF) outlines, and Pressrun embeds TrueType outlines only;"
                + " use the font's TrueType (.ttf) version"), problem(font(tag("OTTO"), 2000, REQUIRED)));
        assertEquals(Optional.of("is a font collection (.ttc); use a single font (.ttf) from it"),
                problem(font(tag("ttcf"), 2000, REQUIRED)));
        for (String woff : List.of("wOFF", "wOF2")) {
            assertEquals(Optional.of("is a web font (WOFF); use the TrueType (.ttf) file it was made from"),
                    problem(font(tag(woff), 2000, REQUIRED)), woff);
        }
        assertEquals(Optional.of("is not a TrueType or OpenType font" + FIX), problem(font(0x00010001, 2000, REQUIRED)));
        assertEquals(Optional.of("is not a TrueType or OpenType font" + FIX),
                problem(font(tag("<htm"), 2000, REQUIRED)), "a web page");
    }

    @Test
    void aWholeTrueTypeFontHasNoProblem() {
        assertEquals(Optional.empty(), problem(font(0x00010000, 1064, REQUIRED)), "the last table ends at the end");
        assertEquals(Optional.empty(), problem(font(tag("true"), 1064, REQUIRED)), "Apple's version tag");
        var more = new java.util.ArrayList<>(REQUIRED);
        more.add(0, "GSUB");
        more.add("kern");
        assertEquals(Optional.empty(), problem(font(0x00010000, 1080, more)), "other tables may be there");
    }

    @Test
    void aDirectoryThatRunsPastTheEndIsDamage() {
        String damaged = "is damaged: its table directory runs past the end of the file" + FIX;
        assertEquals(Optional.of(damaged), problem(font(0x00010000, 200, List.of())), "no tables at all");
        // eight records end at 12 + 128 = 140
        assertEquals(Optional.of(damaged), problem(font(0x00010000, 139, REQUIRED)));
        assertEquals(Optional.of("is damaged: its 'cmap' table runs past the end of the file" + FIX),
                problem(font(0x00010000, 140, REQUIRED)), "the directory fits; the tables after it do not");
    }

    @Test
    void aRequiredTableThatRunsPastTheEndIsNamed() {
        assertEquals(Optional.of("is damaged: its 'post' table runs past the end of the file" + FIX),
                problem(font(0x00010000, 1063, REQUIRED)));
        ByteBuffer far = font(0x00010000, 1064, REQUIRED);
        far.putInt(12 + 16 * 6 + 8, 0x80000000); // glyf at 2 GiB: read unsigned
        assertEquals(Optional.of("is damaged: its 'glyf' table runs past the end of the file" + FIX), problem(far));
        var extra = new java.util.ArrayList<>(REQUIRED);
        extra.add("zzzz");
        assertEquals(Optional.empty(), problem(font(0x00010000, 1064, extra)), "a table we do not read may be cut");
    }

    @Test
    void eachMissingRequiredTableIsNamed() {
        for (String missing : REQUIRED) {
            var tables = new java.util.ArrayList<>(REQUIRED);
            tables.set(tables.indexOf(missing), "name");
            assertEquals(Optional.of("has no '" + missing + "' table, which Pressrun needs" + FIX),
                    problem(font(0x00010000, 1064, tables)), missing);
        }
    }

    @Test
    void onlyTheRecordsTheDirectoryCountsAreRead() {
        ByteBuffer b = font(0x00010000, 1064, REQUIRED);
        b.putShort(4, (short) 7); // post's record is left out of the directory
        assertEquals(Optional.of("has no 'post' table, which Pressrun needs" + FIX), problem(b));
    }

    @Test
    void theTableCountIsReadAsSixteenBits() {
        var tables = new java.util.ArrayList<String>();
        for (int i = 0; i < 257 - REQUIRED.size(); i++) {
            tables.add("name");
        }
        tables.addAll(REQUIRED); // the required tables are records 249 to 256
        int end = 12 + 16 * 257; // the directory ends the file; the tables lie in it, which is not checked
        assertEquals(Optional.empty(), problem(font(0x00010000, end, tables)));
    }
}
