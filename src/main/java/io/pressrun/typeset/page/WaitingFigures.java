package io.pressrun.typeset.page;

import io.pressrun.model.ArticlePlace;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which floating figures waited for the next page while the text after them filled the page:
 * those whose next element after their caption and credit was placed on an earlier page than
 * they were.
 */
public final class WaitingFigures {
    private WaitingFigures() {
    }

    /**
     * @param pages  the paginator's placements, page by page
     * @param flow   the elements of the flow, in flow order
     * @param places the place of each element of the flow, in flow order
     * @return the places of the figures that waited
     */
    public static Set<ArticlePlace> of(List<List<Paginator.Placement>> pages, List<FlowElement> flow,
                                       List<ArticlePlace> places) {
        Map<FlowElement, Integer> page = new IdentityHashMap<>();
        for (int n = 0; n < pages.size(); n++) {
            for (Paginator.Placement p : pages.get(n)) {
                page.put(p.element(), n);
            }
        }
        Set<ArticlePlace> waited = new HashSet<>();
        for (int i = 0; i < flow.size(); i++) {
            if (flow.get(i) instanceof FlowElement.Picture picture && picture.floats() && places.get(i) != null) {
                int next = i;
                while (next < flow.size() && flow.get(next).keepWithNext()) {
                    next++;
                }
                next++;
                if (next < flow.size() && page.get(flow.get(next)) < page.get(picture)) {
                    waited.add(places.get(i));
                }
            }
        }
        return Set.copyOf(waited);
    }
}
