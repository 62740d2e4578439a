package io.pressrun;

import io.pressrun.batch.Editions;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.source.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markup in a source, from a careless CMS export or a hostile hand: no script, frame, embed or
 * event handler gets into the EPUB. Raw HTML in the body keeps only its safe meaning (a frame
 * becomes a link, scripts and styles go); markup in the front matter is shown as text. The
 * words survive in both editions.
 */
class HostileMarkupTest {
    private static final String SOURCE = """
            ---
            title: "<script>alert('title')</script> Headline"
            author: "<img src=x onerror=alert(1)>"
            date: 2024-05-01
            ---

            <script>alert(1)</script>

            <iframe src="https://evil.example/"></iframe>

            Inline <img src="x.png" alt="An x" onerror="alert(2)"> and <a href="javascript:alert(3)">click</a> and
            <svg onload="alert(4)"><object data="x.swf"></object><embed src="y">.

            A [markdown link](javascript:alert(5)) and a [data link](data:text/html,hi).

            <style>body { display: none }</style>
            """;
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "svg",
            "style", "frame", "frameset", "form", "input", "button", "meta-refresh", "base");

    private static byte[] epub;
    private static byte[] pdf;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hostile.md"), SOURCE);
        Files.write(dir.resolve("x.png"), TestFiles.png(40, 20));
        BuildContext ctx = BuildContext.defaults();
        Article article = new ArticleReader(ctx.templates(), ctx.limits()).read(file).article();
        var e = new ByteArrayOutputStream();
        new Editions(ctx).writeEpub(article, e);
        epub = e.toByteArray();
        var p = new ByteArrayOutputStream();
        new Editions(ctx).writePdf(article, p);
        pdf = p.toByteArray();
    }

    @Test
    void pdfStillPassesVeraPdfForPdfUaAndPdfA() {
        VeraPdfOracle.Result r = VeraPdfOracle.check(pdf, "hostile markup PDF");
        assertTrue(r.compliant(), r::describe);
    }

    @Test
    void noActiveMarkupReachesTheEpub() throws Exception {
        List<String> found = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.getName().endsWith(".xhtml") && !e.getName().endsWith(".opf") && !e.getName().endsWith(".ncx")) {
                    continue;
                }
                Document d = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                NodeList all = d.getElementsByTagNameNS("*", "*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element el = (Element) all.item(i);
                    String name = el.getLocalName().toLowerCase(Locale.ROOT);
                    if (FORBIDDEN_ELEMENTS.contains(name)) {
                        found.add(e.getName() + ": <" + name + ">");
                    }
                    NamedNodeMap attrs = el.getAttributes();
                    for (int j = 0; j < attrs.getLength(); j++) {
                        String attr = attrs.item(j).getLocalName() == null ? attrs.item(j).getNodeName() : attrs.item(j).getLocalName();
                        String value = attrs.item(j).getNodeValue().toLowerCase(Locale.ROOT).strip();
                        if (attr.toLowerCase(Locale.ROOT).startsWith("on")) {
                            found.add(e.getName() + ": " + name + "@" + attr);
                        }
                        if ((attr.equals("href") || attr.equals("src")) && (value.startsWith("javascript:") || value.startsWith("data:"))) {
                            found.add(e.getName() + ": " + name + "@" + attr + "=" + value);
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), () -> "active markup in the EPUB: " + found);
    }

    @Test
    void theWordsSurviveInBothEditionsButNotTheScriptsAndStyles() throws Exception {
        String epubText = EditionText.ofEpub(epub);
        String pdfText = EditionText.ofPdf(pdf);
        for (String gone : List.of("alert(2)", "alert(3)", "alert(4)", "alert(5)", "display: none", "x.swf")) {
            assertFalse(epubText.contains(gone), () -> "EPUB shows " + gone);
            assertFalse(pdfText.contains(gone), () -> "PDF shows " + gone);
        }
        // a link's destination is not text a reader sees; a refused one is dropped with a warning
        String body = "https://evil.example/ Inline and click and . A markdown link and a data link .";
        TextFidelity.assertWordsInOrder(body, pdfText, "PDF");
        TextFidelity.assertWordsInOrder(body, epubText, "EPUB");
        TextFidelity.assertWordsInOrder("<script>alert('title')</script> Headline", pdfText, "PDF title");
        TextFidelity.assertWordsInOrder("<img src=x onerror=alert(1)>", epubText, "EPUB author");
    }

    @Test
    void theEpubStaysValid(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("hostile.epub"), epub);
        EpubOracles.assertValid(file, "hostile markup");
    }
}
