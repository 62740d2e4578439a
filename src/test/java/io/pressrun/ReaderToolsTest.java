package io.pressrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example's editions opened by real readers: poppler, MuPDF and calibre. Each check runs
 * when its program is installed ({@code .ci/run} installs them all), and fails without it
 * under CI ({@link OutsidePrograms}).
 */
class ReaderToolsTest {

    record Output(int code, String out, String err) {
    }

    static Output run(String... command) throws IOException, InterruptedException {
        Path outFile = Files.createTempFile("tool", ".out");
        Path errFile = Files.createTempFile("tool", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            pb.environment().put("QT_QPA_PLATFORM", "offscreen");
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), () -> String.join(" ", command) + " timed out");
            return new Output(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    @Test
    void popplerReadsEveryWordAndFindsNoSyntaxError() throws Exception {
        OutsidePrograms.require("poppler-utils", "pdfinfo", "pdftotext", "pdffonts");
        Output info = run("pdfinfo", ExampleBuild.pdf().toString());
        assertEquals(0, info.code(), info.err());
        assertFalse(info.err().contains("Syntax Error"), info.err());
        assertTrue(info.out().contains("Tagged:          yes"), info.out());
        Output text = run("pdftotext", "-enc", "UTF-8", ExampleBuild.pdf().toString(), "-");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.err().isBlank(), text.err());
        for (String source : ExampleEditionsTest.sourceTexts()) {
            TextFidelity.assertWordsInOrder(source, text.out(), "pdftotext");
        }
        Output fonts = run("pdffonts", ExampleBuild.pdf().toString());
        List<String> rows = fonts.out().lines().skip(2).toList();
        assertFalse(rows.isEmpty());
        for (String row : rows) {
            assertTrue(row.matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"), () -> "font not embedded as a subset with ToUnicode: " + row);
        }
    }

    @Test
    void mupdfRendersEveryPageWithoutComplaint(@TempDir Path dir) throws Exception {
        OutsidePrograms.require("mupdf-tools", "mutool");
        Output draw = run("mutool", "draw", "-q", "-r", "36", "-o", dir.resolve("page-%d.png").toString(),
                ExampleBuild.pdf().toString());
        assertEquals(0, draw.code(), draw.err());
        // Debian's MuPDF is built without colour management and says so on every run: not about our file
        List<String> complaints = draw.err().lines().filter(l -> !l.contains("ICC support is not available")).toList();
        assertTrue(complaints.isEmpty(), () -> "MuPDF complained: " + complaints);
        try (var pages = Files.list(dir)) {
            assertTrue(pages.count() >= 1);
        }
    }

    @Test
    void calibreReadsTheEpubMetadataAndText(@TempDir Path dir) throws Exception {
        OutsidePrograms.require("calibre", "ebook-meta", "ebook-convert");
        Output meta = run("ebook-meta", ExampleBuild.epub().toString());
        assertEquals(0, meta.code(), meta.err());
        assertTrue(meta.out().contains("Governments call on Facebook to pause encryption efforts"), meta.out());
        assertTrue(meta.out().contains("Alfred Ng"), meta.out());
        Path txt = dir.resolve("example.txt");
        Output convert = run("ebook-convert", ExampleBuild.epub().toString(), txt.toString());
        assertEquals(0, convert.code(), convert.out() + convert.err());
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        for (String source : ExampleEditionsTest.sourceTexts()) {
            TextFidelity.assertWordsInOrder(source, text, "calibre");
        }
    }

    @Test
    void calibreConvertsTheEpubForKindle(@TempDir Path dir) throws Exception {
        OutsidePrograms.require("calibre", "ebook-convert");
        Path azw3 = dir.resolve("example.azw3");
        Output convert = run("ebook-convert", ExampleBuild.epub().toString(), azw3.toString());
        assertEquals(0, convert.code(), convert.out() + convert.err());
        List<String> problems = new ArrayList<>();
        convert.out().lines().filter(l -> l.contains("ERROR") || l.contains("Traceback")).forEach(problems::add);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(Files.size(azw3) > 1000);
    }
}
