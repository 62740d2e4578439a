package io.pressrun;

import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.Batch;
import io.pressrun.batch.BuildContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SVG figures: the PDF draws them as vector graphics (a form XObject of paths, no image of
 * pixels) tagged as figures with their alt text; the EPUB carries the SVG file itself, made
 * safe; both editions pass their checkers; a hostile SVG keeps its drawing and loses its
 * scripts, handlers and outside references; a broken one fails the article on its line.
 */
class SvgPicturesTest {
    private static final String CHART = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- made by hand -->
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="400" height="200">
              <defs><linearGradient id="g:1=="><stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#1d3557"/></linearGradient></defs>
              <g id="bars"><rect x="10" y="40" width="30" height="50" fill="url(#g:1==)" fill-opacity="0.8"/></g>
              <g id="bars"><rect x="110" y="30" width="30" height="60" fill="#2a6f97"/></g>
              <rect x="60" y="20" width="30" height="70" fill="#c44536"/>
              <path d="M 10 95 L 190 95" stroke="#000" stroke-width="1"/>
              <text x="100" y="15" font-family="sans-serif" font-size="10">Rainfall</text>
            </svg>
            """;
    private static final String HOSTILE = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:ink="http://example.org/ns" width="120" height="60" onload="alert(1)" ink:version="1">
              <script>alert('script')</script>
              <style>@import url(https://tracker.example/a.css);</style>
              <foreignObject width="50" height="50"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
              <image xlink:href="https://tracker.example/pixel.png" width="1" height="1"/>
              <use href="other.svg#shape"/>
              <a href="javascript:alert(2)"><circle cx="30" cy="30" r="20" fill="#3a7d44" onclick="alert(3)"/></a>
              <rect x="60" y="10" width="40" height="40" style="fill:url(https://tracker.example/p)" fill="#333"/>
              <set attributeName="href" to="javascript:alert(4)"/>
            </svg>
            """;

    @Test
    void svgFiguresAreVectorsInThePdfAndSafeFilesInTheEpub(@TempDir Path dir) throws IOException {
        TestFiles.write(dir, "chart.svg", CHART);
        TestFiles.write(dir, "hostile.svg", HOSTILE);
        Path article = TestFiles.write(dir, "rain.md", """
                ---
                title: "Rain in the hills"
                date: 2024-05-02
                authors: [Sam Lindqvist]
                ---

                The hills had more rain than the valley.

                ![Bar chart: the hills had more rain than the valley](chart.svg "Rainfall by place")

                A green circle and a grey square:

                ![A green circle beside a grey square](hostile.svg)
                """);
        ArticleResult r = build(article, dir.resolve("out"));
        Path pdf = r.files().stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        Path epub = r.files().stream().filter(f -> f.toString().endsWith(".epub")).findFirst().orElseThrow();

        Map<String, String> svgs = svgFiles(Files.readAllBytes(epub));
        assertEquals(2, svgs.size(), svgs::toString);
        String opf = entry(Files.readAllBytes(epub), "OEBPS/package.opf");
        assertEquals(2, opf.split("media-type=\"image/svg\\+xml\"", -1).length - 1, opf);
        String chart = svgs.values().stream().filter(s -> s.contains("Rainfall")).findFirst().orElseThrow();
        assertTrue(chart.contains("#c44536") && chart.contains("<rect"), chart);
        assertFalse(chart.contains("g:1=="), () -> "an id that is not an XML name is renamed: " + chart);
        assertTrue(chart.contains("id=\"svg-id-1\"") && chart.contains("url(#svg-id-1)"), chart);
        assertEquals(1, chart.split("id=\"bars\"", -1).length - 1, () -> "a repeated id is renamed: " + chart);
        String hostile = svgs.values().stream().filter(s -> s.contains("#3a7d44")).findFirst().orElseThrow();
        for (String bad : List.of("script", "onload", "onclick", "alert", "tracker.example", "foreignObject", "other.svg",
                "javascript", "@import", "ink:", "<set")) {
            assertFalse(hostile.contains(bad), () -> "'" + bad + "' is left in " + hostile);
        }
        assertTrue(hostile.contains("<circle") && hostile.contains("<rect"), hostile);
        String xhtml = entry(Files.readAllBytes(epub), "OEBPS/article.xhtml");
        assertTrue(xhtml.matches("(?s).*<img [^>]*src=\"images/image-\\d\\.svg\"[^>]*alt=\"Bar chart: the hills.*"), xhtml);
        EpubOracles.assertValid(epub, "SVG figures");

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDFormXObject> forms = new ArrayList<>();
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (x instanceof PDFormXObject f) {
                        forms.add(f);
                    } else if (x instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(2, forms.size(), "one form XObject per SVG figure");
            assertEquals(0, images, "no SVG is drawn as pixels");
            for (PDFormXObject f : forms) {
                String content = new String(f.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
                assertTrue(content.matches("(?s).*\\b(re|l|c)\\b.*\\bf\\*?\\b.*"), () -> "no filled path in " + content);
            }
        }
        String pdfText = EditionText.ofPdf(Files.readAllBytes(pdf));
        assertTrue(pdfText.contains("Rainfall by place"), pdfText);
        VeraPdfOracle.Result v = VeraPdfOracle.check(pdf);
        assertTrue(v.compliant(), v::describe);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> figures = figureAlts(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), new ArrayList<>());
            assertTrue(figures.contains("Bar chart: the hills had more rain than the valley"), figures::toString);
        }
    }

    @Test
    void aBrokenSvgFailsTheArticleOnItsLine(@TempDir Path dir) throws IOException {
        TestFiles.write(dir, "broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g></svg>");
        Path article = TestFiles.write(dir, "broken.md", """
                ---
                title: "Broken"
                date: 2024-05-02
                ---

                Text.

                ![A chart](broken.svg)
                """);
        List<ArticleResult> results = new Batch(BuildContext.defaults(), dir.resolve("out"), 1)
                .run(List.of(article), x -> { });
        assertTrue(results.get(0).failed(), results::toString);
        String messages = results.get(0).diagnostics().toString();
        assertEquals(8, results.get(0).diagnostics().get(0).line(), messages);
        assertTrue(messages.contains("SVG image 'broken.svg' cannot be used: it is not well-formed XML"),
                messages);
        assertFalse(Files.exists(dir.resolve("out/broken.pdf")) || Files.exists(dir.resolve("out/broken.epub")));
    }

    private static List<String> figureAlts(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figureAlts(e.getKids(), alts);
            }
        }
        return alts;
    }

    private static ArticleResult build(Path article, Path out) {
        List<ArticleResult> results = new Batch(BuildContext.defaults(), out, 1).run(List.of(article), x -> { });
        assertTrue(results.get(0).built(), results::toString);
        return results.get(0);
    }

    private static Map<String, String> svgFiles(byte[] epub) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".svg")) {
                    files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static String entry(byte[] epub, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(name + " is not in the EPUB");
    }
}
