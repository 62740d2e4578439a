package io.pressrun.typeset.page;

import java.util.List;

/** Distributes the vertical flow over pages. */
public interface Paginator {

    /** An element placed with its top {@code top} points below the top of the page. */
    record Placement(FlowElement element, float top) {
    }

    /** @return the placements of each page, in page order; at least one page */
    List<List<Placement>> paginate(List<FlowElement> flow, PageFrame frame);
}
