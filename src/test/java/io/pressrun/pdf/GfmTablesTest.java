package io.pressrun.pdf;

import io.pressrun.EditionText;
import io.pressrun.EpubOracles;
import io.pressrun.SourceEditions;
import io.pressrun.TestFiles;
import io.pressrun.TextFidelity;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Inline;
import io.pressrun.typeset.LayoutDump;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GitHub tables reach both editions as tables: in the PDF set in columns and tagged
 * Table/TR/TH/TD (TH with its scope), with the header row again on each page a long table
 * continues on, a wide table set smaller, and no word lost; in the EPUB a {@code <table>} with
 * a head of {@code <th scope="col">}.
 */
class GfmTablesTest {
    private static final String SMALL = """
            Before the table.

            | Country | Capital | Population (m) |
            |:--------|:-------:|---------------:|
            | France | Paris | 68.2 |
            | Germany | Berlin with a **long** name that wraps in its cell over several lines of the column | 84.4 |
            | Empty |  | 1 |

            After the table.

            - A list item with a table:

              | Item | Note[^n] |
              |---|---|
              | [a link](https://example.org/) | ~~old~~ new |

            > | Quoted | table |
            > |---|---|
            > | in | a quote |

            [^n]: A note referred to from a table's header.
            """;

    private static SourceEditions small;
    private static SourceEditions big;
    private static SourceEditions wide;

    @BeforeAll
    static void build(@TempDir Path dir) {
        small = SourceEditions.build(dir.resolve("small"), TestFiles.FRONT + SMALL);
        big = SourceEditions.build(dir.resolve("big"), TestFiles.FRONT + longTable(120));
        wide = SourceEditions.build(dir.resolve("wide"), TestFiles.FRONT + wideTable());
    }

    static String longTable(int rows) {
        var sb = new StringBuilder("Results by district.\n\n| District | Turnout | Winner |\n|---|--:|---|\n");
        for (int i = 1; i <= rows; i++) {
            sb.append("| District number ").append(i).append(" | ").append(40 + i % 50).append(" % | Candidate ")
                    .append((char) ('A' + i % 26)).append("lpha |\n");
        }
        return sb.append("\nThe end.\n").toString();
    }

    static String wideTable() {
        var sb = new StringBuilder("|");
        for (int c = 0; c < 9; c++) {
            sb.append(" Heading").append(c).append("Supercalifragilistic |");
        }
        sb.append("\n|").append("---|".repeat(9)).append("\n|");
        for (int c = 0; c < 9; c++) {
            sb.append(" Value").append(c).append("Extraordinarilylongword |");
        }
        return sb.append('\n').toString();
    }

    @Test
    void theReaderMakesATableBlockWithHeaderRowsAndAlignments() {
        assertTrue(small.warnings().isEmpty(), () -> "no warnings: " + small.warnings());
        Block.Table t = (Block.Table) small.article().body().get(1);
        assertEquals(List.of(Block.Table.ColumnAlign.LEFT, Block.Table.ColumnAlign.CENTRE,
                Block.Table.ColumnAlign.RIGHT), t.alignments());
        assertEquals("Country", Blocks.plainText(t.header().get(0)));
        assertEquals(3, t.rows().size());
        assertTrue(t.rows().get(1).get(1).stream().anyMatch(i -> i instanceof Inline.Strong));
        assertEquals(List.of(), t.rows().get(2).get(1));
        assertEquals("After the table.", Blocks.plainText(((Block.Paragraph) small.article().body().get(2)).content()));
    }

    @Test
    void everyWordOfTheTableIsInBothEditions() throws IOException {
        for (SourceEditions e : List.of(small, big, wide)) {
            String words = Blocks.blockText(e.article().body());
            // the wide table's words are cut to fit its columns, and read whole all the same
            TextFidelity.assertWordsInOrder(words, EditionText.ofPdf(e.pdf()), "PDF text");
            TextFidelity.assertWordsInOrder(words, EditionText.ofEpub(e.epub()), "EPUB text");
        }
    }

    @Test
    void pdfTagsTheTableWithRowsHeaderCellsInScopeAndDataCells() throws IOException {
        try (PDDocument doc = Loader.loadPDF(small.pdf())) {
            List<PDStructureElement> tables = PdfTagsTest.find(doc, "Table");
            assertEquals(3, tables.size());
            assertEquals("LBody", ((PDStructureElement) tables.get(1).getParent()).getStructureType());
            assertEquals("BlockQuote", ((PDStructureElement) tables.get(2).getParent()).getStructureType());
            List<String> rows = new ArrayList<>();
            for (Object k : tables.get(0).getKids()) {
                PDStructureElement tr = (PDStructureElement) k;
                var cells = new StringBuilder();
                for (Object c : tr.getKids()) {
                    cells.append(((PDStructureElement) c).getStructureType()).append(' ');
                }
                rows.add(tr.getStructureType() + ": " + cells.toString().strip());
            }
            assertEquals(List.of("TR: TH TH TH", "TR: TD TD TD", "TR: TD TD TD", "TR: TD TD TD"), rows);
            for (PDStructureElement th : PdfTagsTest.find(doc, "TH")) {
                PDAttributeObject a = th.getAttributes().getObject(0);
                assertEquals(PDTableAttributeObject.SCOPE_COLUMN, ((PDTableAttributeObject) a).getScope());
            }
            assertEquals("Germany", PdfTagsTest.text(doc, PdfTagsTest.find(doc, "TD").get(3)).strip());
        }
    }

    @Test
    void cellsWrapInTheirColumnAndTheTableStaysInTheMeasure() {
        String dump = LayoutDump.of(SourceEditions.editions().layout(small.article()));
        List<String> berlin = lines(dump, "Table/TR/TD", "Berlin|long|column");
        assertTrue(berlin.size() >= 2, () -> "the long cell wraps:\n" + dump);
        float left = Float.MAX_VALUE;
        float right = 0;
        for (String rule : dump.lines().filter(l -> l.contains(" rule ")).toList()) {
            float[] xw = xAndWidth(rule);
            left = Math.min(left, xw[0]);
            right = Math.max(right, xw[0] + xw[1]);
        }
        for (String row : lines(dump, "Table/TR/T[HD]", ".")) {
            float[] xw = xAndWidth(row);
            assertTrue(xw[0] >= left && xw[0] + xw[1] <= right + 0.01f, () -> row + " within the rules of the measure");
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEachPageAsAnArtifact() throws IOException {
        String dump = LayoutDump.of(SourceEditions.editions().layout(big.article()));
        int pages = Integer.parseInt(dump.replaceAll("(?s)^layout \\S+ pages=(\\d+).*", "$1"));
        assertTrue(pages >= 3, dump);
        for (int p = 2; p < pages; p++) {
            String page = "p" + p + " ";
            List<String> first = dump.lines().filter(l -> l.startsWith(page + "line"))
                    .filter(l -> !l.contains("| A test article")).limit(1).toList();
            assertTrue(first.get(0).contains("Artifact") && first.get(0).endsWith("| District"),
                    () -> "page " + page + " starts with the header again: " + first);
        }
        try (PDDocument doc = Loader.loadPDF(big.pdf())) {
            assertEquals(1, PdfTagsTest.find(doc, "TH").size() / 3, "the header is tagged once");
            assertEquals(121, PdfTagsTest.find(doc, "TR").size());
        }
    }

    @Test
    void aTableTooWideForTheMeasureIsSetSmallerAndLosesNothing() throws IOException {
        String dump = LayoutDump.of(SourceEditions.editions().layout(wide.article()));
        List<String> spans = dump.lines().filter(l -> l.contains("span") && l.contains("Value")).toList();
        assertTrue(!spans.isEmpty());
        for (String s : spans) {
            assertTrue(s.contains(" 6.00 "), () -> "set at the smallest size: " + s);
        }
        try (PDDocument doc = Loader.loadPDF(wide.pdf())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            for (int c = 0; c < 9; c++) {
                assertTrue(text.contains("Value" + c + "Extraordinarilylongword"), text);
            }
        }
    }

    private static float[] xAndWidth(String row) {
        Matcher m = Pattern.compile("x=([0-9.]+) y=[0-9.]+ w=([0-9.]+)").matcher(row);
        assertTrue(m.find(), row);
        return new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2))};
    }

    private static List<String> lines(String dump, String tag, String words) {
        Pattern p = Pattern.compile(words);
        return dump.lines().filter(l -> l.matches("p\\d+ line .* " + tag + " .*") && p.matcher(l).find()).toList();
    }

    @Test
    @Tag("oracle")
    void pdfConformsToPdfUaAndPdfA() {
        for (SourceEditions e : List.of(small, big, wide)) {
            PdfConformanceTest.assertConforms(e.pdf(), "table");
        }
    }

    @Test
    void epubHasATableWithAHeadOfColumnHeadersAndIsValid(@TempDir Path dir) throws IOException {
        String xhtml = small.articleXhtml();
        assertTrue(xhtml.contains("<thead>\n<tr>\n<th scope=\"col\" class=\"align-left\">Country</th>"), xhtml);
        assertTrue(xhtml.contains("<td class=\"align-right\">68.2</td>"), xhtml);
        assertTrue(xhtml.contains("<td class=\"align-centre\"></td>"), xhtml);
        for (SourceEditions e : List.of(small, big)) {
            EpubOracles.assertValid(TestFiles.write(dir, "t" + e.hashCode() + ".epub", e.epub()), "table EPUB");
        }
    }
}
