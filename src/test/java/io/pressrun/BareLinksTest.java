package io.pressrun;

import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Addresses written bare in the text ({@code https://...}, {@code www....}) are links in both
 * editions, shown exactly as written; addresses in code are not; other schemes stay text.
 */
class BareLinksTest {
    private static final String SOURCE = TestFiles.FRONT + """

            The report is at https://example.org/report--2024?part=2 and the archive at www.example.com.
            Files were once at ftp://files.example.org, which is gone.

            Code is never linked: `https://code.example/inline` and

            ```
            curl https://block.example/data
            ```

            A [written link](https://written.example/) and <https://angle.example/> as before.
            """;

    private static SourceEditions built;

    @BeforeAll
    static void build(@TempDir Path dir) {
        built = SourceEditions.build(dir, SOURCE);
    }

    private static final Map<String, String> LINKS = linked();

    private static Map<String, String> linked() {
        Map<String, String> m = new LinkedHashMap<>(); // href -> text shown
        m.put("https://example.org/report--2024?part=2", "https://example.org/report--2024?part=2");
        m.put("http://www.example.com", "www.example.com");
        m.put("https://written.example/", "written link");
        m.put("https://angle.example/", "https://angle.example/");
        return m;
    }

    @Test
    void theReaderMakesLinksOfBareAddressesAndShowsThemAsWritten() {
        assertTrue(built.warnings().isEmpty(), () -> "no warnings: " + built.warnings());
        Map<String, String> links = new LinkedHashMap<>();
        List<String> code = new ArrayList<>();
        for (Block b : built.article().body()) {
            if (b instanceof Block.Paragraph p) {
                for (Inline i : p.content()) {
                    if (i instanceof Inline.Link l) {
                        links.put(l.href(), ((Inline.Text) l.content().get(0)).text());
                    } else if (i instanceof Inline.Code c) {
                        code.add(c.text());
                    }
                }
            } else if (b instanceof Block.CodeBlock c) {
                code.add(c.text());
            }
        }
        assertEquals(LINKS, links);
        assertEquals(List.of("https://code.example/inline", "curl https://block.example/data"), code);
    }

    @Test
    void pdfHasALinkAnnotationForEachAddressAndNoneForCode() throws Exception {
        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) {
                        uris.add(u.getURI());
                    }
                }
            }
        }
        assertEquals(List.copyOf(LINKS.keySet()), uris.stream().distinct().toList());
        String text = EditionText.ofPdf(built.pdf()).replaceAll("\\s+", " ");
        assertTrue(text.contains("www.example.com"), text);
        assertTrue(text.contains("ftp://files.example.org"), text);
    }

    @Test
    void epubHasAnAnchorForEachAddressAndNoneInCode() throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(built.epubEntries().get("OEBPS/article.xhtml")));
        NodeList anchors = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "a");
        Map<String, String> links = new LinkedHashMap<>();
        for (int i = 0; i < anchors.getLength(); i++) {
            Element a = (Element) anchors.item(i);
            links.put(a.getAttribute("href"), a.getTextContent());
        }
        assertEquals(LINKS, links);
        NodeList codes = doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "code");
        for (int i = 0; i < codes.getLength(); i++) {
            Element c = (Element) codes.item(i);
            assertEquals(0, c.getElementsByTagNameNS("*", "a").getLength(), c.getTextContent());
            assertFalse("a".equals(c.getParentNode().getLocalName()), c.getTextContent());
        }
        assertEquals(2, codes.getLength());
    }
}
