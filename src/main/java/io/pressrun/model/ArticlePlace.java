package io.pressrun.model;

import java.util.List;
import java.util.Objects;

/**
 * A place in an article, as both editions can find it: a part of the article and, in the body,
 * a block and a character offset in its text.
 *
 * @param part   the part of the article
 * @param block  in the {@link Part#BODY}, the path to a block in the body's tree: its index in the
 *               body, then for a quote the index in the quote, for a list the item's index and the
 *               index in the item (so {@code [4, 1, 0]} is the first block of the second item of the
 *               list that is the fifth block); empty in the other parts
 * @param offset in a paragraph or heading, the offset in {@link Blocks#plainText} of its content; in
 *               a code block, the offset in its text; otherwise 0
 */
public record ArticlePlace(Part part, List<Integer> block, int offset) {

    /** The parts of an article, in reading order. */
    public enum Part {
        /** The header: title, subtitle, byline, date. */
        TITLE,
        /** The lead image with its caption and credit. */
        LEAD_IMAGE,
        /** The body's blocks. */
        BODY,
        /** The credits after the body. */
        CREDITS
    }

    public ArticlePlace {
        Objects.requireNonNull(part, "part");
        block = List.copyOf(block);
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }

    /** The start of a part outside the body. */
    public static ArticlePlace of(Part part) {
        return new ArticlePlace(part, List.of(), 0);
    }

    /** The start of the body block at {@code path}. */
    public static ArticlePlace body(List<Integer> path) {
        return new ArticlePlace(Part.BODY, path, 0);
    }

    /** The same block, {@code chars} characters into its text. */
    public ArticlePlace at(int chars) {
        return new ArticlePlace(part, block, chars);
    }
}
