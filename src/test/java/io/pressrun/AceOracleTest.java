package io.pressrun;

import io.pressrun.batch.BuildContext;
import io.pressrun.batch.Editions;
import io.pressrun.epub.EpubSamples;
import io.pressrun.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ace by DAISY finds no accessibility violation, of any impact, in the bundled example's EPUB nor
 * in EPUBs that exercise every template: every kind of block, one and several pages, German
 * labels, no images, images without alt text. And it does find them in a deliberately broken EPUB.
 */
class AceOracleTest {
    private static final BuildContext CTX = BuildContext.defaults();

    @BeforeAll
    static void aceIsInstalled() {
        AceOracle.require();
    }

    static byte[] epub(Article a) throws IOException {
        var out = new ByteArrayOutputStream();
        new Editions(CTX).writeEpub(a, out);
        return out.toByteArray();
    }

    static List<Article> samples() {
        return List.of(EpubSamples.full(), EpubSamples.minimal(), SampleArticles.sample(),
                SampleArticles.longSample(), SampleArticles.withoutAltText(SampleArticles.sample()));
    }

    @Test
    void theExampleHasNoViolation() throws IOException {
        AceOracle.Result r = AceOracle.check(ExampleBuild.epub());
        assertTrue(r.clean(), r::describe);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleEpubsHaveNoViolation(Article a, @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve(a.slug() + ".epub"), epub(a));
        AceOracle.Result r = AceOracle.check(file);
        assertTrue(r.clean(), r::describe);
    }

    /** Without alt text and without a language, Ace reports violations: the oracle can say no. */
    @Test
    void reportsABrokenEpub(@TempDir Path dir) throws IOException {
        byte[] bad = rewriteXhtml(epub(EpubSamples.full()), xhtml -> xhtml
                .replaceAll(" alt=\"[^\"]*\"", "")
                .replace(" xml:lang=\"en\" lang=\"en\"", ""));
        Path file = Files.write(dir.resolve("bad.epub"), bad);
        AceOracle.Result r = AceOracle.check(file);
        assertFalse(r.clean(), r::describe);
        assertTrue(r.violations().stream().anyMatch(v -> v.rule().equals("image-alt") && v.impact().equals("critical")),
                r::describe);
        assertTrue(r.violations().stream().anyMatch(v -> v.rule().equals("html-has-lang")), r::describe);
    }

    /**
     * A file Ace cannot open is an error naming it, not an empty report; and the same Ace process
     * goes on to check the next file (one process serves the whole run, {@link AceServer}).
     */
    @Test
    void aFileAceCannotOpenIsAnErrorAndTheNextFileIsStillChecked(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("missing.epub");
        IOException e = assertThrows(IOException.class, () -> AceOracle.check(missing));
        assertTrue(e.getMessage().contains("missing.epub"), e.getMessage());
        Path file = Files.write(dir.resolve("minimal.epub"), epub(EpubSamples.minimal()));
        assertTrue(AceOracle.check(file).clean());
    }

    private static byte[] rewriteXhtml(byte[] epub, java.util.function.UnaryOperator<String> change)
            throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zin = new ZipInputStream(new ByteArrayInputStream(epub)); var zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] data = zin.readAllBytes();
                if (e.getName().endsWith(".xhtml")) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getName().equals("mimetype")) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    var crc = new java.util.zip.CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                zout.putNextEntry(copy);
                zout.write(data);
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
