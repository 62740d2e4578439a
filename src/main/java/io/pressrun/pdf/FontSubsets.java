package io.pressrun.pdf;

import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32;

/**
 * The fonts of one document, embedded as subsets made here, once layout has fixed every
 * glyph: each face used keeps exactly the glyphs its spans show (ligatures included) and the
 * space between words. The subset is made with fontbox's {@link TTFSubsetter} and embedded
 * whole as a Type 0 font whose character codes are the subset's glyph IDs, so the painter
 * shows every glyph by ID. PDFBox writes the ToUnicode CMap from the subset's character map
 * when the font is loaded; the glyphs that map cannot name are added to it with the text each
 * shows: ligatures (so extraction reads "fi" where the fi glyph is) and characters beyond the
 * Basic Multilingual Plane, such as emoji (fontbox writes a BMP-only character map).
 * <p>
 * The hyphen a line break adds is the hyphen glyph under a character code of its own, one
 * past the subset's last glyph ID, which the font's CIDToGIDMap maps to the hyphen glyph and
 * its ToUnicode CMap to U+00AD SOFT HYPHEN: an incidental word division, distinct from a hard
 * hyphen (ISO 32000-1, 14.8.2.2.3), so readers that ignore replacement text rejoin the word.
 */
final class FontSubsets {
    /**
     * The tables PDFBox reads when it embeds a font: metrics, names and the character map from
     * which it writes widths, the font descriptor and the ToUnicode CMap.
     */
    private static final List<String> LOAD_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "OS/2", "name", "post", "cmap");
    /**
     * The tables the embedded program keeps: what a CIDFontType2 needs to draw glyphs by ID
     * (ISO 32000-1, 9.9), the same set PDFBox's own subsets have.
     */
    private static final List<String> EMBED_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp");

    /**
     * A face as embedded: the font, its layout glyph IDs mapped to the subset's, and the
     * code of the added hyphen (null when no line in the face ends with one).
     */
    private record Embedded(PDType0Font font, Map<Integer, Integer> subsetGid, byte[] softHyphen,
                            Map<GlyphText, byte[]> readAs) {
    }

    /** A glyph of the layout shown where it reads as {@code text} (a shaped glyph, see {@link #readAs}). */
    private record GlyphText(int gid, String text) {
    }

    /** What the layout shows of one face. */
    private static final class Usage {
        final TreeSet<Integer> glyphs = new TreeSet<>();
        final TreeSet<Integer> codePoints = new TreeSet<>();
        /** Glyphs the subset's character map cannot name: ligatures, and characters beyond the BMP. */
        final TreeMap<Integer, String> unmapped = new TreeMap<>();
        /** The layout glyph ID of the hyphen a line break adds in this face, or null. */
        Integer addedHyphen;
        /** Shaped glyphs that must read otherwise than their glyph ID's code does: each gets a code of its own. */
        final LinkedHashSet<GlyphText> readAs = new LinkedHashSet<>();
    }

    private final Map<FontFace, Embedded> fonts;

    private FontSubsets(Map<FontFace, Embedded> fonts) {
        this.fonts = fonts;
    }

    /** Subsets and embeds every face the layout's text uses, in the order first used. */
    static FontSubsets embed(PDDocument doc, TypesetDocument layout) throws IOException {
        Map<FontFace, Usage> usage = new LinkedHashMap<>();
        for (TypesetDocument.Page page : layout.pages()) {
            for (Placed item : page.items()) {
                if (item instanceof Placed.TextLine t) {
                    List<Line.PlacedSpan> spans = t.line().spans();
                    for (Line.PlacedSpan ps : spans) {
                        record(ps.span(), usage.computeIfAbsent(ps.span().face(), f -> new Usage()));
                    }
                    Line.PlacedSpan marked = ShapedText.directionMark(t.line());
                    if (marked != null) {
                        FontFace face = marked.span().face();
                        usage.get(face).readAs.add(new GlyphText(face.glyphId(' '), ShapedText.RIGHT_TO_LEFT_MARK));
                    }
                    if (t.line().hyphenated()) {
                        Span hyphen = spans.get(spans.size() - 1).span();
                        usage.get(hyphen.face()).addedHyphen = hyphen.glyphs().gids()[0];
                    }
                }
            }
        }
        Map<FontFace, Embedded> fonts = new IdentityHashMap<>();
        for (var e : usage.entrySet()) {
            fonts.put(e.getKey(), embed(doc, e.getKey(), e.getValue()));
        }
        return new FontSubsets(fonts);
    }

    private static void record(Span s, Usage u) {
        var g = s.glyphs();
        String text = s.text();
        for (int i = 0; i < g.gids().length; i++) {
            u.glyphs.add(g.gids()[i]);
            if (g.texts() != null) {
                if (ShapedText.carried(g, i)) { // read through an unseen space, drawn reading as nothing
                    u.readAs.add(new GlyphText(s.face().glyphId(' '), g.texts()[i]));
                    recordShaped(s.face(), g.gids()[i], "", u);
                } else {
                    recordShaped(s.face(), g.gids()[i], g.texts()[i], u);
                }
                continue;
            }
            String shown = text.substring(g.starts()[i], g.starts()[i + 1]);
            if (g.ligature()[i] || Character.isSurrogate(shown.charAt(0))) {
                u.unmapped.putIfAbsent(g.gids()[i], shown);
            }
        }
        // fontbox writes a BMP character map only (format 4)
        text.codePoints().filter(Character::isBmpCodePoint).forEach(u.codePoints::add);
        if (s.face().hasGlyph(' ')) { // the painter writes a real space after a word
            u.glyphs.add(s.face().glyphId(' '));
            u.codePoints.add((int) ' ');
        }
    }

    /**
     * A glyph of the shaping engine that reads as {@code text} in its place: by its glyph ID's
     * own code where the character map names the glyph with exactly that character, or where the
     * map does not name it (a contextual form, a conjunct) and it has read as nothing else
     * before; else by a code of its own.
     */
    private static void recordShaped(FontFace face, int gid, String text, Usage u) {
        List<Integer> named = face.charCodes(gid);
        boolean natural = named != null && named.size() == 1
                && text.codePointCount(0, text.length()) == 1
                && text.codePointAt(0) == named.get(0) && Character.isBmpCodePoint(named.get(0));
        if (natural) {
            return;
        }
        if ((named == null || named.isEmpty()) && !text.isEmpty()
                && text.equals(u.unmapped.computeIfAbsent(gid, k -> text))) {
            return;
        }
        u.readAs.add(new GlyphText(gid, text));
    }

    /**
     * Loads a subset with the tables PDFBox needs to describe the font, then replaces the
     * embedded program with the same subset (the same glyph IDs) without the tables a PDF
     * reader never uses.
     */
    private static Embedded embed(PDDocument doc, FontFace face, Usage u) throws IOException {
        Map<Integer, Integer> subsetGid = new HashMap<>();
        byte[] full = subset(face, u, LOAD_TABLES, subsetGid);
        TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(full));
        PDType0Font font = PDType0Font.load(doc, subset, false);
        byte[] lean = subset(face, u, EMBED_TABLES, new HashMap<>());
        var program = font.getFontDescriptor().getFontFile2().getCOSObject();
        try (OutputStream out = program.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(lean);
        }
        program.setInt(COSName.LENGTH1, lean.length);
        TreeMap<Integer, String> extra = new TreeMap<>();
        u.unmapped.forEach((gid, text) -> extra.put(subsetGid.get(gid), text));
        byte[] softHyphen = null;
        Map<Integer, Integer> added = new TreeMap<>(); // code -> subset glyph
        int next = subset.getNumberOfGlyphs();
        if (u.addedHyphen != null) {
            int code = next++;
            added.put(code, subsetGid.get(u.addedHyphen));
            extra.put(code, "\u00AD");
            softHyphen = codeBytes(code);
        }
        Map<GlyphText, byte[]> readAs = new HashMap<>();
        for (GlyphText gt : u.readAs) {
            int code = next++;
            added.put(code, subsetGid.get(gt.gid()));
            // a glyph that reads as nothing reads as a zero-width space: a reader that finds no
            // text for a code makes some up (pdf.js takes the code's low byte for a letter)
            extra.put(code, gt.text().isEmpty() ? "\u200B" : gt.text());
            readAs.put(gt, codeBytes(code));
        }
        if (!added.isEmpty()) {
            addCodes(font, added);
        }
        if (!extra.isEmpty()) {
            addToUnicode(font, extra);
        }
        return new Embedded(font, subsetGid, softHyphen, readAs);
    }

    private static byte[] codeBytes(int code) {
        return new byte[]{(byte) (code >> 8), (byte) code};
    }

    /**
     * Makes each code of {@code added}, all past the last glyph ID, show its glyph as well: the
     * CIDToGIDMap becomes a stream mapping each lower code to its own glyph and each added code
     * to its glyph, and the widths give an added code its glyph's width.
     */
    private static void addCodes(PDType0Font font, Map<Integer, Integer> added) throws IOException {
        var cidFont = font.getDescendantFont();
        int last = ((TreeMap<Integer, Integer>) added).lastKey();
        var map = new byte[(last + 1) * 2];
        for (int cid = 0; cid <= last; cid++) {
            int g = added.getOrDefault(cid, cid);
            map[2 * cid] = (byte) (g >> 8);
            map[2 * cid + 1] = (byte) g;
        }
        var stream = new COSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(map);
        }
        var dict = cidFont.getCOSObject();
        dict.setItem(COSName.CID_TO_GID_MAP, stream);
        var widths = dict.getCOSArray(COSName.W);
        for (var e : added.entrySet()) {
            widths.add(COSInteger.get(e.getKey()));
            widths.add(new COSArray(List.of(new COSFloat(cidFont.getWidth(e.getValue())))));
        }
    }

    /** The face cut down to the glyphs used, with the given tables; fills {@code subsetGid} (layout to subset). */
    private static byte[] subset(FontFace face, Usage u, List<String> tables, Map<Integer, Integer> subsetGid)
            throws IOException {
        var subsetter = new TTFSubsetter(face.trueTypeFont(), tables);
        subsetter.addAll(u.codePoints);
        subsetter.addGlyphIds(u.glyphs);
        subsetter.setPrefix(tag(face.name(), u.glyphs));
        var bytes = new ByteArrayOutputStream();
        subsetter.writeToStream(bytes);
        subsetter.getGIDMap().forEach((newGid, oldGid) -> subsetGid.put(oldGid, newGid));
        return bytes.toByteArray();
    }

    /**
     * The six-letter subset tag (ISO 32000-1, 9.6.4) of a face: derived from its name and
     * glyphs, so the same text gives the same tag in every build.
     */
    static String tag(String fontName, TreeSet<Integer> glyphs) {
        var crc = new CRC32();
        crc.update(fontName.getBytes(StandardCharsets.UTF_8));
        for (int gid : glyphs) {
            crc.update(new byte[]{(byte) (gid >> 8), (byte) gid});
        }
        long v = crc.getValue();
        var sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + v % 26));
            v /= 26;
        }
        return sb.append('+').toString();
    }

    /** Adds a bfchar entry for each code in {@code unmapped} to the font's ToUnicode CMap, in UTF-16. */
    private static void addToUnicode(PDType0Font font, TreeMap<Integer, String> unmapped) throws IOException {
        COSStream toUnicode = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        if (toUnicode == null) {
            throw new IOException("font " + font.getName() + " has no ToUnicode CMap");
        }
        String cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        var extra = new StringBuilder();
        int n = 0;
        for (var lig : unmapped.entrySet()) {
            if (n % 100 == 0) { // at most 100 entries per section
                extra.append(n == 0 ? "" : "endbfchar\n").append(Math.min(100, unmapped.size() - n))
                        .append(" beginbfchar\n");
            }
            extra.append(String.format(Locale.ROOT, "<%04X> <", lig.getKey()));
            for (char c : lig.getValue().toCharArray()) {
                extra.append(String.format(Locale.ROOT, "%04X", (int) c));
            }
            extra.append(">\n");
            n++;
        }
        extra.append("endbfchar\n");
        int end = cmap.lastIndexOf("endcmap");
        if (end < 0) {
            throw new IOException("unexpected ToUnicode CMap of " + font.getName());
        }
        cmap = cmap.substring(0, end) + extra + cmap.substring(end);
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The embedded font of a face the layout uses. */
    PDType0Font font(FontFace face) {
        return embedded(face).font();
    }

    /** The character code that shows the layout's glyph {@code gid} of {@code face}. */
    byte[] code(FontFace face, int gid) {
        Integer id = embedded(face).subsetGid().get(gid);
        if (id == null) {
            throw new IllegalStateException("glyph " + gid + " of " + face.name() + " is not in its subset");
        }
        return embedded(face).font().encodeGlyphId(id);
    }

    /** The character code that shows the shaped glyph {@code gid} of {@code face} where it reads as {@code text}. */
    byte[] code(FontFace face, int gid, String text) {
        byte[] own = embedded(face).readAs().get(new GlyphText(gid, text));
        return own != null ? own : code(face, gid);
    }

    /** The character code that shows the hyphen a line break added in {@code face}, read as U+00AD. */
    byte[] softHyphen(FontFace face) {
        byte[] code = embedded(face).softHyphen();
        if (code == null) {
            throw new IllegalStateException("no line in " + face.name() + " ends with an added hyphen");
        }
        return code;
    }

    private Embedded embedded(FontFace face) {
        Embedded e = fonts.get(face);
        if (e == null) {
            throw new IllegalStateException("font " + face.name() + " is not used by the layout");
        }
        return e;
    }
}
