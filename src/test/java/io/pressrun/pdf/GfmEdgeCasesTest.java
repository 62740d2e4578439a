package io.pressrun.pdf;

import io.pressrun.EditionText;
import io.pressrun.EpubOracles;
import io.pressrun.SourceEditions;
import io.pressrun.TestFiles;
import io.pressrun.TextFidelity;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Odd but valid GitHub Markdown gives valid editions that keep every word: a one-column table,
 * a table of thirty columns, a table with an empty header, a note that refers to itself and to
 * another, a note with a list and code, a reference inside a heading, strikethrough across
 * emphasis, a task item with nothing after its box.
 */
class GfmEdgeCasesTest {
    private static String source() {
        var wide = new StringBuilder("|");
        wide.append(" c |".repeat(30)).append("\n|").append("---|".repeat(30)).append("\n|");
        for (int c = 0; c < 30; c++) {
            wide.append(' ').append(c * 7).append(" |");
        }
        return TestFiles.FRONT + """

                ## Results[^self] {#results}

                | Only |
                |------|
                | one column |

                |   |   |
                |---|---|
                | no | header |

                %s

                Text with ~~struck *and emphasised* words~~ and a second[^other] note.

                - [ ]
                - [x] done

                [^self]: This note refers to itself[^self] and to another[^other].
                [^other]: A note with a list and code:

                    - first
                    - second

                    ```
                    code in a note
                    ```
                """.formatted(wide);
    }

    @Test
    void oddTablesAndNotesMakeValidEditionsThatKeepEveryWord(@TempDir Path dir) throws IOException {
        SourceEditions built = SourceEditions.build(dir, source());
        assertTrue(built.warnings().isEmpty(), () -> "no warnings: " + built.warnings());
        var body = built.article().body();
        Block.Notes notes = (Block.Notes) body.get(body.size() - 1);
        assertEquals(2, notes.notes().size());
        assertEquals(30, ((Block.Table) body.get(3)).columns());
        String words = Blocks.blockText(body);
        TextFidelity.assertWordsInOrder(words, EditionText.ofPdf(built.pdf()), "PDF text");
        TextFidelity.assertWordsInOrder(words, EditionText.ofEpub(built.epub()), "EPUB text");
        PdfConformanceTest.assertConforms(built.pdf(), "odd tables and notes");
        EpubOracles.assertValid(TestFiles.write(dir, "odd.epub", built.epub()), "odd tables and notes");
    }
}
