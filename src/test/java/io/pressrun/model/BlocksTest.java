package io.pressrun.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlocksTest {
    static Image image(String src, String caption) {
        return new Image(src, Path.of(src), "image/png", 1, 1, Bytes.copyOf(new byte[] {1}), "", caption, "");
    }

    static Block.Paragraph para(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    @Test
    void figuresAreFoundAtAnyDepthInReadingOrder() {
        List<Block> body = List.of(
                new Block.Figure(image("a.png", "")),
                new Block.BlockQuote(List.of(para("quoted"), new Block.Figure(image("b.png", "")))),
                new Block.ListBlock(false, 1, List.of(
                        List.of(para("item")),
                        List.of(new Block.BlockQuote(List.of(new Block.Figure(image("c.png", ""))))))),
                new Block.Figure(image("d.png", "")));
        List<String> found = new ArrayList<>();
        Blocks.collectFigures(body, f -> found.add(f.image().src()));
        assertEquals(List.of("a.png", "b.png", "c.png", "d.png"), found);
    }

    @Test
    void blockTextHasEveryBlockOnItsOwnLineAtAnyDepth() {
        List<Block> body = List.of(
                para("First."),
                new Block.Heading(2, List.of(new Inline.Text("A heading"))),
                new Block.BlockQuote(List.of(para("Quoted."))),
                new Block.ListBlock(true, 3, List.of(List.of(para("One.")), List.of(para("Two.")))),
                new Block.CodeBlock("int x = 1;"),
                new Block.Figure(image("a.png", "Not in the running text")),
                new Block.SectionBreak());
        assertEquals("First.\nA heading\nQuoted.\n\nOne.\nTwo.\n\nint x = 1;\n\n\n", Blocks.blockText(body));
    }

    @Test
    void plainTextKeepsTheWordsOfEveryInlineKind() {
        List<Inline> inlines = List.of(
                new Inline.Text("Plain "),
                new Inline.Emphasis(List.of(new Inline.Text("emphasised "))),
                new Inline.Strong(List.of(new Inline.Text("strong "), new Inline.Emphasis(List.of(new Inline.Text("both "))))),
                new Inline.Code("code() "),
                new Inline.Link("https://example.org/", List.of(new Inline.Strong(List.of(new Inline.Text("linked"))))),
                new Inline.LineBreak(),
                new Inline.Text("after the break"));
        assertEquals("Plain emphasised strong both code() linked\nafter the break", Blocks.plainText(inlines));
    }

    /** Tables read row by row, a tab between cells; notes by their text; a heading's title leaves its note numbers out. */
    @Test
    void tablesNotesAndTitlesAsText() {
        var t = new Inline.Text("x");
        Block.Table table = new Block.Table(List.of(Block.Table.ColumnAlign.NONE, Block.Table.ColumnAlign.RIGHT),
                List.of(List.of(new Inline.Text("Place")), List.of(new Inline.Text("Count"))),
                List.of(List.of(List.of(new Inline.Strikethrough(List.of(new Inline.Text("North")))),
                        List.of(new Inline.Text("12"), new Inline.NoteReference(1)))));
        Block.Notes notes = new Block.Notes(List.of(new Block.Note(1, List.of(para("The note."))),
                new Block.Note(2, List.of(new Block.Figure(image("n.png", "in a note"))))));
        assertEquals("Place\tCount\nNorth\t121\n\nThe note.\n\n\n", Blocks.blockText(List.of(table, notes)));
        List<String> found = new ArrayList<>();
        Blocks.collectFigures(List.of(table, notes), f -> found.add(f.image().src()));
        assertEquals(List.of("n.png"), found);
        List<Inline> heading = List.of(new Inline.Text("Results"), new Inline.NoteReference(2),
                new Inline.Emphasis(List.of(t, new Inline.NoteReference(3))));
        assertEquals("Resultsx", Blocks.titleText(heading));
        assertEquals("Results2x3", Blocks.plainText(heading));
    }
}
