package io.pressrun.style;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A credit keeps a label it starts with; others get the label of the picture's kind. */
class CreditLineTest {
    private static final Templates TEMPLATES = Templates.bundled();

    private static String photo(String language, String credit) {
        return CreditLine.of(Labels.forLanguage(TEMPLATES, language), "photo-credit", credit);
    }

    @Test
    void englishCreditsSayWhatTheyAre() {
        assertEquals("Photo: Jane Doe", photo("en", "Jane Doe"));
        assertEquals("Photo: Jane Doe", photo("en", "Photo: Jane Doe"));
        assertEquals("PHOTO: Jane Doe", photo("en", "PHOTO: Jane Doe"));
        assertEquals("Chart: Statista", photo("en", "Chart: Statista"));
        for (String kind : new String[] {"Illustration", "Graphic", "Map", "Video", "Image", "Photograph"}) {
            assertEquals(kind + ": Studio X", photo("en", kind + ": Studio X"));
        }
        assertEquals("Image: Reuters", CreditLine.of(Labels.forLanguage(TEMPLATES, "en"), "image-credit", "Reuters"));
    }

    @Test
    void aWordThatOnlyStartsLikeALabelIsNoLabel() {
        assertEquals("Photo: Mapbox contributors", photo("en", "Mapbox contributors"));
        assertEquals("Photo: Charts and more: Ltd", photo("en", "Charts and more: Ltd"));
        assertEquals("Photo: Photo agency", photo("en", "Photo agency"));
    }

    @Test
    void translatedLabelsAreKnownInTheirLanguage() {
        assertEquals("Foto: dpa", photo("de", "dpa"));
        assertEquals("Foto: dpa", photo("de", "Foto: dpa"));
        assertEquals("Grafik: dpa", photo("de", "Grafik: dpa"));
        assertEquals("Karte: OpenStreetMap", photo("de", "Karte: OpenStreetMap"));
        assertEquals("Chart: Statista", photo("de", "Chart: Statista"));
        assertEquals("Photo : AFP", photo("fr", "AFP"));
        assertEquals("Carte\u202F: IGN", photo("fr", "Carte\u202F: IGN"));
        assertEquals("Vidéo : France 24", photo("fr", "Vidéo : France 24"));
        assertEquals("Photo : AFP", photo("fr", "Photo : AFP"));
    }
}
