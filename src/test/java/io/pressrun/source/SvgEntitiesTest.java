package io.pressrun.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An SVG is XML from strangers: no entity reads a file, none multiplies without end. */
class SvgEntitiesTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anExternalEntityReadsNoFile() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text y=\"5\">&x;</text></svg>";
        String clean;
        try {
            clean = new String(SvgReader.read(utf8(svg)).svg(), StandardCharsets.UTF_8);
        } catch (SvgReader.Refused refused) {
            assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
            return;
        }
        assertFalse(clean.contains("TOP-SECRET"), clean);
        assertFalse(clean.contains("ENTITY") || clean.contains("DOCTYPE"), "no declaration is carried on: " + clean);
    }

    @Test
    void entitiesThatMultiplyAreRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 \"laugh laugh laugh laugh\">");
        for (int i = 1; i <= 9; i++) {
            String p = "&a" + (i - 1) + ";";
            dtd.append("<!ENTITY a").append(i).append(" \"").append(p.repeat(10)).append("\">");
        }
        dtd.append("]>");
        String svg = dtd + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&a9;</text></svg>";
        SvgReader.Refused refused = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(SvgReader.Refused.class, () -> SvgReader.read(utf8(svg))));
        assertTrue(refused.getMessage().contains("not well-formed XML") || refused.getMessage().contains("entit"),
                refused.getMessage());
    }

    @Test
    void aFewEntitiesAsIllustratorWritesThemStillRead() throws Exception {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n"
                + "  <!ENTITY ns_svg \"http://www.w3.org/2000/svg\">\n  <!ENTITY st0 \"fill:#2a6f97;\">\n]>\n"
                + "<svg xmlns=\"&ns_svg;\" width=\"40\" height=\"20\"><rect style=\"&st0;\" width=\"40\" height=\"20\"/></svg>";
        SvgReader.Clean clean = SvgReader.read(utf8(svg));
        String text = new String(clean.svg(), StandardCharsets.UTF_8);
        assertTrue(text.contains("fill:#2a6f97;"), text);
        assertFalse(text.contains("svg11.dtd"), "the outside DTD is neither read nor named: " + text);
        assertEquals(40, clean.width());
        assertEquals(20, clean.height());
    }

    @Test
    void nothingIsFetchedFromTheNetworkOrTheDisk() throws IOException {
        Path secret = Files.writeString(dir.resolve("pixel.png"), "not really a png");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"10\" height=\"10\"><image xlink:href=\"" + secret.toUri() + "\" width=\"5\" height=\"5\"/>"
                + "<rect width=\"10\" height=\"10\" fill=\"#000\"/></svg>";
        String text;
        try {
            text = new String(SvgReader.read(utf8(svg)).svg(), StandardCharsets.UTF_8);
        } catch (SvgReader.Refused refused) {
            return; // refusing is as safe
        }
        assertFalse(text.contains("file:"), text);
    }
}
