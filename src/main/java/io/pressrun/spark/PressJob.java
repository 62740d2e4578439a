package io.pressrun.spark;

import io.pressrun.batch.BuildContext;
import io.pressrun.batch.BuildManifest;
import io.pressrun.batch.InputDigests;
import io.pressrun.batch.SlugClaims;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
import io.pressrun.style.ConfigurationException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code spark-submit --class io.pressrun.spark.PressJob pressrun.jar --input ... --output ...}:
 * the editions of a whole archive, built on a Spark cluster. The articles are spread over the
 * executors; each executor loads one {@link io.pressrun.Press} ({@link Presses}). A shuffle by
 * slug finds the articles that claim one slug, which all fail, as in the command line's batch;
 * each edition is written all or nothing ({@link EditionFiles}); what became of every article is
 * one line of {@value #REPORT} in the output folder. Builds are incremental, with the command
 * line's manifest: the driver reads it and sends it to every task ({@link Incremental}), a task
 * skips an article whose editions are up to date ({@link UpToDate}), and the driver writes the
 * new manifest from every task's result ({@link JobManifest}).
 */
@Command(name = "pressrun-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Builds the PDF and EPUB editions of every article under --input into --output, on Spark.",
            "Paths are Hadoop paths: file:, hdfs:, s3a:, gs: (where the cluster has the connector).",
            "Each article gives OUTPUT/<slug>.pdf and OUTPUT/<slug>.epub, the bytes the command line",
            "makes; OUTPUT/" + PressJob.REPORT + " has one JSON line per article with its messages.",
            "Builds are incremental, with pressrun build's manifest (OUTPUT/.pressrun-manifest.json):",
            "an article whose inputs and editions are unchanged is skipped.",
            "SOURCE_DATE_EPOCH, read on the driver, is the timestamp written into every file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every article was built, or was up to date and skipped",
            "1:one or more articles failed, the others were built",
            "2:bad usage or a configuration that cannot be used: nothing built"})
public final class PressJob {
    /** The report's name in the output folder. */
    public static final String REPORT = "_pressrun-report.jsonl";

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "A folder searched for articles,"
            + " an article file, or a glob; may be given more than once.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The output folder.")
    String output;

    @Option(names = "--format", paramLabel = "pdf,epub", hideParamSyntax = true, split = ",", defaultValue = "pdf,epub",
            description = "Which editions to write (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "PDF paper size (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--templates", paramLabel = "DIR", description = "A folder of templates, theme.yaml and labels/"
            + " over the bundled ones, at this path on every node (spark-submit --archives ships one).")
    String templates;

    @Option(names = "--strict", description = "Treat warnings as errors: an article with a warning fails.")
    boolean strict;

    @Option(names = "--drafts", description = "Build articles marked as drafts (draft: true) too.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "The website's address, for links to site paths.")
    String baseUrl;

    @Option(names = "--force", description = "Build every article, even those whose editions are up to date.")
    boolean force;

    @Option(names = "--partitions", paramLabel = "N", description = "Parts the articles are built in"
            + " (default: Spark's default parallelism, or one per 200 articles when that is more).")
    Integer partitions;

    /** Hears of each edition staged; only tests set another than {@link StagingHook#NONE}. */
    StagingHook staging = StagingHook.NONE;

    /** The job as spark-submit runs it. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PressJob job = new PressJob();
        CommandLine cli = new CommandLine(job).setOut(out).setErr(err);
        int code;
        try {
            cli.parseArgs(args);
            if (cli.isUsageHelpRequested() || cli.isVersionHelpRequested()) {
                cli.usage(out);
                return;
            }
            try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("pressrun"))) {
                code = job.run(sc, out, err);
            }
        } catch (CommandLine.ParameterException e) {
            err.println("pressrun-spark: error: " + e.getMessage());
            cli.usage(err);
            code = 2;
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Parses {@code args} and runs the job on {@code sc}.
     *
     * @return 0 when every article was built (or was up to date, or a draft left out), 1 when one
     *         or more failed, 2 for bad usage or a configuration that cannot be used
     */
    public static int run(JavaSparkContext sc, PrintWriter out, PrintWriter err, String... args) {
        return run(sc, out, err, StagingHook.NONE, args);
    }

    /** {@link #run(JavaSparkContext, PrintWriter, PrintWriter, String...)}, {@code staging} hearing of each edition. */
    static int run(JavaSparkContext sc, PrintWriter out, PrintWriter err, StagingHook staging, String... args) {
        PressJob job = new PressJob();
        job.staging = staging;
        try {
            new CommandLine(job).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("pressrun-spark: error: " + e.getMessage());
            err.flush();
            return 2;
        }
        return job.run(sc, out, err);
    }

    private int run(JavaSparkContext sc, PrintWriter out, PrintWriter err) {
        JobSettings settings;
        List<String> sources;
        Configuration conf = sc.hadoopConfiguration();
        try {
            settings = settings();
            Presses.of(settings); // the configuration checked once, here, before any task
            sources = ArticleFiles.find(inputs, conf);
        } catch (ConfigurationException e) {
            err.println(e.diagnostic().format());
            err.flush();
            return 2;
        } catch (IllegalArgumentException | IOException e) {
            err.println("pressrun-spark: error: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (sources.isEmpty()) {
            err.println("pressrun-spark: error: no articles found in " + inputs);
            err.flush();
            return 2;
        }
        try {
            Path outDir = new Path(output);
            outDir.getFileSystem(conf).mkdirs(outDir);
            Path qualified = outDir.getFileSystem(conf).makeQualified(outDir);
            BuildManifest.Loaded manifest;
            try (FileSystem fs = EditionFiles.open(qualified, conf)) {
                manifest = JobManifest.load(fs, qualified);
            }
            manifest.problem().ifPresent(why -> err.println(Diagnostic.warning(
                    java.nio.file.Path.of(JobManifest.file(qualified).toUri().getPath()), 0,
                    BuildManifest.ignored(why)).format()));
            err.flush();
            Incremental incremental = new Incremental(qualified.toString(),
                    InputDigests.settingsOf(Presses.of(settings).context()), new HashMap<>(manifest.entries()), force);
            long start = System.nanoTime();
            int parts = partitions != null ? Math.max(1, partitions)
                    : Math.max(sc.defaultParallelism(), sources.size() / 200);
            Results results = build(sc, settings, sources, parts, incremental, staging);
            try (FileSystem fs = EditionFiles.open(qualified, conf)) {
                writeManifest(fs, qualified, incremental, manifest, results, err);
            }
            long failed = results.counts().getOrDefault("failed", 0L);
            out.printf(Locale.ROOT, "%d articles: %s in %.1f s; report in %s/%s%n", sources.size(), results.counts(),
                    (System.nanoTime() - start) / 1e9, qualified, REPORT);
            out.flush();
            return failed == 0 ? 0 : 1;
        } catch (IOException e) {
            err.println("pressrun-spark: error: " + output + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** How many articles ended in each status, and the manifest's part of the reports. */
    private record Results(TreeMap<String, Long> counts, Set<String> handled, Map<String, BuildManifest.Entry> entries) {
    }

    /** Builds every source, writes the report. */
    private static Results build(JavaSparkContext sc, JobSettings settings, List<String> sources, int parts,
                                 Incremental incremental, StagingHook staging) throws IOException {
        Broadcast<HadoopSettings> hadoop = sc.broadcast(new HadoopSettings(sc.hadoopConfiguration()));
        Broadcast<Incremental> manifest = sc.broadcast(incremental);
        JavaPairRDD<String, SlugClaim> claims = sc.parallelize(sources, Math.min(parts, sources.size()))
                .mapPartitionsToPair(paths -> SlugClaim.readAll(paths, settings, hadoop.value()));
        JavaRDD<ArticleReport> reports = claims.groupByKey(parts).mapPartitions(groups ->
                ArticleTask.buildAll(groups, settings, hadoop.value(), manifest.value(), staging));
        reports.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            reports.count();
            return writeReport(reports.toLocalIterator(), new Path(incremental.outDir()), sc.hadoopConfiguration());
        } finally {
            reports.unpersist(false);
            hadoop.destroy();
            manifest.destroy();
        }
    }

    /**
     * Writes the manifest: this run's entries and the earlier ones of articles it did not deal
     * with, as the command line keeps them; a failure to write it is a warning.
     */
    private static void writeManifest(FileSystem fs, Path outDir, Incremental incremental,
                                      BuildManifest.Loaded loaded, Results results, PrintWriter err) {
        Map<String, BuildManifest.Entry> all = BuildManifest.merged(loaded.entries(), results.handled(),
                results.entries());
        if (all.isEmpty() && loaded.entries().isEmpty() && loaded.problem().isEmpty()) {
            return; // nothing built, nothing recorded before: no manifest to make
        }
        try {
            JobManifest.write(fs, outDir, incremental.settings(), all.values());
        } catch (IOException e) {
            err.println(Diagnostic.warning(java.nio.file.Path.of(JobManifest.file(outDir).toUri().getPath()), 0,
                    "could not write the build manifest, so the next build builds every article again: "
                            + ErrorWords.of(e)).format());
            err.flush();
        }
    }

    /** Streams the report lines into the report file, written under a temporary name and renamed. */
    private static Results writeReport(Iterator<ArticleReport> reports, Path outDir, Configuration conf)
            throws IOException {
        Results results = new Results(new TreeMap<>(), new HashSet<>(), new HashMap<>());
        try (FileSystem fs = EditionFiles.open(outDir, conf)) {
            Path tmp = new Path(outDir, "." + REPORT + "." + UUID.randomUUID() + EditionFiles.TEMPORARY);
            try (FSDataOutputStream stream = fs.create(tmp, false);
                 Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                while (reports.hasNext()) {
                    ArticleReport r = reports.next();
                    results.counts().merge(r.status(), 1L, Long::sum);
                    if (r.handled() != null) {
                        results.handled().add(SlugClaims.key(r.handled()));
                    }
                    if (r.entry() != null) {
                        results.entries().put(r.entry().slug(), r.entry());
                    }
                    w.write(r.json());
                    w.write('\n');
                }
                stream.hflush();
            } catch (IOException | RuntimeException e) {
                fs.delete(tmp, false);
                throw e;
            }
            try {
                EditionFiles.rename(fs, tmp, new Path(outDir, REPORT));
            } catch (IOException e) {
                fs.delete(tmp, false);
                throw e;
            }
            EditionFiles.sweep(fs, outDir);
        }
        return results;
    }

    private JobSettings settings() {
        return new JobSettings(paper, BuildContext.Format.parse(formats), templates == null ? "" : templates, strict,
                drafts, baseUrl == null ? "" : baseUrl,
                BuildContext.sourceDateEpoch(System.getenv()).map(Instant::getEpochSecond).orElse(null));
    }
}
