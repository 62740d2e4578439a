package io.pressrun.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypographerTest {
    private static final PunctuationStyle GERMAN = new PunctuationStyle("„", "“", "‚", "‘", "");
    private static final PunctuationStyle FRENCH = new PunctuationStyle("«\u202F", "\u202F»", "“", "”", "\u202F");

    private static String en(String s) {
        return new Typographer(PunctuationStyle.ENGLISH).convert(s);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Hello,\" she said.|“Hello,” she said.",
        "It's the FBI's view.|It’s the FBI’s view.",
        "'Quoted' word|‘Quoted’ word",
        "He said \"it's 'fine'\" today|He said “it’s ‘fine’” today",
        "the '90s|the ’90s",
        "encryption -- calling|encryption – calling",
        "pages 10--12|pages 10–12",
        "wait---what|wait—what",
        "and so on...|and so on…",
        "(\"quoted\")|(“quoted”)",
        "the Joneses' house|the Joneses’ house"})
    void english(String in, String out) {
        assertEquals(out, en(in));
    }

    /** Code between pieces is set as written; a quote right after it closes. */
    @Test
    void aQuoteAfterVerbatimTextCloses() {
        Typographer t = new Typographer(PunctuationStyle.ENGLISH);
        assertEquals("Run “", t.convert("Run \""));
        t.verbatim("make --all");
        assertEquals("” now", t.convert("\" now"));
    }

    @Test
    void quotesCloseAcrossPieces() {
        Typographer t = new Typographer(PunctuationStyle.ENGLISH);
        assertEquals("“", t.convert("\""));
        assertEquals("emphasised", t.convert("emphasised"));
        assertEquals("” end", t.convert("\" end"));
    }

    @Test
    void germanQuotes() {
        assertEquals("Er sagte: „Ja.“", new Typographer(GERMAN).convert("Er sagte: \"Ja.\""));
    }

    @Test
    void frenchQuotesAndSpacing() {
        assertEquals("Il dit\u202F: «\u202Foui\u202F»\u202F!",
                new Typographer(FRENCH).convert("Il dit : \"oui\" !"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-- at the start|– at the start",
        "--- at the start|— at the start",
        "ends with a dash--|ends with a dash–",
        "ends with a rule---|ends with a rule—",
        "trailing dots..|trailing dots..",
        "...|…"})
    void dashesAndDotsAtTheEdgesOfAPiece(String in, String out) {
        assertEquals(out, en(in));
    }

    @Test
    void quotesOpenRightAfterAnOpeningMark() {
        assertEquals("“‘Hi,’ she said,” he said.", en("\"'Hi,' she said,\" he said."));
        assertEquals("‘“Yes,” he said.’", en("'\"Yes,\" he said.'"));
    }

    /** German closes single quotes with ‘, not with the apostrophe ’, so the two can be told apart. */
    @Test
    void germanSingleQuotesAreMatchedWithTheirOpening() {
        assertEquals("‚Ja‘ sagte er", de("'Ja' sagte er"));
        assertEquals("‚Ja.‘ sagte er", de("'Ja.' sagte er"));
        assertEquals("‚Wie geht’s?‘ fragte er", de("'Wie geht's?' fragte er"));
        assertEquals("Das war’s.’ Ende", de("Das war's.' Ende"), "nothing open: an apostrophe");
        assertEquals("‚a ‚b‘ c‘ d", de("'a 'b' c' d"));
    }

    @Test
    void aQuoteClosesOnlyWhatWasOpenedLast() {
        assertEquals("‚a „b’ c", de("'a \"b' c"), "a double quote is open, so ' is an apostrophe");
        assertEquals("„a ‚b“ c", de("\"a 'b\" c"));
    }

    private static String de(String s) {
        return new Typographer(GERMAN).convert(s);
    }
}
