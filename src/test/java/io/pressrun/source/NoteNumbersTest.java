package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Footnotes as GitHub numbers them: by first reference, unreferenced definitions left out. */
class NoteNumbersTest {
    private static final BuildContext CTX = BuildContext.defaults();

    @TempDir
    Path dir;

    private List<Block> body(String markdown) {
        return new ArticleReader(CTX.templates(), CTX.limits()).read(TestFiles.write(dir, "a.md", FRONT + markdown))
                .article().body();
    }

    private static List<Integer> references(Block.Paragraph p) {
        return p.content().stream().filter(i -> i instanceof Inline.NoteReference)
                .map(i -> ((Inline.NoteReference) i).number()).toList();
    }

    private static String noteText(Block.Note note) {
        return note.content().stream().map(b -> b instanceof Block.Paragraph p ? Blocks.plainText(p.content()) : "?")
                .reduce((x, y) -> x + " | " + y).orElse("");
    }

    @Test
    void notesAreNumberedByTheirFirstReferenceAndSetInThatOrder() {
        List<Block> b = body("""

                First[^late] then[^early] and the first again[^LATE].

                [^early]: Defined first, referred to second.

                [^unused]: Referred to by nobody.

                [^late]: Defined last, referred to first.
                """);
        assertEquals(List.of(1, 2, 1), references((Block.Paragraph) b.get(0)), "a label's case does not matter");
        Block.Notes notes = (Block.Notes) b.get(b.size() - 1);
        assertEquals(List.of(1, 2), notes.notes().stream().map(Block.Note::number).toList());
        assertEquals(List.of("Defined last, referred to first.", "Defined first, referred to second."),
                notes.notes().stream().map(NoteNumbersTest::noteText).toList(), "an unreferenced note is left out");
    }

    @Test
    void aDefinitionInsideAQuoteOrAListIsFoundAndTheFirstOfALabelWins() {
        List<Block> b = body("""

                One[^q] and two[^l].

                > Quoted.
                >
                > [^q]: Defined in a quote.

                - An item

                  [^l]: Defined in a list item.

                [^q]: A second definition of q.
                """);
        Block.Notes notes = (Block.Notes) b.get(b.size() - 1);
        assertEquals(List.of("Defined in a quote.", "Defined in a list item."),
                notes.notes().stream().map(NoteNumbersTest::noteText).toList());
    }
}
