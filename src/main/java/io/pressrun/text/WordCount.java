package io.pressrun.text;

import io.pressrun.model.Block;
import io.pressrun.model.Blocks;

import java.util.List;

/** Counts words the way read-time estimates do: runs of text containing a letter or digit. */
public final class WordCount {
    /** Words read per minute, for the read time both editions show. */
    public static final int WORDS_PER_MINUTE = 230;

    private WordCount() {
    }

    /** The read time in whole minutes, at least one. */
    public static int readingMinutes(int words) {
        return (int) Math.max(1, Math.round(words / (double) WORDS_PER_MINUTE));
    }

    public static int of(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space) {
                if (inWord && hasAlnum) {
                    count++;
                }
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                hasAlnum |= Character.isLetterOrDigit(text.charAt(i));
            }
        }
        return count;
    }

    /** Words of the blocks' running text and of their figures' captions. */
    public static int of(List<Block> blocks) {
        int[] captions = {0};
        Blocks.collectFigures(blocks, f -> captions[0] += of(f.image().caption()));
        return of(Blocks.blockText(blocks)) + captions[0];
    }
}
