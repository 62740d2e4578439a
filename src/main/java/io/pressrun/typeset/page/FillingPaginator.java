package io.pressrun.typeset.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills each page in turn. Elements joined by {@code keepWithNext} move to the next page
 * together when they do not fit (unless together they are taller than a page); space
 * before an element is dropped at the top of a page. A table row that starts a page has the
 * table's header row set above it again.
 */
public final class FillingPaginator implements Paginator {

    @Override
    public List<List<Placement>> paginate(List<FlowElement> flow, PageFrame frame) {
        List<List<Placement>> pages = new ArrayList<>();
        List<Placement> page = new ArrayList<>();
        float y = frame.top();
        int i = 0;
        while (i < flow.size()) {
            int last = i;
            while (last < flow.size() - 1 && flow.get(last).keepWithNext()) {
                last++;
            }
            float chain = 0;
            for (int k = i; k <= last; k++) {
                chain += (k == i && page.isEmpty() ? 0 : flow.get(k).spaceBefore()) + flow.get(k).height();
            }
            if (!page.isEmpty() && y + chain > frame.bottom() && chain - flow.get(i).spaceBefore() <= frame.height()) {
                pages.add(page);
                page = new ArrayList<>();
                y = frame.top();
            }
            for (int k = i; k <= last; k++) {
                FlowElement e = flow.get(k);
                float space = page.isEmpty() ? 0 : e.spaceBefore();
                if (!page.isEmpty() && y + space + e.height() > frame.bottom()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    y = frame.top();
                    space = 0;
                }
                if (page.isEmpty() && e instanceof FlowElement.Row row && row.repeat() != null) {
                    page.add(new Placement(row.repeat(), y));
                    y += row.repeat().height();
                }
                page.add(new Placement(e, y + space));
                y += space + e.height();
            }
            i = last + 1;
        }
        pages.add(page);
        return pages;
    }
}
