package io.pressrun.epub;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A template's output is refused unless it is well-formed XML, with the line and column of the fault. */
class WellFormedXmlTest {
    @Test
    void wellFormedXmlPasses() {
        assertDoesNotThrow(() -> WellFormedXml.require("epub/nav.xhtml.ftl",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>a &amp; b</p></html>"));
    }

    @Test
    void anUnclosedElementIsRefusedWhereItIsFound() {
        IOException e = assertThrows(IOException.class,
                () -> WellFormedXml.require("epub/article.xhtml.ftl", "<html>\n<p>open</html>"));
        assertTrue(e.getMessage().startsWith("epub/article.xhtml.ftl writes XML that is not well-formed (line 2, column "),
                e.getMessage());
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        IOException e = assertThrows(IOException.class, () -> WellFormedXml.require("epub/toc.ncx.ftl", "<a>&nbsp;</a>"));
        assertEquals("epub/toc.ncx.ftl", e.getMessage().substring(0, e.getMessage().indexOf(' ')));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }
}
