package io.pressrun;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnifiedDiffTest {
    static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a", lines(1, 5), "b", lines(1, 5)));
    }

    @Test
    void aChangedLineComesWithThreeLinesOfContext() {
        String after = lines(1, 9).replace("line 5\n", "line five\n");
        assertEquals("""
                --- a
                +++ b
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """, UnifiedDiff.of("a", lines(1, 9), "b", after));
    }

    @Test
    void changesFarApartAreSeparateHunksAndInsertionsAndDeletionsCountRight() {
        String before = lines(1, 20);
        String after = "line 0\n" + lines(1, 20).replace("line 15\n", "");
        assertEquals("""
                --- a
                +++ b
                @@ -1,3 +1,4 @@
                +line 0
                 line 1
                 line 2
                 line 3
                @@ -12,7 +13,6 @@
                 line 12
                 line 13
                 line 14
                -line 15
                 line 16
                 line 17
                 line 18
                """, UnifiedDiff.of("a", before, "b", after));
    }

    @Test
    void anEmptySideNamesTheLineBeforeIt() {
        assertEquals("--- a\n+++ b\n@@ -1,2 +0,0 @@\n-x\n-y\n", UnifiedDiff.of("a", "x\ny\n", "b", ""));
    }

    @Test
    void aLongDiffIsCut() {
        String diff = UnifiedDiff.of("a", lines(1, 1000), "b", lines(1001, 2000));
        assertTrue(diff.endsWith("... and 1601 more changed lines\n"), diff.substring(diff.length() - 200));
    }
}
