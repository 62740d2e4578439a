package io.pressrun.typeset;

import io.pressrun.typeset.inline.InlineRuns;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.page.Anchor;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.page.PageFrame;
import io.pressrun.typeset.page.Paginator;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the places that links inside the document go to ended up: each place the flow named
 * ({@link FlowBuilder#anchor}), and {@code ref-<n>}, the line of the first reference to note
 * {@code n}, which the note links back to.
 */
final class Anchors {
    private Anchors() {
    }

    /** A page and a height on it (PDF user space). */
    record Spot(int page, float top) {
    }

    /**
     * Where each placed element is: its page and the top of its slot, or of its first line's
     * tallest glyphs where they reach higher, so that a viewer going there shows it whole.
     */
    static Map<FlowElement, Spot> spots(List<List<Paginator.Placement>> placements, PageFrame frame) {
        Map<FlowElement, Spot> at = new IdentityHashMap<>();
        for (int n = 0; n < placements.size(); n++) {
            for (Paginator.Placement p : placements.get(n)) {
                float top = frame.pageHeight() - p.top();
                if (p.element() instanceof FlowElement.TextLine t) {
                    top = Math.max(top, top - t.baselineOffset() + t.line().ascent());
                }
                at.put(p.element(), new Spot(n + 1, top));
            }
        }
        return at;
    }

    /** The anchors, from the named places, where the elements are ({@link #spots}), and the set pages. */
    static List<Anchor> of(List<FlowBuilder.Named> named, List<FlowElement> elements, Map<FlowElement, Spot> at,
                           List<TypesetDocument.Page> pages) {
        List<Anchor> out = new ArrayList<>();
        for (FlowBuilder.Named a : named) {
            Spot s = at.get(elements.get(a.element()));
            out.add(new Anchor(a.name(), s.page(), s.top()));
        }
        Set<String> seen = new HashSet<>();
        for (TypesetDocument.Page page : pages) {
            for (Placed item : page.items()) {
                if (item instanceof Placed.TextLine t) {
                    for (Line.PlacedSpan ps : t.line().spans()) {
                        String href = ps.span().href();
                        if (href != null && href.startsWith(InlineRuns.NOTE_LINK) && seen.add(href)) {
                            int note = Integer.parseInt(href.substring(InlineRuns.NOTE_LINK.length()));
                            out.add(new Anchor(InlineRuns.referenceAnchor(note), page.number(),
                                    t.baseline() + t.line().ascent()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
