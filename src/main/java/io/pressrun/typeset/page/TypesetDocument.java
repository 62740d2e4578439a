package io.pressrun.typeset.page;

import io.pressrun.typeset.font.Span;
import java.util.List;
import java.util.Locale;

/** The result of typesetting: pages of placed lines, pictures and rules. */
public record TypesetDocument(float pageWidth, float pageHeight, List<Page> pages) {
    public TypesetDocument {
        pages = List.copyOf(pages);
    }

    public record Page(int number, List<Placed> items) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * A readable listing, one placed thing a row: page, x, y, font and size, text.
     * For tests and for looking at layout decisions without a PDF viewer.
     */
    public String dump() {
        var sb = new StringBuilder();
        for (Page p : pages) {
            for (Placed item : p.items()) {
                if (item instanceof Placed.TextLine t) {
                    Span first = t.line().spans().isEmpty() ? null : t.line().spans().get(0).span();
                    sb.append(String.format(Locale.ROOT, "p%d %7.2f %7.2f %-24s %5.1f %-10s %s%n", p.number(), t.x(),
                            t.baseline(), first == null ? "-" : first.face().name(), first == null ? 0f : first.size(),
                            t.tag().role(), t.line().text()));
                } else if (item instanceof Placed.Picture pic) {
                    sb.append(String.format(Locale.ROOT, "p%d %7.2f %7.2f image %.1fx%.1f %s %s%n", p.number(), pic.x(),
                            pic.y(), pic.width(), pic.height(), pic.image().mediaType(), pic.image().src()));
                } else if (item instanceof Placed.Rule r) {
                    sb.append(String.format(Locale.ROOT, "p%d %7.2f %7.2f rule %.1f%n", p.number(), r.x(), r.y(),
                            r.width()));
                }
            }
        }
        return sb.toString();
    }
}
