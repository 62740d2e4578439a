package io.pressrun;

import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Editions;
import io.pressrun.model.Article;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.ArticleReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An article source written into a folder (with its images), read as a build reads it, and
 * both its editions, for tests that follow something from the source to what readers get.
 */
public record SourceEditions(Article article, List<Diagnostic> warnings, byte[] pdf, byte[] epub) {
    public static final BuildContext CTX = BuildContext.defaults();
    private static final Editions EDITIONS = new Editions(CTX);

    /** Writes {@code article.md} and the files beside it into {@code dir}, reads it and makes both editions. */
    public static SourceEditions build(Path dir, String source, Map<String, byte[]> files) {
        files.forEach((name, bytes) -> TestFiles.write(dir, name, bytes));
        Path file = TestFiles.write(dir, "article.md", source);
        ArticleReader.Result read = new ArticleReader(CTX.templates(), CTX.limits()).read(file);
        try {
            var pdf = new ByteArrayOutputStream();
            EDITIONS.writePdf(read.article(), pdf);
            var epub = new ByteArrayOutputStream();
            EDITIONS.writeEpub(read.article(), epub);
            return new SourceEditions(read.article(), read.warnings(), pdf.toByteArray(), epub.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The editions maker the builds use (for the layout of an article read here). */
    public static Editions editions() {
        return EDITIONS;
    }

    public static SourceEditions build(Path dir, String source) {
        return build(dir, source, Map.of());
    }

    /** The EPUB's entries by name, in archive order. */
    public Map<String, byte[]> epubEntries() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (var zin = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                m.put(e.getName(), zin.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The EPUB's article page as text. */
    public String articleXhtml() {
        return new String(epubEntries().get("OEBPS/article.xhtml"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
