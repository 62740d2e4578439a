package io.pressrun.epub;

import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EPUB's style sheet asks for the face the PDF sets its body in: the theme's serif. */
class EpubBodyFaceTest {

    @Test
    void theStyleSheetsBodyFaceIsTheThemesSerif() throws IOException {
        Templates templates = Templates.bundled();
        String css = new String(templates.readFile("epub/style.css").orElseThrow(), StandardCharsets.UTF_8);
        Matcher body = Pattern.compile("(?s)\\nbody \\{([^}]*)}").matcher(css);
        assertTrue(body.find(), "a body rule in " + css);
        Matcher family = Pattern.compile("font-family: \"([^\"]+)\", serif;").matcher(body.group(1));
        assertTrue(family.find(), "the body's font-family, with serif after it: " + body.group(1));

        String file = Theme.load(templates).string("fonts.serif.regular");
        try (InputStream in = EpubBodyFaceTest.class.getResourceAsStream("/fonts/" + file);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            assertEquals(font.getNaming().getFontFamily(), family.group(1), "the family named in " + file);
        }
    }
}
