package io.pressrun.batch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of N deterministic parts of a batch ({@code --shard K/N}): an article belongs to part
 * {@code 1 + sha256(slug in lower case) mod N}, so N jobs given the same sources build every
 * article exactly once, whatever the order or the machine. Slugs that differ only in letter
 * case fall in one part.
 *
 * @param index 1 to {@code count}
 * @param count how many parts; 1 is the whole batch
 */
public record Shard(int index, int count) {
    /** The whole batch. */
    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard K/N needs 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** {@code "2/4"}: the second of four parts. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard must be K/N, like 2/4 (the second of four parts), not '"
                    + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Whether the article with this slug is in this part. */
    public boolean contains(String slug) {
        return count == 1 || partOf(slug, count) == index;
    }

    /** The part (1 to {@code count}) an article with this slug belongs to. */
    static int partOf(String slug, int count) {
        byte[] h = Digests.sha256().digest(slug.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return 1 + (int) Long.remainderUnsigned(ByteBuffer.wrap(h).getLong(), count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
