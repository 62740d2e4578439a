package io.pressrun.cli;

import io.pressrun.Press;
import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.Batch;
import io.pressrun.batch.BatchOutcome;
import io.pressrun.batch.BatchReport;
import io.pressrun.batch.BuildContext;
import io.pressrun.batch.ConfigurationCheck;
import io.pressrun.batch.JUnitReport;
import io.pressrun.batch.Orphan;
import io.pressrun.batch.Shard;
import io.pressrun.batch.SourceFinder;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
import io.pressrun.source.SiteOptions;
import io.pressrun.style.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pressrun build}: builds the editions of every article given. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Builds a PDF and an EPUB edition of each article.",
            "",
            "SOURCE is an article file (.md, .markdown, .mdown, .mkd), or a folder searched",
            "recursively for them (README.md, _index.md, hidden folders and node_modules",
            "are skipped). A named file that cannot be read fails alone. Each article gives",
            "DIR/<slug>.pdf and DIR/<slug>.epub. Errors and warnings go to stderr as",
            "'path:line: error: message'. An article that fails leaves no file behind;",
            "the other articles are still built. The theme, labels, templates, fonts",
            "and output folder are checked once before any article; a problem there",
            "is one message pointing into the file that has it, and exit code 2.",
            "",
            "DIR/.pressrun-manifest.json records what each article's editions were built",
            "from; an article whose source, images, templates and options are unchanged",
            "and whose editions are intact is skipped ('skipped' instead of 'built').",
            "Editions whose article is gone are named; --prune removes them.",
            "",
            "SOURCE_DATE_EPOCH, when set, is the timestamp written into every file;",
            "otherwise each article's own date is. The same input gives the same bytes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every article was built or was up to date",
            "1:one or more articles failed, the others were built (an internal error in one article fails"
                    + " that article only)",
            "2:bad usage (unknown option, missing SOURCE, no articles found) or a configuration that cannot"
                    + " be used (theme, labels, template, font, output folder): one message, nothing built",
            "3:internal error outside any article: please report it, with the output of --debug"})
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "editions",
            description = "Output folder (default: ${DEFAULT-VALUE}); created when missing.")
    Path out;

    @Option(names = "--format", paramLabel = "pdf,epub", hideParamSyntax = true, split = ",", defaultValue = "pdf,epub",
            description = "Which editions to write (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @CommandLine.Mixin
    StyleOptions style;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Articles built at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--report", paramLabel = "FILE.json",
            description = "Also write a JSON report: each article's status, outputs and messages.")
    Path report;

    @Option(names = "--junit", paramLabel = "FILE.xml",
            description = "Also write a JUnit XML report: one test case per article, failed when the article failed.")
    Path junit;

    @Option(names = "--force", description = "Build every article, even those whose editions are up to date.")
    boolean force;

    @Option(names = "--prune", description = "Remove the editions of articles that are gone (their slug is no"
            + " longer any source's).")
    boolean prune;

    @Option(names = "--shard", paramLabel = "K/N", description = "Build only the K-th of N parts of the articles"
            + " (parts by slug; slug conflicts are still found among all).")
    String shard;

    @Option(names = "--strict", description = "Treat warnings as errors: an article with a warning fails.")
    boolean strict;

    @Option(names = "--site-root", paramLabel = "DIR", description = "The website the articles belong to: image paths"
            + " that start with '/' are found in it (or its static/ folder), and relative image paths may lead anywhere"
            + " inside it, never outside. Default: the nearest folder above an article with a site configuration"
            + " (hugo.toml, config.toml, _config.yml, ...).")
    Path siteRoot;

    @Option(names = "--base-url", paramLabel = "URL", description = "The website's address: links to site paths"
            + " ('/about/') become links under it. Without it they are kept as text, with a warning.")
    String baseUrl;

    @Option(names = "--drafts", description = "Build articles marked as drafts (draft: true) too.")
    boolean drafts;

    @Option(names = "--debug", description = "Add the stack trace to messages about unexpected failures, and let the"
            + " libraries log (for bug reports). PRESSRUN_DEBUG=1 does the same.")
    boolean debug;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Article files or folders.")
    List<Path> sources;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        boolean debugging = ErrorOutput.debugging(debug);
        Press press;
        List<Path> articles;
        Shard part;
        try {
            Press.Builder settings = settings();
            part = shard();
            articles = articles();
            press = settings.debug(debugging).build();
            ConfigurationCheck.checkOutputFolder(out);
            if (report != null) {
                ConfigurationCheck.checkReportFile(report, "--report");
            }
            if (junit != null) {
                ConfigurationCheck.checkReportFile(junit, "--junit");
            }
        } catch (ConfigurationException e) {
            return ErrorOutput.configuration(e, err, debugging);
        }
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        BuildOutput output = BuildOutput.forRun(System.getenv(), System.console() != null, stdout, err);
        long start = System.nanoTime();
        BatchOutcome outcome = press.batch(out, workers, new Batch.Options(part, true, force, prune))
                .build(articles, output::started, output::finished);
        List<ArticleResult> results = outcome.results();
        long millis = (System.nanoTime() - start) / 1_000_000;
        output.done(results, millis);
        for (Diagnostic note : outcome.notes()) {
            err.println(note.format());
        }
        for (Orphan o : outcome.orphans()) {
            if (!prune) {
                err.println(String.join(" ", o.files().stream().map(Path::toString).toList())
                        + ": warning: no article has slug '" + o.slug() + "' any more (its source was " + o.source()
                        + "); --prune removes these editions");
            } else if (!o.removed().isEmpty()) {
                stdout.println("removed " + String.join(" ", o.removed().stream().map(Path::toString).toList()));
            }
        }
        stdout.flush();
        err.flush();
        long failed = results.stream().filter(ArticleResult::failed).count();
        boolean reportsWritten = writeReport(report, "report", () -> BatchReport.write(report, outcome, part, millis), err)
                & writeReport(junit, "JUnit report", () -> JUnitReport.write(junit, results, millis), err);
        return failed == 0 && reportsWritten ? 0 : 1;
    }

    /** The build's settings; bad usage is a parameter error (exit 2). */
    private Press.Builder settings() {
        try {
            if (jobs != null && jobs < 1) {
                throw new IllegalArgumentException("--jobs must be 1 or more");
            }
            if (siteRoot != null && !java.nio.file.Files.isDirectory(siteRoot)) {
                throw new IllegalArgumentException("--site-root " + siteRoot + " is not a folder");
            }
            return Press.builder().environment(System.getenv()).formats(BuildContext.Format.parse(formats)).paper(style.paper())
                    .strict(strict).templates(style.templates()).site(new SiteOptions(Optional.ofNullable(siteRoot),
                            Optional.ofNullable(baseUrl).map(SiteOptions::baseUrl), drafts));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The part of the batch to build (--shard K/N); a malformed one is a parameter error (exit 2). */
    private Shard shard() {
        try {
            return shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** The article files SOURCE names; none, or a SOURCE that is no article, is a parameter error (exit 2). */
    private List<Path> articles() {
        List<Path> found;
        try {
            found = SourceFinder.find(sources, true);
        } catch (SourceFinder.BadSourceException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "no articles found in " + sources + " (looked for .md, .markdown, .mdown and .mkd files other than"
                            + " README.md and _index.md)");
        }
        return found;
    }

    private interface ReportWriter {
        void write() throws IOException;
    }

    /** Writes a report asked for; false, with a message, when it cannot be written. */
    private static boolean writeReport(Path file, String what, ReportWriter writer, PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            writer.write();
            return true;
        } catch (IOException e) {
            err.println(file + ": error: could not write the " + what + ": " + ErrorWords.of(e));
            err.flush();
            return false;
        }
    }
}
