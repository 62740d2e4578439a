package io.pressrun.text;

import io.pressrun.model.Block;
import io.pressrun.model.Blocks;

import java.util.List;

/** Counts words the way read-time estimates do: runs of text containing a letter or digit. */
public final class WordCount {
    private WordCount() {
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

    public static int of(List<Block> blocks) {
        int count = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                count += of(Blocks.plainText(p.content()));
            } else if (b instanceof Block.Heading h) {
                count += of(Blocks.plainText(h.content()));
            } else if (b instanceof Block.BlockQuote q) {
                count += of(q.content());
            } else if (b instanceof Block.ListBlock l) {
                for (List<Block> item : l.items()) {
                    count += of(item);
                }
            } else if (b instanceof Block.CodeBlock c) {
                count += of(c.text());
            } else if (b instanceof Block.Figure f) {
                count += of(f.image().caption());
            }
        }
        return count;
    }
}
