package io.pressrun.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Times incremental builds with {@code java -jar target/pressrun.jar build}, one process per
 * run as CI runs it: a first build of N articles (made like {@link BatchBenchmark}'s), an
 * unchanged rerun (the median of three), and a rerun after editing one article; after each
 * rerun, which files in the output folder were rewritten (modification time or bytes changed).
 *
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q test-compile exec:java -Dexec.mainClass=io.pressrun.bench.IncrementalBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="120"
 * </pre>
 */
public final class IncrementalBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        Path jar = Paths.get("target/pressrun.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run 'mvn -q package -DskipTests' first to make " + jar);
        }
        Path work = Files.createTempDirectory("pressrun-incremental");
        Path in = BatchBenchmark.makeArticles(work.resolve("articles"), n);
        Path out = work.resolve("editions");

        double first = build(jar, out, in);
        Map<String, String> afterFirst = snapshot(out);
        double[] reruns = new double[3];
        List<String> rewrittenByReruns = new ArrayList<>();
        for (int i = 0; i < reruns.length; i++) {
            Map<String, String> before = snapshot(out);
            reruns[i] = build(jar, out, in);
            rewrittenByReruns.addAll(changed(before, snapshot(out)));
        }
        java.util.Arrays.sort(reruns);
        double rerun = reruns[1];

        Path edited = in.resolve("article-7/article.md");
        Files.writeString(edited, Files.readString(edited) + "\nOne paragraph added to this article only.\n");
        Map<String, String> beforeEdit = snapshot(out);
        double afterEdit = build(jar, out, in);
        List<String> rewrittenByEdit = changed(beforeEdit, snapshot(out));

        System.out.printf(Locale.ROOT, "| run | articles | seconds | of the first run | files rewritten |%n");
        System.out.printf(Locale.ROOT, "| --- | ---: | ---: | ---: | --- |%n");
        System.out.printf(Locale.ROOT, "| first build | %d | %.2f | 100%% | %d written |%n", n, first, afterFirst.size());
        System.out.printf(Locale.ROOT, "| unchanged rerun (median of 3) | %d | %.2f | %.1f%% | %s |%n", n, rerun,
                100 * rerun / first, rewrittenByReruns.isEmpty() ? "none" : String.join(", ", rewrittenByReruns));
        System.out.printf(Locale.ROOT, "| rerun after editing article-7 | %d | %.2f | %.1f%% | %s |%n", n, afterEdit,
                100 * afterEdit / first, String.join(", ", rewrittenByEdit));
    }

    /** One {@code java -jar} build; its wall-clock seconds. */
    private static double build(Path jar, Path out, Path in) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        long t = System.nanoTime();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "build", "--out", out.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the build failed");
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Every file of the folder, hidden ones included: its modification time and SHA-256. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> files = new TreeMap<>();
        List<Path> all;
        try (Stream<Path> s = Files.list(dir)) {
            all = s.toList();
        }
        for (Path p : all) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(p)) {
                md.update(in.readAllBytes());
            }
            files.put(p.getFileName().toString(), Files.getLastModifiedTime(p).toInstant() + " "
                    + HexFormat.of().formatHex(md.digest()));
        }
        return files;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> names = new ArrayList<>();
        after.forEach((name, state) -> {
            if (!state.equals(before.get(name))) {
                names.add(name);
            }
        });
        before.keySet().stream().filter(name -> !after.containsKey(name)).forEach(name -> names.add(name + " (gone)"));
        return names;
    }
}
