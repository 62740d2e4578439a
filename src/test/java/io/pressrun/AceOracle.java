package io.pressrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs Ace by DAISY (the EPUB accessibility checker: axe-core rules in a headless Chromium, plus
 * checks of the package's accessibility metadata) on an EPUB file and reads its JSON report.
 *
 * <p>Ace is the npm package {@code @daisy/ace}, installed by {@code .ci/run} into
 * {@code .ci/node_modules} ({@code cd .ci && npm install}, with browser downloads skipped). The
 * checks go through {@link AceServer}: Ace's core with its Puppeteer runner (what its
 * {@code ace-puppeteer} command runs), which launches the browser named by
 * {@code PUPPETEER_EXECUTABLE_PATH}: Debian's {@code chromium} here.
 * {@link #require()} skips the calling test when either is missing, and fails it under CI.
 */
public final class AceOracle {
    /** Ace's command line that uses Puppeteer, as npm installs it for {@code .ci/package.json}: there when Ace is. */
    public static final Path ACE = Path.of(".ci", "node_modules", ".bin", "ace-puppeteer");
    private static final long TIMEOUT_SECONDS = 180;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AceOracle() {
    }

    /** One violation Ace reports: how bad (minor, moderate, serious, critical), which rule, where. */
    public record Violation(String impact, String rule, String file, String description) {
        @Override
        public String toString() {
            return impact + " " + rule + " in " + file + ": " + description;
        }
    }

    /** What Ace found in one file, and which accessibility metadata it found missing. */
    public record Result(Path file, String outcome, List<Violation> violations, List<String> missingMetadata) {
        public boolean clean() {
            return violations.isEmpty();
        }

        /** Violations counted by impact, e.g. {@code {moderate=2}}. */
        public Map<String, Integer> byImpact() {
            Map<String, Integer> m = new TreeMap<>();
            violations.forEach(v -> m.merge(v.impact(), 1, Integer::sum));
            return m;
        }

        /** A readable list of every violation, for assertion messages. */
        public String describe() {
            var sb = new StringBuilder("Ace on " + file.getFileName() + ": " + outcome + ", " + violations.size()
                    + " violations " + byImpact() + "; metadata missing: " + missingMetadata);
            violations.forEach(v -> sb.append("\n  ").append(v));
            return sb.toString();
        }
    }

    /** Lets the calling test go on when Ace and Chromium are installed; otherwise skips it, or fails it under CI. */
    public static void require() {
        OutsidePrograms.require("chromium", "chromium");
        OutsidePrograms.requireFile(ACE, "cd .ci && npm install, as .ci/run does");
    }

    /** The browser Puppeteer is to launch: {@code PUPPETEER_EXECUTABLE_PATH} when set, else Debian's chromium. */
    static String browser() {
        String set = System.getenv("PUPPETEER_EXECUTABLE_PATH");
        if (set != null && !set.isBlank()) {
            return set;
        }
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? "/usr/bin/chromium" : "chromium";
    }

    /** Runs Ace on {@code epub} (through {@link AceServer}); the report goes to a temporary folder, then deleted. */
    public static Result check(Path epub) throws IOException {
        Path out = Files.createTempDirectory("pressrun-ace");
        try {
            AceServer.check(epub, out, TIMEOUT_SECONDS);
            return read(epub, JSON.readTree(out.resolve("report.json").toFile()));
        } finally {
            deleteTree(out);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The violations of a report: every assertion about a file whose outcome is {@code fail}. */
    static Result read(Path epub, JsonNode report) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode subject : report.path("assertions")) {
            String file = subject.path("earl:testSubject").path("url").asText();
            for (JsonNode a : subject.path("assertions")) {
                if ("fail".equals(a.path("earl:result").path("earl:outcome").asText())) {
                    JsonNode test = a.path("earl:test");
                    violations.add(new Violation(test.path("earl:impact").asText(), test.path("dct:title").asText(),
                            file, a.path("earl:result").path("dct:description").asText()));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        report.path("a11y-metadata").path("missing").forEach(n -> missing.add(n.asText()));
        return new Result(epub, report.path("earl:result").path("earl:outcome").asText(), violations, missing);
    }
}
