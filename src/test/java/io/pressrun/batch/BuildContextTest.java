package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.model.Article;
import io.pressrun.source.ArticleReader;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;

import static io.pressrun.TestFiles.FRONT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildContextTest {
    private static final Set<BuildContext.Format> BOTH = Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB);

    @TempDir
    Path dir;

    private static BuildContext context(Map<String, String> env) {
        return BuildContext.fromEnvironment(env, BOTH, Paper.A4, false, Templates.bundled());
    }

    private Article article(String front) {
        return new ArticleReader(BuildContext.defaults().templates(), BuildContext.defaults().limits()).read(TestFiles.write(dir, "a.md", front + "\nBody.\n")).article();
    }

    @Test
    void wantsTheFormatsItWasGiven() {
        var pdf = BuildContext.fromEnvironment(Map.of(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                Templates.bundled());
        assertTrue(pdf.wants(BuildContext.Format.PDF));
        assertFalse(pdf.wants(BuildContext.Format.EPUB));
        assertTrue(context(Map.of()).wants(BuildContext.Format.EPUB));
    }

    @Test
    void timestampIsSourceDateEpochElseUpdatedElseDate() {
        Article dated = article(FRONT);
        Article updated = article(FRONT.replace("date: 2024-05-01", "date: 2024-05-01\nupdated: 2024-06-02T10:00:00Z"));
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), context(Map.of()).timestampFor(dated));
        assertEquals(Instant.parse("2024-06-02T10:00:00Z"), context(Map.of()).timestampFor(updated));
        BuildContext epoch = context(Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), epoch.timestampFor(dated));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), epoch.timestampFor(updated));
    }

    @Test
    void sourceDateEpochIsTakenFromTheEnvironment() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1_700_000_000L)),
                BuildContext.sourceDateEpoch(Map.of("SOURCE_DATE_EPOCH", "1700000000")));
        assertEquals(Optional.empty(), BuildContext.sourceDateEpoch(Map.of("PATH", "/bin")));
    }

    @Test
    void theEpubsPageListIsNamedAfterThePaperOfThePdf() {
        Article a = article(FRONT);
        for (Paper paper : Paper.values()) {
            Editions editions = new Editions(BuildContext.defaults(paper, Templates.bundled()));
            assertEquals(paper == Paper.LETTER ? "Letter" : "A4", Editions.pageList(paper, editions.layout(a)).paper());
        }
    }

    @Test
    void badSourceDateEpochIsBadUsage() {
        var e = assertThrows(IllegalArgumentException.class, () -> context(Map.of("SOURCE_DATE_EPOCH", "yesterday")));
        assertTrue(e.getMessage().startsWith("SOURCE_DATE_EPOCH must be whole seconds"), e.getMessage());
    }

    @Test
    void sourceDateEpochReachesBothEditionsAndOutputStaysReproducible() throws IOException {
        Article a = article(FRONT);
        BuildContext epoch = context(Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        byte[] epub1 = epub(epoch, a);
        assertArrayEquals(epub1, epub(context(Map.of("SOURCE_DATE_EPOCH", "1700000000")), a));
        assertTrue(opf(epub1).contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"), opf(epub1));
        assertFalse(opf(epub(context(Map.of()), a)).contains("2023-11-14T22:13:20Z"));
        byte[] pdf1 = pdf(epoch, a);
        assertArrayEquals(pdf1, pdf(context(Map.of("SOURCE_DATE_EPOCH", "1700000000")), a));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf1)) {
            assertEquals(Instant.ofEpochSecond(1_700_000_000L), doc.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(Instant.ofEpochSecond(1_700_000_000L), doc.getDocumentInformation().getModificationDate().toInstant());
        }
    }

    private static byte[] epub(BuildContext ctx, Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(ctx).writeEpub(a, out);
        return out.toByteArray();
    }

    private static byte[] pdf(BuildContext ctx, Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(ctx).writePdf(a, out);
        return out.toByteArray();
    }

    private static String opf(byte[] epub) throws IOException {
        try (var zip = new ZipInputStream(new java.io.ByteArrayInputStream(epub))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".opf")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no package document");
    }
}
