package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each page begins in the article: the place of the first element on the page that
 * comes from the article's own text (decoration such as rules, the masthead and the
 * section-break ornament has no place). A page with no such element begins where the next one
 * does.
 */
public final class PageStarts {
    private PageStarts() {
    }

    /**
     * @param pages  the paginator's placements, page by page, every element of the flow once and in
     *               order, besides a table's header row set again at the top of a page (not counted)
     * @param places the place of each element of the flow, in flow order; null for decoration
     */
    public static List<PageStart> of(List<List<Paginator.Placement>> pages, List<ArticlePlace> places) {
        List<PageStart> starts = new ArrayList<>(pages.size());
        int first = 0;
        for (int n = 0; n < pages.size(); n++) {
            ArticlePlace place = null;
            for (int i = first; i < places.size() && place == null; i++) {
                place = places.get(i);
            }
            if (place != null) {
                starts.add(new PageStart(n + 1, place));
            }
            first += flowElements(pages.get(n));
        }
        return List.copyOf(starts);
    }

    /** How many of a page's placements are elements of the flow: all but a header row set again. */
    private static int flowElements(List<Paginator.Placement> page) {
        boolean repeat = page.size() >= 2 && page.get(1).element() instanceof FlowElement.Row row
                && row.repeat() != null && row.repeat() == page.get(0).element();
        return page.size() - (repeat ? 1 : 0);
    }
}
