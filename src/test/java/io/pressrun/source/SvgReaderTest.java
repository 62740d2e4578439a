package io.pressrun.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the SVG reader keeps, what it takes out, what it renames and what it refuses. */
class SvgReaderTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    private static String clean(String svg) throws SvgReader.Refused {
        return new String(SvgReader.read(svg.getBytes(StandardCharsets.UTF_8)).svg(), StandardCharsets.UTF_8);
    }

    private static String svg(String attrs, String body) {
        return "<svg xmlns=\"" + SVG + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"120\" height=\"60\" "
                + attrs + ">" + body + "</svg>";
    }

    @Test
    void theDrawingStaysWithItsSize() throws Exception {
        var c = SvgReader.read(svg("", "<rect x=\"1\" y=\"2\" width=\"30\" height=\"40\" fill=\"#2a6f97\"/>"
                + "<text x=\"5\" y=\"50\" font-size=\"10\">Rain</text>").getBytes(StandardCharsets.UTF_8));
        String text = new String(c.svg(), StandardCharsets.UTF_8);
        assertEquals(120, c.width());
        assertEquals(60, c.height());
        for (String kept : List.of("<rect", "x=\"1\"", "fill=\"#2a6f97\"", ">Rain</text>", "width=\"120\"")) {
            assertTrue(text.contains(kept), kept + " in " + text);
        }
    }

    @Test
    void aViewBoxAloneGivesTheSize() throws Exception {
        var c = SvgReader.read(("<svg xmlns=\"" + SVG + "\" viewBox=\"0 0 300 150\"><rect width=\"1\" height=\"1\"/></svg>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(300, c.width());
        assertEquals(150, c.height());
    }

    @Test
    void whatCouldRunOrReachOutsideIsTakenOut() throws Exception {
        String text = clean(svg("onload=\"alert(1)\" xmlns:ink=\"http://example.org/ns\" ink:version=\"1\"",
                "<?xml-stylesheet href=\"https://tracker.example/s.css\"?>"
                        + "<script>alert('s')</script>"
                        + "<style>@import url(https://tracker.example/a.css);</style>"
                        + "<style>rect { fill: url(https://tracker.example/p) }</style>"
                        + "<style>rect { stroke: #000 }</style>"
                        + "<foreignObject width=\"5\" height=\"5\"><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>"
                        + "<ink:thing/>"
                        + "<image xlink:href=\"https://tracker.example/pixel.png\" width=\"1\" height=\"1\"/>"
                        + "<use href=\"other.svg#shape\"/>"
                        + "<a href=\"javascript:alert(2)\"><circle cx=\"3\" cy=\"3\" r=\"2\" onclick=\"alert(3)\" fill=\"#3a7d44\"/></a>"
                        + "<rect width=\"4\" height=\"4\" style=\"fill:url(https://tracker.example/q)\" fill=\"#333\"/>"
                        + "<rect width=\"4\" height=\"4\" data-x=\"javascript:void(0)\"/>"
                        + "<set attributeName=\"href\" to=\"javascript:alert(4)\"/><animate attributeName=\"x\"/>"));
        for (String gone : List.of("alert", "onload", "onclick", "<script", "@import", "tracker.example", "foreignObject",
                "ink:", "example.org", "other.svg", "javascript", "<set", "<animate", "xml-stylesheet")) {
            assertFalse(text.contains(gone), gone + " left in " + text);
        }
        for (String kept : List.of("<circle", "fill=\"#3a7d44\"", "fill=\"#333\"", "stroke: #000")) {
            assertTrue(text.contains(kept), kept + " lost from " + text);
        }
    }

    @Test
    void aPictureEmbeddedInTheFileAndLinksInsideItStay() throws Exception {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
        String text = clean(svg("", "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#000\"/></linearGradient></defs>"
                + "<image xlink:href=\"" + png + "\" width=\"1\" height=\"1\"/>"
                + "<rect width=\"5\" height=\"5\" fill=\"url(#g)\"/><use xlink:href=\"#g\"/>"));
        assertTrue(text.contains(png), text);
        assertTrue(text.contains("url(#g)"), text);
        assertTrue(text.contains("\"#g\""), text);
        String svgData = "data:image/svg+xml;base64,PHN2Zy8+";
        assertFalse(clean(svg("", "<image xlink:href=\"" + svgData + "\" width=\"1\" height=\"1\"/>")).contains("data:"),
                "only PNG, JPEG and GIF may be embedded");
        assertFalse(clean(svg("", "<use xlink:href=\"" + png + "\"/>")).contains("data:"),
                "an embedded picture only on an image element");
    }

    @Test
    void idsThatAreNoXmlNamesOrRepeatAreRenamedWithTheirReferences() throws Exception {
        String text = clean(svg("", "<defs><linearGradient id=\"g:1==\"><stop offset=\"0\"/></linearGradient></defs>"
                + "<g id=\"bars\"><rect width=\"1\" height=\"1\" fill=\"url(#g:1==)\"/></g>"
                + "<g id=\"bars\"><rect width=\"1\" height=\"1\"/></g><use xlink:href=\"#g:1==\"/>"
                + "<use xlink:href=\"#bars\"/><g id=\"svg-id-1\"/>"));
        assertFalse(text.contains("g:1=="), text);
        assertEquals(1, count(text, "id=\"bars\""), text);
        assertTrue(text.contains("<use xlink:href=\"#bars\"/>"), "a repeated id's references stay with its first element");
        assertTrue(text.contains("<g id=\"svg-id-1\"/>"), "an id the file already has is not taken: " + text);
        List<String> ids = new java.util.ArrayList<>();
        var m = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "every id once: " + ids);
        var gradient = java.util.regex.Pattern.compile("<linearGradient id=\"([^\"]+)\"").matcher(text);
        assertTrue(gradient.find(), text);
        String fresh = gradient.group(1);
        assertTrue(text.contains("url(#" + fresh + ")") && text.contains("\"#" + fresh + "\""),
                "the references follow the gradient's new name " + fresh + ": " + text);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void whatIsNoSvgOrNoPictureIsRefused() {
        assertEquals("its root element is not an SVG <svg> element in the SVG namespace",
                assertThrows(SvgReader.Refused.class, () -> clean("<svg width=\"1\" height=\"1\"/>")).getMessage());
        assertTrue(assertThrows(SvgReader.Refused.class, () -> clean("<html xmlns=\"" + SVG + "\"/>")).getMessage()
                .contains("root element"));
        assertTrue(assertThrows(SvgReader.Refused.class, () -> clean("<svg xmlns=\"" + SVG + "\"><g></svg>"))
                .getMessage().startsWith("it is not well-formed XML (line 1"));
        String sizeless = assertThrows(SvgReader.Refused.class,
                () -> clean("<svg xmlns=\"" + SVG + "\" width=\"0\" height=\"10\"/>")).getMessage();
        assertTrue(sizeless.startsWith("its size 0.0×10.0 is not one a picture can have"), sizeless);
        assertTrue(assertThrows(SvgReader.Refused.class,
                () -> clean("<svg xmlns=\"" + SVG + "\" width=\"100000\" height=\"10\"/>")).getMessage().contains("size"));
        var c = assertDoesNotThrow("<svg xmlns=\"" + SVG + "\" width=\"99999\" height=\"1\"/>");
        assertEquals(99999, c.width());
    }

    private static SvgReader.Clean assertDoesNotThrow(String svg) {
        try {
            return SvgReader.read(svg.getBytes(StandardCharsets.UTF_8));
        } catch (SvgReader.Refused e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
