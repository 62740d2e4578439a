package io.pressrun.pdf;

import io.pressrun.EditionText;
import io.pressrun.EpubOracles;
import io.pressrun.SourceEditions;
import io.pressrun.TestFiles;
import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.CodeLines;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Code never loses a character: a long line wraps after a space or punctuation (else anywhere)
 * with a continuation mark that is an artifact; and code, in blocks and spans, is never given
 * smart punctuation.
 */
class CodeWrapTest {
    private static final TextStyle MONO = new TextStyle("mono", false, false, 9, new Colour(0, 0, 0));
    private static final String LONG = "curl --silent --header \"Accept: text/plain\" https://example.org/a/very/long/path"
            + "/that/goes/on?and=on&until=it&has=to&wrap=somewhere -- 'done'";
    private static final String UNBROKEN = "x".repeat(150);

    private static SourceEditions built;

    @BeforeAll
    static void build(@TempDir Path dir) {
        built = SourceEditions.build(dir, TestFiles.FRONT + """

                Say "hi" with `echo "it's -- fine..."` and "bye".

                ```
                %s
                %s
                ```
                """.formatted(LONG, UNBROKEN));
    }

    @Test
    void aLongLineWrapsAfterASpaceWithTheMarkAsAnArtifactAndKeepsEveryCharacter() {
        List<Line> lines = CodeLines.set(TestFonts.fontSet(), LONG, MONO, 200);
        assertTrue(lines.size() >= 3, () -> lines.stream().map(Line::text).toList().toString());
        var joined = new StringBuilder(code(lines.get(0)));
        for (Line l : lines.subList(1, lines.size())) {
            assertEquals(1, l.label().spans());
            assertEquals(StructTag.ARTIFACT, l.label().tag());
            assertEquals(CodeLines.CONTINUATION, l.spans().get(0).span().text());
            assertTrue(l.spans().get(0).x() < 0, "the mark hangs left of the code");
            joined.append(code(l));
        }
        assertEquals(LONG, joined.toString());
        for (Line l : lines) {
            assertTrue(l.width() <= 200.01f, l::text);
        }
        String first = code(lines.get(0));
        assertTrue(first.endsWith(" ") || ",;:)]}>/|&=-.".indexOf(first.charAt(first.length() - 1)) >= 0, first);
    }

    @Test
    void aLineWithNowhereToBreakWrapsAnywhere() {
        List<Line> lines = CodeLines.set(TestFonts.fontSet(), UNBROKEN, MONO, 100);
        assertTrue(lines.size() > 1);
        assertEquals(UNBROKEN, lines.stream().map(CodeWrapTest::code).reduce("", String::concat));
    }

    private static String code(Line l) {
        int from = l.label() == null ? 0 : l.label().spans();
        var sb = new StringBuilder();
        l.spans().subList(from, l.spans().size()).forEach(s -> sb.append(s.span().text()));
        return sb.toString();
    }

    @Test
    void codeIsNeverGivenSmartPunctuation() throws IOException {
        Block.Paragraph p = (Block.Paragraph) built.article().body().get(0);
        assertEquals(new Inline.Code("echo \"it's -- fine...\""), p.content().get(1));
        assertEquals("Say “hi” with ", ((Inline.Text) p.content().get(0)).text());
        assertEquals(" and “bye”.", ((Inline.Text) p.content().get(2)).text());
        assertEquals(LONG + "\n" + UNBROKEN, ((Block.CodeBlock) built.article().body().get(1)).text());
        String pdf = EditionText.ofPdf(built.pdf());
        assertTrue(pdf.contains("echo \"it's -- fine...\""), pdf);
        assertTrue(built.articleXhtml().contains("<code>echo &quot;it&apos;s -- fine...&quot;</code>")
                || built.articleXhtml().contains("<code>echo \"it's -- fine...\"</code>"), built::articleXhtml);
    }

    @Test
    void pdfKeepsEveryCharacterOfTheCodeAndTagsOnlyTheCodeAsCode(@TempDir Path dir) throws IOException {
        String pdf = EditionText.ofPdf(built.pdf()).replace(CodeLines.CONTINUATION, "").replaceAll("\\s+", "");
        assertTrue(pdf.contains((LONG + UNBROKEN).replaceAll("\\s+", "")), pdf);
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            String code = PdfTagsTest.text(doc, PdfTagsTest.find(doc, "Code").get(0));
            assertFalse(code.contains(CodeLines.CONTINUATION), code);
            assertTrue(code.replaceAll("\\s+", "").contains(UNBROKEN), code);
        }
        PdfConformanceTest.assertConforms(built.pdf(), "wrapped code");
        EpubOracles.assertValid(TestFiles.write(dir, "code.epub", built.epub()), "code EPUB");
    }
}
