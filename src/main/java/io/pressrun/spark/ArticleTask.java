package io.pressrun.spark;

import io.pressrun.Press;
import io.pressrun.PressResult;
import io.pressrun.batch.ArticleBuild;
import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.BuildManifest;
import io.pressrun.batch.Digests;
import io.pressrun.batch.Failures;
import io.pressrun.batch.InputDigests;
import io.pressrun.batch.SlugClaims;
import io.pressrun.model.Article;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import scala.Tuple2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the articles of one partition after the shuffle by slug: each group is the articles
 * that claim one slug (letter case aside). A group of one is skipped when its editions are up to
 * date ({@link UpToDate}), else built and its editions written; every article of a larger group
 * is read (for its own messages) and refused, as the command line's batch refuses them. Each
 * article gives one report line, with its manifest entry when it was built or skipped.
 */
final class ArticleTask {
    private final Press press;
    private final Incremental incremental;
    private final StagingHook hook;
    private final Configuration conf;
    private final FileSystem fs;
    private final Path out;

    private ArticleTask(Press press, Incremental incremental, StagingHook hook, Configuration conf, FileSystem fs,
                        Path out) {
        this.press = press;
        this.incremental = incremental;
        this.hook = hook;
        this.conf = conf;
        this.fs = fs;
        this.out = out;
    }

    static Iterator<ArticleReport> buildAll(Iterator<Tuple2<String, Iterable<SlugClaim>>> groups,
                                            JobSettings settings, HadoopSettings hadoop, Incremental incremental,
                                            StagingHook hook) throws IOException {
        Configuration conf = hadoop.configuration();
        Path out = new Path(incremental.outDir());
        List<ArticleReport> reports = new ArrayList<>();
        try (FileSystem fs = EditionFiles.open(out, conf)) {
            ArticleTask task = new ArticleTask(Presses.of(settings), incremental, hook, conf, fs, out);
            while (groups.hasNext()) {
                List<SlugClaim> claimants = new ArrayList<>();
                groups.next()._2().forEach(claimants::add);
                claimants.sort(Comparator.comparing(SlugClaim::source)); // the others named in source order
                for (SlugClaim c : claimants) {
                    reports.add(task.article(c, claimants));
                }
            }
        }
        return reports.iterator();
    }

    private ArticleReport article(SlugClaim claim, List<SlugClaim> claimants) {
        long start = System.nanoTime();
        java.nio.file.Path name = java.nio.file.Path.of(claim.name());
        byte[] text;
        try {
            text = SlugClaim.read(claim.source(), conf);
        } catch (IOException e) {
            return report(claim, failed(claim.slug(), List.of(), Diagnostic.error(name, 0, "cannot read the file: "
                    + ErrorWords.of(e))), List.of(), null, start);
        }
        if (claimants.size() == 1 && claim.slug() != null) {
            Optional<BuildManifest.Entry> upToDate = UpToDate.check(incremental, claim, text, press.context(), conf,
                    fs, out);
            if (upToDate.isPresent()) {
                BuildManifest.Entry e = upToDate.get();
                List<Diagnostic> warnings = e.warnings().stream()
                        .map(w -> Diagnostic.warning(name, w.line(), w.message())).toList();
                return report(claim, new PressResult(ArticleResult.Status.SKIPPED, e.slug(), Optional.empty(),
                        Optional.empty(), warnings), e.editions(), e, start);
            }
        }
        AtomicReference<Article> read = new AtomicReference<>();
        ArticleBuild.Guard guard = article -> {
            article.ifPresent(read::set);
            if (claimants.size() > 1) {
                return Optional.of(SlugClaims.conflict(claim.asClaim(),
                        claimants.stream().map(SlugClaim::asClaim).toList()));
            }
            if (article.isPresent() && !article.get().slug().equals(claim.slug())) {
                return Optional.of(SlugClaims.changed(name, article.get().slug()));
            }
            return Optional.empty();
        };
        Path source = new Path(claim.source());
        PressResult result;
        try {
            result = press.build(claim.name(), text, new HadoopAssets(source.getFileSystem(conf), source), guard);
        } catch (IOException e) {
            result = failed(claim.slug(), List.of(), Diagnostic.error(name, 0, "cannot read the file: "
                    + ErrorWords.of(e)));
        }
        if (!result.built()) {
            return report(claim, result, List.of(), null, start);
        }
        try {
            EditionFiles.write(fs, out, result.editions(), hook);
            List<BuildManifest.Edition> written = result.editions().stream()
                    .map(e -> new BuildManifest.Edition(e.fileName(), e.bytes().length, e.sha256())).toList();
            String sourceKey = incremental.sourceKey(claim.source());
            BuildManifest.Entry entry = InputDigests.entry(incremental.settings(), name, sourceKey,
                    Digests.ofBytes(text), read.get(), written, result.diagnostics());
            return report(claim, result, written, entry, start);
        } catch (IOException | RuntimeException e) {
            return report(claim, failed(result.slug(), result.diagnostics(),
                    Failures.of(name, "write the editions", e, false)), List.of(), null, start);
        }
    }

    private ArticleReport report(SlugClaim claim, PressResult result, List<BuildManifest.Edition> outputs,
                                 BuildManifest.Entry entry, long start) {
        return ArticleReport.of(claim.source(), result.status().word(), result.slug(), outputs, result.diagnostics(),
                out.toString(), (System.nanoTime() - start) / 1_000_000, claim.slug(), entry);
    }

    private static PressResult failed(String slug, List<Diagnostic> before, Diagnostic error) {
        List<Diagnostic> all = new ArrayList<>(before);
        all.add(error);
        return new PressResult(ArticleResult.Status.FAILED, slug == null ? "" : slug, Optional.empty(), Optional.empty(),
                all);
    }
}
