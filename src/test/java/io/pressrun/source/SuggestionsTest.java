package io.pressrun.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionsTest {
    @Test
    void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertEquals(0, Suggestions.distance("title", "title"));
        assertEquals(3, Suggestions.distance("abc", ""));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(1, Suggestions.distance("titl", "title"));
        assertEquals(1, Suggestions.distance("tiTle", "title"));
        assertEquals(1, Suggestions.distance("ab", "ba"), "a swap of neighbours is one edit");
        assertEquals(1, Suggestions.distance("autohr", "author"));
        assertEquals(2, Suggestions.distance("ab", "cd"), "no swap where the letters differ");
        assertEquals(2, Suggestions.distance("abc", "cba"));
        assertEquals(3, Suggestions.distance("ca", "abc"), "optimal string alignment edits no substring twice");
    }

    @Test
    void suggestsOnlyKeysWithinAThirdOfTheirLength() {
        List<String> keys = List.of("title", "subtitle");
        assertEquals(" (did you mean 'title'?)", Suggestions.didYouMean("titel", keys));
        assertEquals(" (did you mean 'title'?)", Suggestions.didYouMean("Title", keys), "case is ignored");
        assertEquals("", Suggestions.didYouMean("tile2", keys), "two edits from 'title' is too far");
        assertEquals(" (did you mean 'subtitle'?)", Suggestions.didYouMean("sbutitel", keys), "two edits in eight letters");
        assertEquals("", Suggestions.didYouMean("summary", keys));
        assertEquals(" (did you mean 'id'?)", Suggestions.didYouMean("ix", List.of("id")), "short keys allow one edit");
    }

    @Test
    void theClosestKeyWinsAndTiesGoToTheFirstInAlphabeticalOrder() {
        assertEquals(" (did you mean 'abcdefgzy'?)",
                Suggestions.didYouMean("abcdefgzz", List.of("abcdefaaa", "abcdefgzy")));
        assertEquals(" (did you mean 'abcdefghx'?)",
                Suggestions.didYouMean("abcdefghi", List.of("abcdefghy", "abcdefghx")));
    }
}
