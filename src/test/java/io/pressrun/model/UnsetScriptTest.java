package io.pressrun.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conjoining Hangul jamo, exactly: the three Unicode blocks, from their first to their last code point. */
class UnsetScriptTest {
    @ParameterizedTest
    @ValueSource(ints = {0x1100, 0x1160, 0x11FF, 0xA960, 0xA97F, 0xD7B0, 0xD7FF})
    void everyConjoiningJamoIsRefusedWithItsCodePoint(int codePoint) {
        assertEquals("conjoining jamo", UnsetScript.kind(codePoint).orElseThrow());
        assertTrue(UnsetScript.reason(codePoint).orElseThrow()
                .contains(String.format("U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)))));
    }

    /** Just outside each block, and precomposed syllables (U+AC00 to U+D7A3), which are set. */
    @ParameterizedTest
    @ValueSource(ints = {0x10FF, 0x1200, 0xA95F, 0xA980, 0xD7AF, 0xAC00, 0xD7A3, 'A', 0x3131})
    void theirNeighboursAreSet(int codePoint) {
        assertTrue(UnsetScript.kind(codePoint).isEmpty(), Integer.toHexString(codePoint));
        assertTrue(UnsetScript.reason(codePoint).isEmpty());
    }
}
