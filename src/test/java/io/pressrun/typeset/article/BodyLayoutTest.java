package io.pressrun.typeset.article;

import io.pressrun.SampleArticles;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Block;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.page.PageFrame;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.pressrun.SampleArticles.para;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The body's blocks in the flow, with the bundled theme and English labels (see
 * {@link ArticleLayoutTest} for the notation): a level 2 heading has 16 before and 6 after it,
 * a figure 12 before and after.
 */
class BodyLayoutTest {
    private static final Templates TEMPLATES = Templates.bundled();
    private static final Theme THEME = Theme.load(TEMPLATES);
    private static final Labels EN = Labels.forLanguage(TEMPLATES, "en");

    private final FlowBuilder flow = new FlowBuilder(TestFonts.fontSet(), new KnuthPlassLineBreaker(),
            PageFrame.of(Paper.A4, THEME));

    private static Block.Heading heading(String text, String id) {
        return new Block.Heading(2, List.of(new Inline.Text(text)), id);
    }

    private void layout(Set<ArticlePlace> figuresThatWait, Block... body) {
        new BodyLayout(new LayoutContext(THEME, EN, flow, figuresThatWait)).layout(List.of(body));
    }

    @Test
    void aHeadingWithAnIdIsANamedPlaceUnlessTheNameIsANotesOwn() {
        layout(Set.of(), heading("Background", "background"), para("One."), heading("Plain", ""),
                heading("Taken", "note-2"), heading("Also taken", "ref-3"), para("Two."));
        assertEquals(List.of(new FlowBuilder.Named("background", 0)), flow.anchors());
    }

    @Test
    void eachNoteIsTheNamedPlaceItsReferencesGoTo() {
        layout(Set.of(), para("Text."), new Block.Notes(List.of(new Block.Note(1, List.of(para("First note."))),
                new Block.Note(2, List.of(para("Second note."))))));
        // the text's line, the notes' heading, then a line each
        assertEquals(List.of(new FlowBuilder.Named("note-1", 2), new FlowBuilder.Named("note-2", 3)), flow.anchors());
    }

    @Test
    void aListsTagSaysHowItsItemsAreNumbered() {
        layout(Set.of(), new Block.ListBlock(true, 1, List.of(List.of(para("One.")))),
                new Block.ListBlock(false, 1, List.of(List.of(para("Dot.")))));
        List<String> numbering = flow.elements().stream()
                .map(e -> e.tag().parent().parent().parent()) // P in LBody in LI in L
                .map(StructTag::listNumbering).toList();
        assertEquals(List.of("Decimal", "Disc"), numbering);
    }

    @Test
    void theTextAfterAFigureThatWaitsHasTheSpaceTheTextBeforeItLeft() {
        Image chart = SampleArticles.png("chart.png", 400, 200, "A chart", "", "");
        Block[] body = {heading("Results", ""), new Block.Figure(chart), para("After.")};
        layout(Set.of(ArticlePlace.body(List.of(1))), body);
        List<String> waiting = ArticleLayoutTest.describe(flow);
        assertEquals("T P 'After.' x0 +6 @BODY[2]+0", waiting.get(waiting.size() - 1), "the heading's 6 after");
        assertEquals("P Figure 360x180 +12 @BODY[1]+0", waiting.get(1));
    }
}
