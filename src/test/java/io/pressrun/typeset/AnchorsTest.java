package io.pressrun.typeset;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.page.Anchor;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The places links inside the document go to: the named places of the flow, then each note's first reference. */
class AnchorsTest {
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final TextStyle TEXT = new TextStyle("serif", false, false, 10, new Colour(0, 0, 0));
    private static final StructTag P = StructTag.of("P");

    private static Line.PlacedSpan span(String text, String href, float x) {
        return new Line.PlacedSpan(FONTS.spans(text, TEXT, href).get(0), x);
    }

    @Test
    void aNamedPlaceIsWhereItsElementWasPlacedAndANotesReferenceWhereItFirstOccurs() {
        FlowElement rule = new FlowElement.Rule(0, 100, 1, new Colour(0, 0, 0), 1, 0, false);
        FlowElement note = new FlowElement.TextLine(new Line(List.of(span("Note", null, 0)), 100), 0, 12, 0, false, P);
        Map<FlowElement, Anchors.Spot> at = new IdentityHashMap<>();
        at.put(rule, new Anchors.Spot(1, 700));
        at.put(note, new Anchors.Spot(2, 420));

        Line first = new Line(List.of(span("See", null, 0), span("1", "#note-1", 20),
                span("site", "https://example.org/note-2", 30)), 100);
        Line again = new Line(List.of(span("1", "#note-1", 0), span("2", "#note-2", 10)), 100);
        List<TypesetDocument.Page> pages = List.of(
                new TypesetDocument.Page(1, List.of(new Placed.TextLine(50, 700, first, P))),
                new TypesetDocument.Page(2, List.of(new Placed.Rule(50, 600, 100, 1, new Colour(0, 0, 0)),
                        new Placed.TextLine(50, 500, again, P))));

        List<Anchor> anchors = Anchors.of(List.of(new FlowBuilder.Named("note-1", 1)), List.of(rule, note), at, pages);

        float ascent = FONTS.spans("x", TEXT, null).get(0).face().ascent() * 10;
        assertEquals(List.of(new Anchor("note-1", 2, 420), new Anchor("ref-1", 1, 700 + ascent),
                new Anchor("ref-2", 2, 500 + ascent)), anchors,
                "a note's later references and links out of the document name no place");
    }
}
