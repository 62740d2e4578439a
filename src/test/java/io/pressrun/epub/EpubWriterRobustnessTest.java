package io.pressrun.epub;

import io.pressrun.batch.Editions;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EpubWriterRobustnessTest {

    private static BuildContext withTemplates(Path dir) {
        Templates t = Templates.withOverrides(dir);
        BuildContext d = BuildContext.defaults();
        return new BuildContext(Optional.empty(), d.formats(), d.paper(), false, d.limits(), t, Theme.load(t));
    }

    @Test
    void aTemplateThatBreaksTheXmlFailsTheWriteAndWritesNothing(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("epub"));
        Files.writeString(dir.resolve("epub/nav.xhtml.ftl"), "<#ftl output_format=\"XML\">\n<html><body>${title}</html>\n",
                StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        IOException e = assertThrows(IOException.class,
                () -> new Editions(withTemplates(dir)).writeEpub(EpubSamples.full(), out));
        assertTrue(e.getMessage().contains("nav.xhtml"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void aTemplateErrorFailsTheWrite(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("epub"));
        Files.writeString(dir.resolve("epub/toc.ncx.ftl"), "${noSuchValue}", StandardCharsets.UTF_8);
        assertThrows(IOException.class,
                () -> new Editions(withTemplates(dir)).writeEpub(EpubSamples.full(), new ByteArrayOutputStream()));
    }

    @Test
    void sourceDateEpochSetsTheTimestamp() throws IOException {
        BuildContext d = BuildContext.defaults();
        var ctx = new BuildContext(Optional.of(java.time.Instant.ofEpochSecond(1_700_000_000L)), d.formats(),
                d.paper(), false, d.limits(), d.templates(), d.theme());
        var out = new ByteArrayOutputStream();
        new Editions(ctx).writeEpub(EpubSamples.minimal(), out);
        String opf = new String(EpubWriterTest.entries(out.toByteArray()).get("OEBPS/package.opf"),
                StandardCharsets.UTF_8);
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"), opf);
    }

    @Test
    void charactersXmlCannotCarryAreDropped() throws IOException {
        Article a = EpubSamples.full();
        Article withControls = new Article(a.source(), a.slug(), a.identifier(), a.language(),
                "Bell\u0007 and \uD800 lone surrogate", a.subtitle(), a.authors(), a.date(), a.updated(),
                a.publisher(), a.rights(), a.summary(), a.tags(), a.leadImage(), a.body(), a.wordCount());
        var out = new ByteArrayOutputStream();
        new Editions(BuildContext.defaults()).writeEpub(withControls, out);
        String xhtml = new String(EpubWriterTest.entries(out.toByteArray()).get("OEBPS/article.xhtml"),
                StandardCharsets.UTF_8);
        assertTrue(xhtml.contains("<h1 class=\"title\">Bell and  lone surrogate</h1>"), xhtml);
    }

    @Test
    @Tag("slow") // fourteen whole editions on four threads
    void concurrentWritesGiveTheSameBytes() throws Exception {
        var writer = new Editions(BuildContext.defaults());
        List<Article> articles = List.of(EpubSamples.full(), EpubSamples.minimal());
        List<byte[]> expected = new ArrayList<>();
        for (Article a : articles) {
            var out = new ByteArrayOutputStream();
            writer.writeEpub(a, out);
            expected.add(out.toByteArray());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Article a = articles.get(i % 2);
                results.add(pool.submit(() -> {
                    var out = new ByteArrayOutputStream();
                    writer.writeEpub(a, out);
                    return out.toByteArray();
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertArrayEquals(expected.get(i % 2), results.get(i).get(), "write " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
