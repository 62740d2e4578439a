package io.pressrun.typeset;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.inline.MarginProtrusion;
import io.pressrun.typeset.page.PageFrame;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;
import io.pressrun.SampleArticles;
import io.pressrun.batch.BuildContext;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whole documents, each test tagged slow, so mutation runs leave them to the unit and golden layout
 * tests; and the unit tests of what the typesetter does with the paginated flow.
 */
class TypesetterTest {
    /**
     * The long sample set anew by each test, never kept between tests: a document kept from an
     * earlier test would hide a change to the code from the next (the mutation check runs one
     * JVM for many changed versions of a class).
     */
    static TypesetDocument typeset(Paper paper) {
        BuildContext ctx = BuildContext.defaults();
        return new Typesetter(ctx.theme(), Labels.forLanguage(ctx.templates(), "en"), paper, FONTS)
                .typeset(SampleArticles.longSample());
    }

    static final FontSet FONTS = TestFonts.fontSet();

    @Test
    @Tag("slow")
    void firstPageOpensWithTitleBylineAndLeadImage() {
        TypesetDocument doc = typeset(Paper.A4);
        String dump = LayoutDump.of(doc);
        List<String> first = dump.lines().filter(l -> l.startsWith("p1 ")).toList();
        assertTrue(first.get(1).contains("H1") && first.get(1).contains("The Day the Ferry Stopped"), dump);
        assertTrue(first.stream().anyMatch(l -> l.contains("By Isla MacLeod")), dump);
        assertTrue(first.stream().anyMatch(l -> l.contains("image/jpeg lead.jpg")), dump);
    }

    @Test
    @Tag("slow")
    void everythingStaysInsideTheTextBlock() {
        for (Paper paper : Paper.values()) {
            TypesetDocument doc = typeset(paper);
            PageFrame frame = PageFrame.of(paper, BuildContext.defaults().theme());
            assertEquals(360, frame.measure(), 0.01f, "max-measure caps the text block");
            assertEquals(paper.width / 2, frame.left() + frame.measure() / 2, 0.01f, "the block is centred");
            for (TypesetDocument.Page p : doc.pages()) {
                for (Placed item : p.items()) {
                    if (item instanceof Placed.TextLine t && !t.tag().isArtifact()) {
                        assertTrue(t.baseline() >= paper.height - frame.bottom() - 0.01f, "below the block: " + t);
                        assertTrue(t.baseline() <= paper.height - frame.top(), "above the block: " + t);
                        List<Line.PlacedSpan> spans = t.line().spans();
                        for (Line.PlacedSpan s : spans) {
                            // punctuation ending the line may hang into the margin (protrusion)
                            float hang = s == spans.get(spans.size() - 1) ? MarginProtrusion.right(s.span()) : 0;
                            assertTrue(t.x() + s.x() + s.span().width() <= frame.left() + frame.measure() + hang + 0.05f,
                                    "past the right edge: " + t.line().text());
                        }
                    }
                }
            }
        }
    }

    @Test
    @Tag("slow")
    void noPageEndsWithAHeading() {
        TypesetDocument doc = typeset(Paper.LETTER);
        assertTrue(doc.pages().size() > 3);
        for (TypesetDocument.Page p : doc.pages()) {
            List<Placed> content = p.items().stream().filter(i -> !i.tag().isArtifact()).toList();
            String role = content.get(content.size() - 1).tag().role();
            assertFalse(role.startsWith("H"), "page " + p.number() + " ends with a heading");
        }
    }

    @Test
    @Tag("slow")
    void everyPageHasItsNumberInTheFooter() {
        TypesetDocument doc = typeset(Paper.A4);
        for (TypesetDocument.Page p : doc.pages()) {
            assertTrue(p.items().stream().anyMatch(i -> i instanceof Placed.TextLine t && t.tag().isArtifact()
                    && t.line().text().equals(String.valueOf(p.number()))), "page " + p.number());
        }
    }

    private static FlowElement.TextLine line(StructTag tag) {
        return new FlowElement.TextLine(new Line(List.of(), 100), 0, 12, 0, false, tag);
    }

    @Test
    void theReadingOrderHoldsEachOutermostElementOnceInFlowOrder() {
        StructTag title = StructTag.of("H1");
        StructTag list = StructTag.list(null, "Decimal");
        StructTag first = list.child("LI").child("LBody");
        StructTag second = list.child("LI").child("LBody");
        StructTag paragraph = StructTag.of("P");
        StructTag another = StructTag.of("P");
        List<FlowElement> flow = List.of(line(title), line(title), line(first), line(first), line(second),
                line(paragraph), line(another), line(another));
        assertEquals(List.of(title, list, paragraph, another), Typesetter.readingOrder(flow));
    }

    @Test
    void aRuleIsPlacedAtItsIndentCentredInItsSlot() {
        PageFrame frame = new PageFrame(400, 600, 50, 300, 40, 560);
        Colour grey = new Colour(0.5f, 0.5f, 0.5f);
        List<Placed> items = new ArrayList<>();
        Typesetter.place(new FlowElement.Rule(10, 120, 0.5f, grey, 4, 0, false), 500, frame, items);
        assertEquals(List.of(new Placed.Rule(60, 498, 120, 0.5f, grey)), items, "x 50 + 10, y 500 less half of 4");
    }
}
