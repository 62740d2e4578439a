package io.pressrun.typeset.article;

import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.page.PageFrame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables in the flow with the bundled theme: cells 4 points padded, lines 11 points apart (8.5
 * point sans), a text block 711.89 points high on A4 (841.89 less 62 and 68).
 */
class TableLayoutTest {
    private static final Templates TEMPLATES = Templates.bundled();
    private static final Theme THEME = Theme.load(TEMPLATES);
    private static final float PADDING = 4;
    private static final float LEADING = 11;

    private final FlowBuilder flow = new FlowBuilder(TestFonts.fontSet(), new KnuthPlassLineBreaker(),
            PageFrame.of(Paper.A4, THEME));

    private static List<Inline> words(String text) {
        return List.of(new Inline.Text(text));
    }

    private void layout(Block.Table table) {
        var cx = new LayoutContext(THEME, Labels.forLanguage(TEMPLATES, "en"), flow);
        new TableLayout(cx).layout(table, flow.fullMeasure(), null);
    }

    private List<FlowElement.Row> rows() {
        return flow.elements().stream().map(e -> (FlowElement.Row) e).toList();
    }

    private static List<FlowElement.TextLine> lines(FlowElement.Row row) {
        return row.parts().stream().filter(p -> p.element() instanceof FlowElement.TextLine)
                .map(p -> (FlowElement.TextLine) p.element()).toList();
    }

    @Test
    void aRowTallerThanAPageIsSetInPiecesThatFillAPageBelowTheHeader() {
        List<Inline> many = new ArrayList<>();
        // a piece holds (711.89 - 19 - 1 - 2 * 4) / 11 = 62.2 lines: 124 lines make two full pieces
        for (int i = 0; i < 124; i++) {
            if (i > 0) {
                many.add(new Inline.LineBreak());
            }
            many.add(new Inline.Text("line " + i));
        }
        var left = Block.Table.ColumnAlign.LEFT;
        layout(new Block.Table(List.of(left, left), List.of(words("Name"), List.of()),
                List.of(List.of(words("first"), words("row")), List.of(words("long"), many))));
        List<FlowElement.Row> rows = rows();
        FlowElement.Row header = rows.get(0);
        assertEquals(2 * PADDING + LEADING, header.height());
        float tallest = 711.89f - header.height() - 1; // a piece and the header set again fit on a page
        assertEquals(4, rows.size(), "the header, the first row and the long row in two pieces");
        int set = 0;
        for (FlowElement.Row piece : rows.subList(2, rows.size())) {
            List<Float> dys = piece.parts().stream().filter(p -> p.element() instanceof FlowElement.TextLine t
                    && t.line().text().startsWith("line ")).map(FlowElement.Row.Part::dy).toList();
            int n = dys.size();
            for (int k = 0; k < n; k++) {
                assertEquals(PADDING + k * LEADING, dys.get(k), 1e-3f, "each piece's lines from its top");
            }
            assertEquals(2 * PADDING + n * LEADING, piece.height(), 1e-3f);
            assertTrue(piece.height() <= tallest, "a piece fits on a page below the header");
            set += n;
            if (piece != rows.get(rows.size() - 1)) {
                assertTrue(piece.height() + LEADING > tallest, "a piece holds as many lines as fit");
            }
        }
        assertEquals(124, set);
        assertNull(rows.get(1).repeat(), "the first row follows the header itself");
        FlowElement.Row repeat = rows.get(2).repeat();
        assertSame(repeat, rows.get(rows.size() - 1).repeat(), "every later row has the header set again");
        assertEquals(StructTag.ARTIFACT, repeat.tag());
        assertEquals(header.height(), repeat.height());
        assertEquals(List.of("Name"), lines(repeat).stream().map(t -> t.line().text()).toList(),
                "the header's words again, as decoration; the empty cell left out");
        assertTrue(lines(repeat).stream().allMatch(t -> t.tag() == StructTag.ARTIFACT));
    }

    /** The width of {@code word} in the header's bold sans, which is wider than the body's. */
    private static float boldWidth(String word, float size) {
        return TestFonts.fontSet().spans(word, new TextStyle("sans", true, false, size, new Colour(0, 0, 0)), null)
                .get(0).width();
    }

    /** A table of six columns with {@code word} in every cell, its header included. */
    private void sixColumnsOf(String word) {
        var left = Block.Table.ColumnAlign.LEFT;
        List<List<Inline>> row = List.of(words(word), words(word), words(word), words(word), words(word), words(word));
        layout(new Block.Table(List.of(left, left, left, left, left, left), row, List.of(row)));
    }

    private FlowElement.TextLine firstCell(int row) {
        return lines(rows().get(row)).get(0);
    }

    @Test
    void wordsThatDoNotFitWithTheirPaddingAreSetSmallerUntilTheyDo() {
        String word = "Administration";
        float words = 6 * boldWidth(word, 8.5f); // the six columns' widest words, at full size
        float room = 360 - 6 * 2 * PADDING;
        assertTrue(words > room && room / words > 6 / 8.5f, "smaller, but above the least size: " + words);
        sixColumnsOf(word);
        float size = firstCell(1).line().spans().get(0).span().size();
        assertEquals(8.5f * room / words, size, 1e-3f, "the words fill the room the padding leaves");
        assertEquals(PADDING, firstCell(1).indent(), 1e-3f);
    }

    @Test
    void atTheLeastSizeThePaddingGivesWay() {
        String word = "Internationalising";
        float words = 6 * boldWidth(word, 6);
        assertTrue(6 * boldWidth(word, 8.5f) * 6 / 8.5f > 360 - 6 * 2 * PADDING, "too wide even at 6 points");
        assertTrue(words < 360 - 6 * 2 * 0.5f, "but with less padding it fits: " + words);
        sixColumnsOf(word);
        FlowElement.TextLine cell = firstCell(1);
        assertEquals(6, cell.line().spans().get(0).span().size(), 1e-3f, "pdf.table.min-size");
        float padding = (360 - words) / (6 * 2);
        assertEquals(padding, cell.indent(), 1e-2f, "the room left shared out as padding");
        assertEquals(2 * padding + LEADING * 6 / 8.5f, rows().get(1).height(), 1e-2f);
    }
}
