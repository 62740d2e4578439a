package io.pressrun.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pressrun.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs of the Spark job and of the command line over one folder, and what they leave in their output folders. */
final class JobRuns {
    private JobRuns() {
    }

    /**
     * What a run of the job said.
     *
     * @param statuses each article's status by its source's path relative to the input folder
     * @param lines    the report's lines, one per article
     */
    record Run(int code, String out, String err, Map<String, String> statuses, List<JsonNode> lines) {
        /** The sources whose status is {@code status}. */
        List<String> with(String status) {
            return statuses.entrySet().stream().filter(e -> e.getValue().equals(status)).map(Map.Entry::getKey).toList();
        }
    }

    /** A file's bytes and time of last change, to tell a file rewritten from one left alone. */
    record FileState(byte[] bytes, FileTime modified) {
        @Override
        public boolean equals(Object o) {
            return o instanceof FileState f && Arrays.equals(bytes, f.bytes) && modified.equals(f.modified);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes) * 31 + modified.hashCode();
        }

        @Override
        public String toString() {
            return bytes.length + " bytes, changed " + modified;
        }
    }

    static Run job(Path in, Path out, String... options) throws IOException {
        return job(StagingHook.NONE, in, out, options);
    }

    static Run job(StagingHook hook, Path in, Path out, String... options) throws IOException {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        List<String> args = new ArrayList<>(List.of("--input", in.toUri().toString(), "--output", out.toString()));
        args.addAll(List.of(options));
        int code = PressJob.run(LocalSpark.get(), new PrintWriter(stdout), new PrintWriter(stderr), hook,
                args.toArray(String[]::new));
        Map<String, String> statuses = new TreeMap<>();
        List<JsonNode> lines = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(out.resolve(PressJob.REPORT))) {
            JsonNode n = json.readTree(line);
            lines.add(n);
            Path source = Path.of(java.net.URI.create(n.get("source").asText()));
            statuses.put(in.relativize(source).toString(), n.get("status").asText());
        }
        assertEquals(lines.size(), statuses.size(), () -> "one report line per article: " + lines);
        return new Run(code, stdout.toString(), stderr.toString(), statuses, lines);
    }

    /** {@code pressrun build --out OUT IN}; returns what it printed, stdout then stderr. */
    static String commandLine(Path in, Path out, String... options) {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        List<String> args = new ArrayList<>(List.of("build", "--out", out.toString()));
        args.addAll(List.of(options));
        args.add(in.toString());
        Main.run(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));
        return stdout + "\n" + stderr;
    }

    /** Every file of the folder but the job's report (rewritten on every run), by name. */
    static Map<String, FileState> files(Path folder) throws IOException {
        Map<String, FileState> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                if (!name.equals(PressJob.REPORT)) {
                    files.put(name, new FileState(Files.readAllBytes(p), Files.getLastModifiedTime(p)));
                }
            }
        }
        return files;
    }
}
