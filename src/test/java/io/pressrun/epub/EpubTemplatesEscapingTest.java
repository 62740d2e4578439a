package io.pressrun.epub;

import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FreeMarker's standard file extensions are {@code .ftlh} and {@code .ftlx}; a name like
 * {@code article.xhtml.ftl} gets no auto-escaping from them. The EPUB templates therefore declare
 * {@code <#ftl output_format="XML">} themselves.
 */
class EpubTemplatesEscapingTest {

    @Test
    void xhtmlFtlNamesAreNotEscapedWithoutAHeader(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("probe.xhtml.ftl"), "${v}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("probe2.xhtml.ftl"), "<#ftl output_format=\"XML\">${v}", StandardCharsets.UTF_8);
        Templates t = Templates.withOverrides(dir);
        assertEquals("<b>", t.render("probe.xhtml.ftl", Map.of("v", "<b>")));
        assertEquals("&lt;b&gt;", t.render("probe2.xhtml.ftl", Map.of("v", "<b>")));
    }

    @Test
    void everyBundledEpubTemplateDeclaresXmlOutput() throws IOException {
        Templates t = Templates.bundled();
        for (String name : List.of("package.opf.ftl", "nav.xhtml.ftl", "toc.ncx.ftl", "article.xhtml.ftl")) {
            String source = new String(t.readFile("epub/" + name).orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(source.startsWith("<#ftl output_format=\"XML\">"), name);
            assertTrue(!source.contains("?no_esc") && !source.contains("<#noautoesc"), name + " turns escaping off");
        }
    }
}
