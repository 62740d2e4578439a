package io.pressrun.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressrun.OutsidePrograms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reads a PDF with pdf.js (Firefox's viewer, and many web apps'): runs
 * {@code src/test/resources/pdfjs/read.mjs} with node and pdfjs-dist from {@code .ci/node_modules}
 * and returns its JSON (the outline, and each page's text as pdf.js extracts it).
 */
final class PdfJs {
    private static final Path MODULES = Path.of(".ci", "node_modules");
    private static final Path PDFJS = MODULES.resolve("pdfjs-dist");

    private PdfJs() {
    }

    /** Skips the test (or fails it where CI must have the tools) when node or pdf.js is missing. */
    static void require() {
        OutsidePrograms.require("nodejs", "node");
        OutsidePrograms.requireFile(PDFJS, "cd .ci && npm install, as .ci/run does");
    }

    static JsonNode read(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("edition.pdf"), pdf);
        Path script = Path.of("src", "test", "resources", "pdfjs", "read.mjs").toAbsolutePath();
        var pb = new ProcessBuilder("node", script.toString(), file.toString()).redirectError(
                ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile()));
        pb.environment().put("NODE_PATH", MODULES.toAbsolutePath().toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        assertEquals(0, code, "pdf.js: " + Files.readString(dir.resolve("stderr.txt")));
        return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
    }
}
