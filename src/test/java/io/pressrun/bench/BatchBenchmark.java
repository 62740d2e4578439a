package io.pressrun.bench;

import io.pressrun.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Times batch builds: N articles made from the bundled example, built (1) in one JVM with
 * every core, (2) in one JVM with one worker, (3) one process per article with
 * {@code java -jar target/pressrun.jar}, the way per-file tools are run. Prints a Markdown table.
 *
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q test-compile exec:java -Dexec.mainClass=io.pressrun.bench.BatchBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="100 20"
 * </pre>
 * The arguments are the number of articles for the in-JVM runs and for the per-process run.
 */
public final class BatchBenchmark {
    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int perProcess = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("pressrun-bench");
        Path batch = makeArticles(work.resolve("articles"), articles);
        Path small = makeArticles(work.resolve("per-process"), perProcess);
        int cores = Runtime.getRuntime().availableProcessors();

        build(batch, work.resolve("warm"), cores); // warm-up: class loading, JIT, fonts
        double[] parallel = measure(() -> build(batch, work.resolve("out-par"), cores));
        double[] serial = measure(() -> build(batch, work.resolve("out-ser"), 1));
        double[] processes = measure(() -> perProcess(small, work.resolve("out-proc")));

        System.out.printf(Locale.ROOT, "| run | articles | seconds | articles/s | ms/article | JVM CPU s |%n");
        System.out.printf(Locale.ROOT, "| --- | ---: | ---: | ---: | ---: | ---: |%n");
        row("one JVM, --jobs " + cores, articles, parallel);
        row("one JVM, --jobs 1", articles, serial);
        row("one `java -jar` process per article", perProcess, processes);
        System.out.printf(Locale.ROOT, "%nper-article speed-up of the batch over one process per article: %.1fx%n",
                (processes[0] / perProcess) / (parallel[0] / articles));
    }

    private static void row(String name, int n, double[] m) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.1f | %.0f | %s |%n", name, n, m[0], n / m[0], 1000 * m[0] / n,
                name.contains("process per") ? "(in the children)" : String.format(Locale.ROOT, "%.2f", m[1]));
    }

    interface Work {
        void run() throws Exception;
    }

    /** Wall-clock seconds and this JVM's CPU seconds (all its threads: workers, JIT, GC). */
    private static double[] measure(Work w) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        w.run();
        return new double[] {(System.nanoTime() - t) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
    }

    private static void build(Path in, Path out, int jobs) {
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "build", "--jobs", String.valueOf(jobs), "--out", out.toString(), in.toString());
        if (code != 0) {
            throw new IllegalStateException("build failed: " + err);
        }
    }

    private static void perProcess(Path in, Path out) throws IOException, InterruptedException {
        Path jar = Paths.get("target/pressrun.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run 'mvn -q package -DskipTests' first to make " + jar);
        }
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<Path> sources;
        try (Stream<Path> s = Files.walk(in)) {
            sources = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path source : sources) {
            Process p = new ProcessBuilder(java, "-jar", jar.toString(), "build", "--out", out.toString(),
                    source.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("per-process build failed for " + source);
            }
        }
    }

    /** N copies of the example, each with its own slug and a differently ordered body. */
    static Path makeArticles(Path dir, int n) throws IOException {
        return GenerateArticles.write(dir, n, Integer.MAX_VALUE);
    }
}
