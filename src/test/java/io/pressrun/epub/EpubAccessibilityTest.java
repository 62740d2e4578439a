package io.pressrun.epub;

import io.pressrun.EpubOracles;
import io.pressrun.SampleArticles;
import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Editions;
import io.pressrun.model.Article;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The package's accessibility metadata says what is true of each book: features, access modes,
 * a summary in the article's language, and the conformance claim only where it holds.
 */
class EpubAccessibilityTest {

    static String file(byte[] epub, String name) throws IOException {
        return new String(EpubWriterTest.entries(epub).get(name), StandardCharsets.UTF_8);
    }

    static List<String> meta(String opf, String property) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\">([^<]*)</meta>").matcher(opf);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    static byte[] build(Article a, BuildContext ctx) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(ctx).writeEpub(a, out);
        return out.toByteArray();
    }

    @Test
    void aBookWhoseImagesAreAllDescribedClaimsConformance() throws IOException {
        String opf = file(build(EpubSamples.full(), BuildContext.defaults()), "OEBPS/package.opf");
        assertEquals(List.of("textual", "visual"), meta(opf, "schema:accessMode"));
        assertEquals(List.of("textual", "textual,visual"), meta(opf, "schema:accessModeSufficient"));
        assertEquals(List.of("readingOrder", "structuralNavigation", "tableOfContents", "displayTransformability",
                "alternativeText", "pageNavigation", "printPageNumbers"), meta(opf, "schema:accessibilityFeature"));
        assertEquals(List.of("none"), meta(opf, "schema:accessibilityHazard"));
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), meta(opf, "dcterms:conformsTo"));
        assertEquals(List.of("Pressrun"), meta(opf, "a11y:certifiedBy"));
        assertEquals(List.of("PDF edition (A4)"), meta(opf, "pageBreakSource"));
        String summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertTrue(summary.contains("Every image has a text description."), summary);
        assertTrue(summary.contains("page numbers of the PDF edition (A4)"), summary);
        assertTrue(summary.contains("meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA"), summary);
    }

    @Test
    void imagesWithoutAltTextTakeAwayTheClaimAndTheFeature() throws IOException {
        String opf = file(build(SampleArticles.withoutAltText(SampleArticles.sample()), BuildContext.defaults()), "OEBPS/package.opf");
        assertFalse(meta(opf, "schema:accessibilityFeature").contains("alternativeText"), opf);
        assertEquals(List.of("textual,visual"), meta(opf, "schema:accessModeSufficient"));
        assertEquals(List.of(), meta(opf, "dcterms:conformsTo"));
        assertEquals(List.of(), meta(opf, "a11y:certifiedBy"));
        String summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertTrue(summary.contains("Some images have no text description"), summary);
        assertFalse(summary.contains("WCAG"), summary);
    }

    @Test
    void theSummaryIsInTheArticlesLanguageAndNamesThePaper() throws IOException {
        BuildContext letter = BuildContext.defaults(Paper.LETTER, Templates.bundled());
        String opf = file(build(EpubSamples.minimal(), letter), "OEBPS/package.opf");
        String summary = meta(opf, "schema:accessibilitySummary").get(0);
        assertTrue(summary.startsWith("Der Artikel ist Text in Lesereihenfolge"), summary);
        assertTrue(summary.contains("der PDF-Ausgabe (Letter)"), summary);
        assertEquals(List.of("PDF-Ausgabe (Letter)"), meta(opf, "pageBreakSource"));
    }

    @Test
    void withoutPagesThereIsNoPageListNorItsFeatures() throws IOException {
        var out = new ByteArrayOutputStream();
        EpubSamples.writer().write(EpubSamples.full(), Instant.EPOCH, out);
        String opf = file(out.toByteArray(), "OEBPS/package.opf");
        assertFalse(meta(opf, "schema:accessibilityFeature").contains("pageNavigation"), opf);
        assertFalse(meta(opf, "schema:accessibilityFeature").contains("printPageNumbers"), opf);
        assertEquals(List.of(), meta(opf, "pageBreakSource"));
        assertFalse(file(out.toByteArray(), "OEBPS/nav.xhtml").contains("page-list"));
        assertFalse(file(out.toByteArray(), "OEBPS/article.xhtml").contains("pagebreak"));
    }

    @Test
    void theNavigationHasItsRoles() throws IOException {
        String nav = file(build(EpubSamples.full(), BuildContext.defaults()), "OEBPS/nav.xhtml");
        assertTrue(nav.contains("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">"), nav);
        assertTrue(nav.contains("<nav epub:type=\"page-list\" id=\"page-list\" role=\"doc-pagelist\" hidden=\"hidden\">"),
                nav);
    }

    static String bundled(String name) throws IOException {
        try (InputStream in = EpubAccessibilityTest.class.getResourceAsStream("/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The claim rests on the bundled XHTML templates and style sheet: a user's own voids it. */
    @Test
    void aUsersOwnArticleTemplateMakesNoClaim(@TempDir Path dir) throws IOException {
        TestFiles.write(dir, "epub/article.xhtml.ftl", bundled("epub/article.xhtml.ftl"));
        byte[] epub = build(EpubSamples.full(), BuildContext.defaults(Paper.A4, Templates.withOverrides(dir)));
        String opf = file(epub, "OEBPS/package.opf");
        assertEquals(List.of(), meta(opf, "dcterms:conformsTo"));
        assertTrue(meta(opf, "schema:accessibilityFeature").contains("pageNavigation"), "the markers are there");
    }

    /** A user's template that writes no page markers gets no page list, rather than links to nowhere. */
    @Test
    @Tag("slow") // puts a whole edition to EPUBCheck and Ace
    void aTemplateWithoutMarkersGetsNoPageList(@TempDir Path dir) throws IOException {
        String template = bundled("epub/article.xhtml.ftl").replace(
                "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"${p.id}\" aria-label=\"${p.label}\"></span>",
                "");
        assertFalse(template.contains("doc-pagebreak"));
        TestFiles.write(dir, "epub/article.xhtml.ftl", template);
        byte[] epub = build(EpubSamples.full(), BuildContext.defaults(Paper.A4, Templates.withOverrides(dir)));
        assertFalse(file(epub, "OEBPS/nav.xhtml").contains("page-list"));
        assertEquals(List.of(), meta(file(epub, "OEBPS/package.opf"), "pageBreakSource"));
        Path f = Files.write(dir.resolve("user.epub"), epub);
        EpubOracles.assertValid(f, f.getFileName().toString());
    }
}
