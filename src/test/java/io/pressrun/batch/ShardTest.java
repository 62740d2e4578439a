package io.pressrun.batch;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parts of a batch: every slug in exactly one, letter case aside, the same on every machine. */
class ShardTest {
    @Test
    void everySlugIsInExactlyOnePart() {
        for (int n = 1; n <= 7; n++) {
            int parts = n;
            for (int i = 0; i < 500; i++) {
                String slug = "story-" + i;
                long owners = IntStream.rangeClosed(1, parts).filter(k -> new Shard(k, parts).contains(slug)).count();
                assertEquals(1, owners, slug + " in " + parts + " parts");
            }
        }
    }

    @Test
    void partsAreRoughlyEvenAndIgnoreLetterCase() {
        int[] sizes = new int[4];
        for (int i = 0; i < 4000; i++) {
            sizes[Shard.partOf("article-" + i, 4) - 1]++;
        }
        for (int size : sizes) {
            assertTrue(size > 850 && size < 1150, Arrays.toString(sizes));
        }
        assertEquals(Shard.partOf("Report", 5), Shard.partOf("report", 5));
    }

    /** The part follows from SHA-256 alone: the same on every JVM, so a CI matrix never overlaps. */
    @Test
    void partsArePinned() {
        assertEquals(List.of(3, 1, 1, 2), List.of(Shard.partOf("alpha", 3), Shard.partOf("beta", 3),
                Shard.partOf("gamma", 3), Shard.partOf("delta", 3)));
    }

    @Test
    void parsesKOfN() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1 / 1 "));
        assertEquals("3/5", Shard.parse("3/5").toString());
        for (String bad : List.of("0/4", "5/4", "1/0", "4", "a/b", "-1/4", "1/4/2", "")) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
    }
}
