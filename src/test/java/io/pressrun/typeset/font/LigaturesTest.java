package io.pressrun.typeset.font;

import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.inline.StyledRun;
import org.junit.jupiter.api.Test;

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

    @Test
    void widthIsTheLigatureGlyphsAdvance() {
        FontFace charis = TestFonts.load("CharisSIL-Regular.ttf");
        float withLigature = charis.width("fi", 10, true);
        float letters = charis.width("fi", 10, false);
        System.out.printf("fi at 10 pt: %.3f as a ligature, %.3f as letters%n", withLigature, letters);
        assertTrue(withLigature > 0);
        assertEquals(charis.shape("fi", true).width(10), withLigature, 1e-5f);
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
        assertEquals(s.glyphs().width(10), s.width(), 1e-5f);
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
