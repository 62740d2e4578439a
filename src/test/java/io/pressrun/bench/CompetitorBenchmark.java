package io.pressrun.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Pressrun against the tools a user would otherwise run, in one run on one machine: pandoc
 * for the EPUB and pandoc with WeasyPrint for the PDF (Debian's packages), over the same
 * articles (made from the bundled example, as {@link BatchBenchmark} makes them). It times a
 * single cold article (one {@code java -jar} run, and one run of the launcher
 * {@code target/pressrun} once its class archive is made, against one pandoc EPUB run plus one
 * pandoc + WeasyPrint PDF run, the median of five; {@code --jobs} left at its default, as a user
 * runs it) and a batch ({@code pressrun build --jobs 2} in one process, started both ways,
 * start-up included, against the two tools run two articles at a time), and prints a
 * Markdown table with the ratios. It installs nothing: a missing program is named and the run
 * stops.
 *
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q test-compile exec:java -Dexec.mainClass=io.pressrun.bench.CompetitorBenchmark \
 *     -Dexec.classpathScope=test -Dexec.args="120"
 * </pre>
 */
public final class CompetitorBenchmark {
    private static final Path JAR = Path.of("target/pressrun.jar");
    private static final Path LAUNCHER = Path.of("target/pressrun");
    private static final List<String> JAVA_JAR = List.of("java", "-jar", JAR.toString());
    private static final List<String> LAUNCHED = List.of(LAUNCHER.toString());

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        List<String> missing = Stream.of("pandoc", "weasyprint", "java").filter(p -> !onPath(p)).toList();
        if (!missing.isEmpty() || !Files.isRegularFile(JAR) || !Files.isExecutable(LAUNCHER)) {
            System.err.println("missing: " + (missing.isEmpty() ? JAR + " or " + LAUNCHER + " (run mvn -q package -DskipTests)"
                    : String.join(", ", missing) + " (apt-get install pandoc weasyprint)"));
            System.exit(2);
        }
        Path work = Files.createTempDirectory("pressrun-vs");
        Path articles = BatchBenchmark.makeArticles(work.resolve("articles"), n);
        List<Path> sources;
        try (Stream<Path> s = Files.list(articles)) {
            sources = s.map(d -> d.resolve("article.md")).sorted().toList();
        }
        Path one = sources.get(0);

        // the launcher's first run saves its class archive: not timed
        Files.deleteIfExists(LAUNCHER.resolveSibling("pressrun.jsa"));
        pressrun(LAUNCHED, work.resolve("first"), one.toString());
        double[] ours = new double[5];
        double[] launched = new double[5];
        double[] theirs = new double[5];
        for (int i = 0; i < 5; i++) {
            Path out = work.resolve("cold-" + i);
            // as a user runs it: --jobs left at its default, one worker per processor
            ours[i] = time(() -> pressrun(JAVA_JAR, out, one.toString()));
            launched[i] = time(() -> pressrun(LAUNCHED, out.resolve("launched"), one.toString()));
            theirs[i] = time(() -> pandoc(one, out.resolve("pandoc")));
        }
        double coldOurs = median(ours);
        double coldLaunched = median(launched);
        double coldTheirs = median(theirs);

        double batchOurs = time(() -> pressrun(JAVA_JAR, work.resolve("batch"), "--jobs", "2", articles.toString()));
        double batchLaunched = time(() -> pressrun(LAUNCHED, work.resolve("batch-launched"), "--jobs", "2",
                articles.toString()));
        ExecutorService two = Executors.newFixedThreadPool(2);
        double batchTheirs;
        try {
            batchTheirs = time(() -> {
                List<Future<?>> runs = new ArrayList<>();
                for (Path s : sources) {
                    runs.add(two.submit(() -> {
                        pandoc(s, work.resolve("batch-pandoc"));
                        return null;
                    }));
                }
                for (Future<?> f : runs) {
                    f.get();
                }
            });
        } finally {
            two.shutdown();
        }

        System.out.printf(Locale.ROOT, "| run | Pressrun | pandoc + WeasyPrint | Pressrun's time / theirs |%n");
        System.out.printf(Locale.ROOT, "| --- | ---: | ---: | ---: |%n");
        System.out.printf(Locale.ROOT, "| one cold article, both editions, `java -jar` (median of 5) | %.2f s | %.2f s"
                + " | %.2f |%n", coldOurs, coldTheirs, coldOurs / coldTheirs);
        System.out.printf(Locale.ROOT, "| one cold article, both editions, `target/pressrun` (median of 5) | %.2f s"
                + " | %.2f s | %.2f |%n", coldLaunched, coldTheirs, coldLaunched / coldTheirs);
        System.out.printf(Locale.ROOT, "| %d articles, both editions, two at a time, per article, `java -jar` | %.0f ms"
                        + " | %.0f ms | %.3f (%.1fx faster) |%n", n, 1000 * batchOurs / n, 1000 * batchTheirs / n,
                batchOurs / batchTheirs, batchTheirs / batchOurs);
        System.out.printf(Locale.ROOT, "| %d articles, both editions, two at a time, per article, `target/pressrun`"
                        + " | %.0f ms | %.0f ms | %.3f (%.1fx faster) |%n", n, 1000 * batchLaunched / n,
                1000 * batchTheirs / n, batchLaunched / batchTheirs, batchTheirs / batchLaunched);
    }

    /** One pressrun process, as a user runs it, started by {@code start} ({@code java -jar} or the launcher). */
    private static void pressrun(List<String> start, Path out, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(start);
        cmd.addAll(List.of("build", "--out", out.toString()));
        cmd.addAll(Arrays.asList(args));
        run(cmd, null);
    }

    /** The EPUB with pandoc and the PDF with pandoc and WeasyPrint, from the article's folder. */
    private static void pandoc(Path article, Path out) throws IOException, InterruptedException {
        Files.createDirectories(out);
        String name = article.getParent().getFileName().toString();
        run(List.of("pandoc", "article.md", "-o", out.resolve(name + ".epub").toAbsolutePath().toString()),
                article.getParent());
        run(List.of("pandoc", "article.md", "--pdf-engine=weasyprint", "-o",
                out.resolve(name + ".pdf").toAbsolutePath().toString()), article.getParent());
    }

    private static void run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        int code = pb.start().waitFor();
        if (code != 0) {
            throw new IOException(String.join(" ", cmd) + " exited " + code);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static double time(Work w) throws Exception {
        long start = System.nanoTime();
        w.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
