package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDirectionTest {
    @Test
    void languagesWrittenRightToLeft() {
        for (String tag : new String[]{"ar", "ar-EG", "he", "iw", "fa", "fa-IR", "ur", "yi", "ps", "ckb"}) {
            assertEquals(TextDirection.RTL, TextDirection.ofLanguage(tag), tag);
        }
        for (String tag : new String[]{"en", "en-GB", "hi", "bn", "th", "ko", "de-CH", "arn", "her"}) {
            assertEquals(TextDirection.LTR, TextDirection.ofLanguage(tag), tag);
        }
    }

    @Test
    void aScriptSubtagDecides() {
        assertEquals(TextDirection.LTR, TextDirection.ofLanguage("az-Latn"));
        assertEquals(TextDirection.RTL, TextDirection.ofLanguage("az-Arab-IR"));
        assertEquals(TextDirection.RTL, TextDirection.ofLanguage("pa_Arab"));
        assertEquals(TextDirection.LTR, TextDirection.ofLanguage("ar-Latn"));
    }

    @Test
    void firstStrongCharacterDecides() {
        assertEquals(Optional.of(TextDirection.RTL), TextDirection.firstStrong("2024 — «مرحبا» TLS"));
        assertEquals(Optional.of(TextDirection.LTR), TextDirection.firstStrong("123 TLS 1.3 في"));
        assertEquals(Optional.of(TextDirection.RTL), TextDirection.firstStrong("(שלום)"));
        assertEquals(Optional.empty(), TextDirection.firstStrong("2024 — 1.3 !"));
        assertEquals(TextDirection.RTL, TextDirection.of("1, 2, 3", TextDirection.RTL));
        assertEquals(TextDirection.LTR, TextDirection.of("a", TextDirection.RTL));
    }

    @Test
    void attributeValues() {
        assertEquals("rtl", TextDirection.RTL.attribute());
        assertEquals("ltr", TextDirection.LTR.attribute());
    }
}
