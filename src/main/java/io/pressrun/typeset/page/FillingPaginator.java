package io.pressrun.typeset.page;

import io.pressrun.typeset.inline.StructTag;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills each page in turn. Elements joined by {@code keepWithNext} move to the next page
 * together when they do not fit (unless together they are taller than a page); space
 * before an element is dropped at the top of a page. A table row that starts a page has the
 * table's header row set above it again.
 *
 * <p>A floating figure (a {@link FlowElement.Picture} that {@link FlowElement.Picture#floats}, with
 * its caption and credit kept to it) that does not fit in what is left of a page waits while
 * the lines of text after it fill the page, and then opens the next page, followed by the space
 * a figure at the top of a page has after it: it never moves further than that page. A heading, a table,
 * another figure or the end matter meeting a figure that waits ends the page, so figures keep
 * their order and stay in their section. The placements of a page are in flow
 * order, so a figure that waited comes before the text after it only on its own page.
 */
public final class FillingPaginator implements Paginator {

    @Override
    public List<List<Placement>> paginate(List<FlowElement> flow, PageFrame frame) {
        return new Filling(flow, frame).fill();
    }

    /** The state of one pagination. */
    private static final class Filling {
        private final List<FlowElement> flow;
        private final PageFrame frame;
        private final List<List<Placement>> pages = new ArrayList<>();
        private List<Placement> page = new ArrayList<>();
        private float y;
        /** The elements of a figure that waits for the next page (the picture first); empty when none does. */
        private List<FlowElement> waiting = List.of();
        /** Space kept after a figure that opened the page, before the next element. */
        private float gap;

        Filling(List<FlowElement> flow, PageFrame frame) {
            this.flow = flow;
            this.frame = frame;
            this.y = frame.top();
        }

        List<List<Placement>> fill() {
            int i = 0;
            while (i < flow.size()) {
                int last = i;
                while (last < flow.size() - 1 && flow.get(last).keepWithNext()) {
                    last++;
                }
                float chain = 0;
                for (int k = i; k <= last; k++) {
                    chain += spaceBefore(flow.get(k)) + flow.get(k).height();
                }
                boolean figure = flow.get(i) instanceof FlowElement.Picture p && p.floats();
                if (!waiting.isEmpty() && !passes(flow.get(i))) {
                    newPage(); // the figure that waits goes first, then this is placed as usual
                    continue;
                }
                boolean fitsOnAPage = chain - flow.get(i).spaceBefore() <= frame.height();
                if (!page.isEmpty() && y + chain > frame.bottom() && fitsOnAPage) {
                    if (figure) {
                        waiting = flow.subList(i, last + 1); // the text after it fills this page first
                        i = last + 1;
                        continue;
                    }
                    newPage();
                    continue; // weighed again on the new page, below a figure that opened it
                }
                for (int k = i; k <= last; k++) {
                    FlowElement e = flow.get(k);
                    if (!page.isEmpty() && y + spaceBefore(e) + e.height() > frame.bottom()) {
                        newPage();
                    }
                    place(e);
                }
                i = last + 1;
            }
            if (!waiting.isEmpty()) {
                newPage();
            }
            pages.add(page);
            return pages;
        }

        /**
         * Whether {@code e} may be set before a figure that waits: a line of text of the same
         * section, not a heading (a figure stays in its section), a table or another figure.
         */
        private static boolean passes(FlowElement e) {
            if (!(e instanceof FlowElement.TextLine t)) {
                return false;
            }
            for (StructTag tag = t.tag(); tag != null; tag = tag.parent()) {
                if (tag.role().matches("H[1-6]?|Sect")) {
                    return false;
                }
            }
            return true;
        }

        private float spaceBefore(FlowElement e) {
            return page.isEmpty() ? 0 : Math.max(e.spaceBefore(), gap);
        }

        private void place(FlowElement e) {
            float space = spaceBefore(e);
            if (page.isEmpty() && e instanceof FlowElement.Row row && row.repeat() != null) {
                page.add(new Placement(row.repeat(), y));
                y += row.repeat().height();
            }
            page.add(new Placement(e, y + space));
            y += space + e.height();
            gap = 0;
        }

        /** Ends the page, which holds something; a figure that waited opens the next. */
        private void newPage() {
            assert !page.isEmpty() : "a page ends only when it holds something";
            pages.add(page);
            page = new ArrayList<>();
            y = frame.top();
            gap = 0;
            List<FlowElement> waited = waiting;
            waiting = List.of();
            waited.forEach(this::place);
            if (!waited.isEmpty()) {
                gap = ((FlowElement.Picture) waited.get(0)).spaceAfter();
            }
        }
    }
}
