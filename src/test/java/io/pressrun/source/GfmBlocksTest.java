package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.pressrun.model.Block.Table.ColumnAlign.CENTRE;
import static io.pressrun.model.Block.Table.ColumnAlign.LEFT;
import static io.pressrun.model.Block.Table.ColumnAlign.NONE;
import static io.pressrun.model.Block.Table.ColumnAlign.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** GitHub's tables and task lists, as the model has them. */
class GfmBlocksTest {
    @TempDir
    Path dir;

    private List<Block> body(String markdown) {
        return ArticleReading.readBody(dir, "\n" + markdown).article().body();
    }

    private static List<String> texts(List<List<Inline>> cells) {
        return cells.stream().map(Blocks::plainText).toList();
    }

    @Test
    void aTableHasItsHeadItsRowsAndEachColumnsAlignment() {
        List<Block> body = body("""
                | Town | Rain | Sun | Note |
                | :--- | ---: | :-: | ---- |
                | Ayr | 1,200 | 1,400 | *wet* |
                | Dover | 700 | 1,700 | |
                """);
        Block.Table t = assertInstanceOf(Block.Table.class, body.get(0));
        assertEquals(List.of(LEFT, RIGHT, CENTRE, NONE), t.alignments());
        assertEquals(List.of("Town", "Rain", "Sun", "Note"), texts(t.header()));
        assertEquals(2, t.rows().size());
        assertEquals(List.of("Ayr", "1,200", "1,400", "wet"), texts(t.rows().get(0)));
        assertEquals(List.of("Dover", "700", "1,700", ""), texts(t.rows().get(1)));
        assertEquals(1, body.size());
    }

    @Test
    void aPictureInACellIsSetAfterTheTable() {
        TestFiles.write(dir, "p.png", TestFiles.png(4, 3));
        List<Block> body = body("""
                | Picture | Words |
                | --- | --- |
                | ![a small picture](p.png) | beside it |

                After.
                """);
        Block.Table t = assertInstanceOf(Block.Table.class, body.get(0));
        assertEquals(List.of("Picture", "Words"), texts(t.header()));
        assertEquals(1, t.rows().size());
        Block.Figure f = assertInstanceOf(Block.Figure.class, body.get(1));
        assertEquals("a small picture", f.image().alt());
        assertInstanceOf(Block.Paragraph.class, body.get(2));
    }

    @Test
    void aTaskListItemStartsWithItsBallotBox() {
        List<Block> body = body("""
                - [ ] buy bread
                - [x] post letters
                - [x]
                """);
        Block.ListBlock list = assertInstanceOf(Block.ListBlock.class, body.get(0));
        assertEquals(GfmBlocks.OPEN_TASK + " buy bread",
                Blocks.plainText(((Block.Paragraph) list.items().get(0).get(0)).content()));
        assertEquals(GfmBlocks.DONE_TASK + " post letters",
                Blocks.plainText(((Block.Paragraph) list.items().get(1).get(0)).content()));
        assertEquals("[x]", Blocks.plainText(((Block.Paragraph) list.items().get(2).get(0)).content()),
                "a box with nothing after it is text, as on GitHub");
    }
}
