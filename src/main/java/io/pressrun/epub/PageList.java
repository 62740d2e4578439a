package io.pressrun.epub;

import io.pressrun.model.PageStart;

import java.util.List;
import java.util.Objects;

/**
 * The pages of the PDF edition, as the EPUB marks them: where each page begins in the article,
 * and the paper the PDF edition is set on, which names it as the source of the page numbers.
 *
 * @param paper  the paper's name as readers know it ({@code A4}, {@code Letter}); empty when there are no pages
 * @param starts where each page begins, in page order
 */
public record PageList(String paper, List<PageStart> starts) {
    /** No page numbers: the EPUB has no page markers and no page list. */
    public static final PageList NONE = new PageList("", List.of());

    public PageList {
        Objects.requireNonNull(paper, "paper");
        starts = List.copyOf(starts);
    }
}
