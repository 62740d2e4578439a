package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each page begins in the article: the place of the first element on the page, in flow
 * order, that comes from the article's own text (decoration such as rules, the masthead and
 * the section-break ornament has no place) and that comes after everything on the pages
 * before. So a figure that waited for the top of a page does not count: the page begins where
 * the text goes on. A page with no such element begins where the next one does.
 */
public final class PageStarts {
    private PageStarts() {
    }

    /**
     * @param pages  the paginator's placements, page by page, every element of the flow once, besides
     *               a table's header row set again at the top of a page (not counted)
     * @param flow   the elements of the flow, in flow order
     * @param places the place of each element of the flow, in flow order; null for decoration
     */
    public static List<PageStart> of(List<List<Paginator.Placement>> pages, List<FlowElement> flow,
                                     List<ArticlePlace> places) {
        Map<FlowElement, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < flow.size(); i++) {
            index.put(flow.get(i), i);
        }
        List<PageStart> starts = new ArrayList<>(pages.size());
        int seen = -1; // the last element of the flow on the pages so far
        for (int n = 0; n < pages.size(); n++) {
            int first = Integer.MAX_VALUE;
            int last = seen;
            for (Paginator.Placement p : pages.get(n)) {
                Integer i = index.get(p.element()); // (a header row set again is not in the flow)
                if (i != null && i > seen) {
                    first = Math.min(first, i);
                    last = Math.max(last, i);
                }
            }
            ArticlePlace place = null;
            for (int i = first == Integer.MAX_VALUE ? seen + 1 : first; i < places.size() && place == null; i++) {
                place = places.get(i);
            }
            if (place != null) {
                starts.add(new PageStart(n + 1, place));
            }
            seen = last;
        }
        return List.copyOf(starts);
    }
}
