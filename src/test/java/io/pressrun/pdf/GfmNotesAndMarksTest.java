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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Footnotes, strikethrough, task lists and heading attribute lists, as GitHub writes them,
 * from the source to both editions.
 */
class GfmNotesAndMarksTest {
    private static final String SOURCE = """

            ## Where the money went {#money .wide}

            The council spent "more than planned"[^cost] on the quay, and ~~nothing~~ very little on the
            ferry[^ferry]. The cost[^cost] was debated.

            - [ ] publish the accounts
            - [x] repair the quay

            ### Next steps {.minor}

            Nothing more.

            [^ferry]: The ferry's budget is set by the *regional* authority, see the minutes.
            [^cost]: Including "contingencies" of 12 %.

                A second paragraph of the note.
            [^unused]: Never referred to.
            """;

    private static SourceEditions built;

    @BeforeAll
    static void build(@TempDir Path dir) {
        built = SourceEditions.build(dir, TestFiles.FRONT + SOURCE);
    }

    private static List<Block> body() {
        return built.article().body();
    }

    @Test
    void theReaderNumbersNotesByFirstReferenceAndGathersThemAtTheEnd() {
        assertTrue(built.warnings().isEmpty(), () -> "no warnings: " + built.warnings());
        Block.Notes notes = (Block.Notes) body().get(body().size() - 1);
        assertEquals(2, notes.notes().size(), "the unused note is left out");
        assertEquals(1, notes.notes().get(0).number());
        assertTrue(Blocks.blockText(notes.notes().get(0).content()).startsWith("Including “contingencies”"));
        assertEquals(2, notes.notes().get(0).content().size());
        assertTrue(Blocks.blockText(notes.notes().get(1).content()).startsWith("The ferry’s budget"));
        List<Integer> refs = new ArrayList<>();
        for (Inline i : ((Block.Paragraph) body().get(1)).content()) {
            if (i instanceof Inline.NoteReference r) {
                refs.add(r.number());
            }
        }
        assertEquals(List.of(1, 2, 1), refs);
        assertTrue(((Block.Paragraph) body().get(1)).content().stream().anyMatch(i -> i instanceof Inline.Strikethrough s
                && Blocks.plainText(s.content()).equals("nothing")));
        String para = Blocks.plainText(((Block.Paragraph) body().get(1)).content());
        assertTrue(para.startsWith("The council spent “more than planned”1 on"), para);
    }

    @Test
    void headingAttributesAreTakenOffAndTheIdKept() {
        Block.Heading h2 = (Block.Heading) body().get(0);
        assertEquals("Where the money went", Blocks.plainText(h2.content()));
        assertEquals("money", h2.id());
        Block.Heading h3 = (Block.Heading) body().get(3);
        assertEquals("Next steps", Blocks.plainText(h3.content()));
        assertEquals("", h3.id());
        assertTrue(built.articleXhtml().contains("<h2 id=\"money\">Where the money went</h2>"), built::articleXhtml);
        String pdf = text();
        assertFalse(pdf.contains("{") || pdf.contains(".wide") || pdf.contains(".minor"), pdf);
    }

    @Test
    void pdfHasANamedDestinationForAHeadingId() throws IOException {
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            var dests = doc.getDocumentCatalog().getNames().getDests();
            PDPageXYZDestination money = (PDPageXYZDestination) dests.getValue("money");
            assertEquals(0, doc.getPages().indexOf(money.getPage()));
            assertTrue(money.getTop() > 600, () -> "at the heading, near the top: " + money.getTop());
            assertTrue(dests.getValue("note-1") != null);
        }
    }

    @Test
    void taskListItemsStartWithABallotBoxInBothEditions() throws IOException {
        Block.ListBlock list = (Block.ListBlock) body().get(2);
        assertEquals("☐ publish the accounts", Blocks.blockText(list.items().get(0)).strip());
        assertEquals("☑ repair the quay", Blocks.blockText(list.items().get(1)).strip());
        assertTrue(text().contains("☐ publish the accounts"), text());
        assertTrue(text().contains("☑ repair the quay"), text());
        assertTrue(EditionText.ofEpub(built.epub()).contains("☑ repair the quay"));
    }

    @Test
    void struckTextIsDrawnStruckAndStaysText() {
        String dump = LayoutDump.of(SourceEditions.editions().layout(built.article()));
        String struck = dump.lines().filter(l -> l.endsWith(" struck"))
                .map(l -> l.replaceAll(".*\"(.*)\".*", "$1")).reduce("", String::concat);
        assertEquals("nothing", struck, dump);
        assertTrue(text().contains("nothing very little"), text());
        assertTrue(built.articleXhtml().contains("<del>nothing</del> very little"), built::articleXhtml);
    }

    @Test
    void pdfReferencesAreRaisedLinksToTheNotesTaggedAsNotes() throws IOException {
        String dump = LayoutDump.of(SourceEditions.editions().layout(built.article()));
        assertEquals(3, dump.lines().filter(l -> l.contains(" rise=") && l.contains("link=#note-")).count(), dump);
        assertTrue(dump.contains("H2 first-fit r=0.000 exp=0% hyph=no | Notes"), dump);
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            List<PDStructureElement> notes = PdfTagsTest.find(doc, "Note");
            assertEquals(List.of("note-1", "note-2"), notes.stream().map(PDStructureElement::getElementIdentifier).toList());
            PDStructureElement number = (PDStructureElement) notes.get(0).getKids().get(0);
            assertEquals("Link", number.getStructureType(), "a note's number links back to its reference");
            assertEquals("1.", PdfTagsTest.text(doc, number).strip());
            int inside = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionGoTo go) {
                        var target = (PDPageXYZDestination) go.getDestination();
                        assertTrue(target.getPage() != null && target.getTop() > 0);
                        inside++;
                    }
                }
            }
            assertEquals(5, inside, "three references to notes, two notes back to their first references");
        }
        PdfConformanceTest.assertConforms(built.pdf(), "notes");
    }

    @Test
    void epubHasNoteReferencesAndEndnotesWithBackLinks(@TempDir Path dir) throws IOException {
        String x = built.articleXhtml();
        assertTrue(x.contains("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn-1\" id=\"fnref-1\"><sup>1</sup></a>"), x);
        assertTrue(x.contains("<a epub:type=\"noteref\" role=\"doc-noteref\" href=\"#fn-1\"><sup>1</sup></a>"), x);
        assertTrue(x.contains("<section class=\"notes\" epub:type=\"endnotes\" role=\"doc-endnotes\""), x);
        assertTrue(x.contains("<li id=\"fn-2\" epub:type=\"endnote\">"), x);
        assertTrue(x.contains("href=\"#fnref-2\" role=\"doc-backlink\""), x);
        EpubOracles.assertValid(TestFiles.write(dir, "notes.epub", built.epub()), "notes EPUB");
    }

    @Test
    void everyWordOfTheNotesIsInBothEditions() throws IOException {
        String words = Blocks.blockText(body());
        TextFidelity.assertWordsInOrder(words, EditionText.ofPdf(built.pdf()), "PDF text");
        TextFidelity.assertWordsInOrder(words, EditionText.ofEpub(built.epub()), "EPUB text");
    }

    private static String text() {
        try {
            return EditionText.ofPdf(built.pdf()).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
