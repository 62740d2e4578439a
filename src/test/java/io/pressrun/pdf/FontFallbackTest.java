package io.pressrun.pdf;

import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.font.MissingGlyphException;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontFallbackTest {
    /** Cyrillic and Greek, polytonic ὰ too (in the serif, Noto Serif), ♞ (DejaVu only), ⭐ and 🬀 (Noto Symbols 2 only). */
    static final String MIXED = "Привет, мир! Καλημέρα κόσμε → ✓ ♞ ὰ ⭐ 🬀 done";
    /** In the sans (captions) ✓ and → need the fallback too. */
    static final String CAPTION = "Подпись ✓ → ok";

    static Article mixed() {
        var fig = new Block.Figure(SampleArticles.png("f.png", 40, 20, "alt", CAPTION, "Ω credit"));
        return SampleArticles.withBody("Fallback", List.of(
                SampleArticles.para(new Inline.Text(MIXED)), fig,
                new Block.Heading(2, List.of(new Inline.Text("Заголовок ✓")))));
    }

    @Test
    void charactersMissingFromTheMainFontsAreExtractedFromFallbacks() throws Exception {
        String text = PdfTestSupport.text(PdfTestSupport.writeAndKeep(mixed(), "fallback"));
        assertTrue(text.contains(MIXED), text);
        assertTrue(text.contains(CAPTION), text);
        assertTrue(text.contains("Заголовок ✓"), text);
    }

    @Test
    void eachCharacterIsSetInTheFirstFontThatHasIt() {
        TypesetDocument doc = PdfTestSupport.WRITER.layout(mixed());
        Map<String, String> faceOf = new HashMap<>();
        for (TypesetDocument.Page p : doc.pages()) {
            for (Placed item : p.items()) {
                if (item instanceof Placed.TextLine t) {
                    for (Line.PlacedSpan s : t.line().spans()) {
                        s.span().text().codePoints().forEach(cp ->
                                faceOf.putIfAbsent(new String(Character.toChars(cp)), s.span().face().name()));
                    }
                }
            }
        }
        assertEquals("NotoSerif-Regular.ttf", faceOf.get("П"));
        assertEquals("DejaVuSans.ttf", faceOf.get("♞"));
        assertEquals("NotoSerif-Regular.ttf", faceOf.get("ὰ"), "polytonic Greek: in the body face itself");
        assertEquals("NotoSansSymbols2-Regular.ttf", faceOf.get("⭐"));
        assertEquals("NotoSansSymbols2-Regular.ttf", faceOf.get("🬀"));
    }

    @Test
    void aCharacterNoFontHasIsAnErrorNamingIt() {
        Article yi = SampleArticles.withBody("Missing", List.of(SampleArticles.para(new Inline.Text("om \uA000"))));
        var e = assertThrows(MissingGlyphException.class,
                () -> PdfTestSupport.write(yi));
        assertTrue(e.getMessage().contains("U+A000"), e.getMessage());
    }
}
