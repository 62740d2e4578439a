package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.InputLimits;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a batch learns from the article builder it is given, and the editions it makes for each set of formats. */
class ArticleBuildTest {
    @TempDir
    Path dir;

    @Test
    void saysWhetherItsMessagesCarryTheStackTrace() {
        assertTrue(new ArticleBuild(BuildContext.defaults(), true).debug());
        assertFalse(new ArticleBuild(BuildContext.defaults(), false).debug());
    }

    private ArticleBuild.Outcome build(Set<BuildContext.Format> formats) {
        Path source = TestFiles.write(dir, "harbour.md", TestFiles.FRONT + "\nThe quay was quiet again.\n");
        var ctx = BuildContext.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1700000000"), formats, Paper.A4, false,
                Templates.bundled());
        return new ArticleBuild(ctx, false).build(source, reader -> reader.read(source));
    }

    private static void assertPdf(ArticleBuild.Edition e) {
        assertEquals(BuildContext.Format.PDF, e.format());
        assertEquals("harbour.pdf", e.fileName());
        assertEquals("%PDF-", new String(e.bytes(), 0, 5, StandardCharsets.US_ASCII));
    }

    private static void assertEpub(ArticleBuild.Edition e) {
        assertEquals(BuildContext.Format.EPUB, e.format());
        assertEquals("harbour.epub", e.fileName());
        // a zip whose first entry is the stored mimetype
        assertEquals("PK", new String(e.bytes(), 0, 2, StandardCharsets.US_ASCII));
        assertEquals("mimetypeapplication/epub+zip", new String(Arrays.copyOfRange(e.bytes(), 30, 58),
                StandardCharsets.US_ASCII));
    }

    @Test
    void eachFormatAskedForIsMadeInTheOrderPdfThenEpub() {
        ArticleBuild.Outcome both = build(Set.of(BuildContext.Format.EPUB, BuildContext.Format.PDF));
        assertEquals(ArticleResult.Status.BUILT, both.status());
        assertEquals("harbour", both.slug());
        assertEquals(2, both.editions().size());
        assertPdf(both.editions().get(0));
        assertEpub(both.editions().get(1));

        List<ArticleBuild.Edition> pdf = build(Set.of(BuildContext.Format.PDF)).editions();
        assertEquals(1, pdf.size());
        assertPdf(pdf.get(0));
        assertArrayEquals(both.editions().get(0).bytes(), pdf.get(0).bytes());
    }

    /** Under --strict a warning is an error, marked so, and the article is not built; without it, a warning is passed on. */
    @Test
    void underStrictAWarningFailsTheArticle() {
        Path source = TestFiles.write(dir, "colour.md", TestFiles.FRONT.replace("title:", "colour: red\ntitle:")
                + "\nText.\n");
        var strict = new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, true,
                InputLimits.DEFAULT, Templates.bundled(), Theme.load(Templates.bundled()));
        ArticleBuild.Outcome refused = new ArticleBuild(strict, false).build(source, reader -> reader.read(source));
        assertEquals(ArticleResult.Status.FAILED, refused.status());
        assertEquals(List.of(), refused.editions());
        assertEquals(1, refused.diagnostics().size(), refused.diagnostics().toString());
        Diagnostic error = refused.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, error.severity());
        assertEquals(source, error.file());
        assertTrue(error.message().endsWith(" (--strict)") && error.message().contains("colour"), error.message());
    }

    @Test
    void anEpubAloneIsTheEpubMadeBesideThePdf() {
        // alone, the article is typeset all the same, for the EPUB's page markers of the PDF edition
        List<ArticleBuild.Edition> epub = build(Set.of(BuildContext.Format.EPUB)).editions();
        assertEquals(1, epub.size());
        assertEpub(epub.get(0));
        byte[] beside = build(Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB)).editions().get(1).bytes();
        assertArrayEquals(beside, epub.get(0).bytes());
    }
}
