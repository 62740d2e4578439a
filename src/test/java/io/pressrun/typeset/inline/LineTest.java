package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.linebreak.Breaks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pressrun.typeset.inline.LineSetterTest.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A set line's own reading of its spans: text, labels hung in the margin. */
class LineTest {

    @Test
    void spansAHundredthOfAPointApartTouchAndFartherApartAreTwoWords() {
        // left to right: "a" ends at 0, "b" starts 0.01 after it; then right to left: "b" ends 0.01 before "a"
        Span a = span("a", 10);
        Span b = span("b", 10);
        assertEquals("ab", new Line(List.of(new Line.PlacedSpan(a, -10), new Line.PlacedSpan(b, 0.01f)), 20).text());
        assertEquals("ab", new Line(List.of(new Line.PlacedSpan(a, 0.01f), new Line.PlacedSpan(b, -10)), 20).text());
        assertEquals("a b", new Line(List.of(new Line.PlacedSpan(a, -10), new Line.PlacedSpan(b, 0.02f)), 20).text());
    }

    @Test
    void aLineMayBeNothingButItsLabel() {
        // an empty list item: its bullet alone
        var line = new Line(List.of(new Line.PlacedSpan(span("•", 5), 0)), 5,
                new Line.Label(1, StructTag.of("Lbl")), 0, Breaks.Pass.NONE, false, 0);
        assertEquals(1, line.label().spans());
    }

    @Test
    void aHungLabelsSpansFollowOneAnother() {
        List<Line.PlacedSpan> placed = Line.hungRight(List.of(span("1", 5), span(".", 2)), 3, 100);
        assertEquals(List.of(103f, 108f), placed.stream().map(Line.PlacedSpan::x).toList());
    }
}
