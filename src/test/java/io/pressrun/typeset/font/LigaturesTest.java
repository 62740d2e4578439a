package io.pressrun.typeset.font;

import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.inline.StyledRun;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LigaturesTest {
    private static final Colour BLACK = new Colour(0, 0, 0);

    @Test
    void charisSetsStandardLigaturesAsOneGlyph() {
        FontFace charis = TestFonts.load("CharisSIL-Regular.ttf");
        FontFace.Glyphs office = charis.shape("office", true);
        System.out.printf("office: glyphs %s, starts %s%n", java.util.Arrays.toString(office.gids()),
                java.util.Arrays.toString(office.starts()));
        assertEquals(4, office.gids().length, "o, ffi, c, e");
        assertArrayEquals(new boolean[]{false, true, false, false}, office.ligature());
        assertArrayEquals(new int[]{0, 1, 4, 5, 6}, office.starts());
        for (String w : new String[]{"first", "flow", "staff", "baffle"}) {
            FontFace.Glyphs g = charis.shape(w, true);
            assertTrue(g.hasLigatures(), w);
            assertTrue(g.gids().length < w.length(), w);
        }
        assertEquals(6, charis.shape("office", false).gids().length, "no ligatures unless asked");
        assertFalse(charis.shape("often", true).hasLigatures(), "ft is not a standard ligature");
    }

    /** Charis SIL Regular, parsed by fontbox alone: none of the shaping code under test. */
    private static TrueTypeFont rawCharis() throws IOException {
        try (InputStream in = LigaturesTest.class.getResourceAsStream("/fonts/CharisSIL-Regular.ttf")) {
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }

    /**
     * The expected widths come from the font's hmtx table, read through fontbox by glyph name:
     * Charis SIL Regular has 2048 units per em, the f_i ligature glyph advances 1288 units, f 668
     * and i 621 (the same numbers fontTools reads from the file). The ligature is one unit
     * narrower than its letters, so a width summed from the letters fails.
     */
    @Test
    void widthIsTheLigatureGlyphsAdvance() throws IOException {
        try (TrueTypeFont raw = rawCharis()) {
            assertEquals(2048, raw.getUnitsPerEm());
            int fi = raw.nameToGID("f_i");
            assertEquals(1288, raw.getHorizontalMetrics().getAdvanceWidth(fi), "hmtx advance of f_i");
            assertEquals(668, raw.getHorizontalMetrics().getAdvanceWidth(raw.nameToGID("f")));
            assertEquals(621, raw.getHorizontalMetrics().getAdvanceWidth(raw.nameToGID("i")));

            FontFace charis = TestFonts.load("CharisSIL-Regular.ttf");
            assertArrayEquals(new int[]{fi}, charis.shape("fi", true).gids(), "f and i are set as the f_i glyph");
            float withLigature = charis.width("fi", 10, true);
            float letters = charis.width("fi", 10, false);
            System.out.printf("fi at 10 pt: %.4f as a ligature, %.4f as letters%n", withLigature, letters);
            assertEquals(1288f / 2048 * 10, withLigature, 1e-5f, "6.2891 pt: the f_i advance");
            assertEquals((668f + 621f) / 2048 * 10, letters, 1e-5f, "6.2939 pt: the f and i advances");
        }
    }

    @Test
    void onlySerifTextInItsOwnFaceGetsLigatures() {
        FontSet fonts = TestFonts.fontSet();
        var body = new TextStyle("serif", false, false, 10, BLACK);
        var code = new TextStyle("mono", false, false, 10, BLACK);
        var sans = new TextStyle("sans", true, false, 10, BLACK);
        assertTrue(fonts.spans("office", body, null).get(0).ligatures());
        assertFalse(fonts.spans("office", code, null).get(0).ligatures());
        assertFalse(fonts.spans("office", sans, null).get(0).ligatures());
        Span s = fonts.spans("office", body, null).get(0);
        // hmtx advances in Noto Serif Regular, the bundled serif (1000 units per em): o 577,
        // f_f_i 1002, c 492, e 535; no pair of these is kerned
        assertEquals((577f + 1002f + 492f + 535f) / 1000 * 10, s.width(), 1e-5f);
    }

    @Test
    void noLigatureAcrossAHyphenationPoint() {
        FontSet fonts = TestFonts.fontSet();
        var body = new TextStyle("serif", false, false, 10, BLACK);
        // a soft hyphen between the f's: "of" and "fice" are shaped apart
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of("of\u00ADfice", body)), 300);
        List<String> boxes = items.stream().filter(i -> i instanceof Item.Box).map(i -> ((Item.Box) i).text()).toList();
        assertEquals(List.of("of", "fice"), boxes);
        Item.Box last = (Item.Box) items.stream().filter(i -> i instanceof Item.Box).reduce((a, b) -> b).orElseThrow();
        FontFace.Glyphs g = last.spans().get(0).glyphs();
        assertArrayEquals(new boolean[]{true, false, false}, g.ligature(), "fi in fice, no ffi");
    }

    @Test
    void patternBreaksInsideALigatureAreDroppedSoTheWordKeepsIt() {
        FontSet fonts = TestFonts.fontSet();
        var body = new TextStyle("serif", false, false, 10, BLACK);
        var english = io.pressrun.typeset.linebreak.hyphen.Hyphenation.forLanguage("en", false);
        assertEquals(1, english.points("office").length, "the patterns give of-fice");
        List<Item> items = ParagraphItems.build(fonts, List.of(StyledRun.of("office", body)), 300, english);
        List<Item.Box> boxes = items.stream().filter(i -> i instanceof Item.Box).map(i -> (Item.Box) i).toList();
        assertEquals(List.of("office"), boxes.stream().map(Item.Box::text).toList());
        assertArrayEquals(new boolean[]{false, true, false, false}, boxes.get(0).spans().get(0).glyphs().ligature(),
                "o, ffi, c, e");
        List<Item> other = ParagraphItems.build(fonts, List.of(StyledRun.of("hyphenation",
                new TextStyle("serif", false, false, 10, BLACK))), 300, english);
        assertTrue(other.stream().filter(i -> i instanceof Item.Box).count() > 1, "other break points stay");
    }
}
