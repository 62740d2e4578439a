package io.pressrun.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import io.pressrun.SourceEditions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pdf.js (Firefox's viewer) opens the world-script articles' PDFs and reads no character that
 * is not in them. pdf.js ignores replacement text and reads right-to-left and reordered text
 * glyph by glyph, so the order of its text is not checked (poppler's and PDFBox's is, in
 * {@code WorldScriptsTest}).
 */
class WorldScriptsPdfJsTest {
    private static final Path LABELS = Path.of("templates/labels");

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "persian", "hindi", "bengali", "thai", "korean"})
    void pdfJsOpensEveryPageAndReadsOnlyTheArticlesCharacters(String name, @TempDir Path dir) throws Exception {
        PdfJs.require();
        String source = Files.readString(Path.of("src/test/resources/scripts", name + ".md"));
        SourceEditions built = SourceEditions.build(dir, source);
        JsonNode read = PdfJs.read(built.pdf(), dir);
        try (PDDocument doc = Loader.loadPDF(built.pdf())) {
            assertEquals(doc.getNumberOfPages(), read.get("pages").size(), "pdf.js opens every page");
        }
        // the article's characters, its labels' (its language's, and English ones for what they
        // lack), the month names of its dates, the digits and dot of page numbers and dates, and
        // the list bullet
        String language = built.article().language();
        StringBuilder allowed = new StringBuilder(source).append(Files.readString(LABELS.resolve("en.yaml")))
                .append(Files.readString(LABELS.resolve(language + ".yaml"))).append("0123456789·•");
        for (Month m : Month.values()) {
            allowed.append(m.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language)));
        }
        Set<Integer> known = allowed.codePoints().boxed().collect(Collectors.toSet());
        Set<String> strange = new TreeSet<>();
        read.get("pages").forEach(p -> p.asText().codePoints()
                .filter(cp -> !known.contains(cp) && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(cp -> strange.add(String.format("U+%04X '%s'", cp, new String(Character.toChars(cp))))));
        assertTrue(strange.isEmpty(), name + ": pdf.js reads characters the article does not have: " + strange);
    }
}
