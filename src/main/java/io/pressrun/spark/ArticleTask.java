package io.pressrun.spark;

import io.pressrun.Press;
import io.pressrun.PressResult;
import io.pressrun.batch.ArticleBuild;
import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.Failures;
import io.pressrun.batch.SlugClaims;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.ErrorWords;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import scala.Tuple2;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the articles of one partition after the shuffle by slug: each group is the articles
 * that claim one slug (letter case aside). A group of one is built and its editions written;
 * every article of a larger group is read (for its own messages) and refused, as the command
 * line's batch refuses them. Each article gives one report line.
 */
final class ArticleTask {
    private ArticleTask() {
    }

    static Iterator<ArticleReport> buildAll(Iterator<Tuple2<String, Iterable<SlugClaim>>> groups,
                                            JobSettings settings, HadoopSettings hadoop, String outDir)
            throws IOException {
        Press press = Presses.of(settings);
        Configuration conf = hadoop.configuration();
        Path out = new Path(outDir);
        List<ArticleReport> reports = new ArrayList<>();
        try (FileSystem fs = EditionFiles.open(out, conf)) {
            while (groups.hasNext()) {
                List<SlugClaim> claimants = new ArrayList<>();
                groups.next()._2().forEach(claimants::add);
                claimants.sort(java.util.Comparator.comparing(SlugClaim::source)); // the others named in source order
                for (SlugClaim c : claimants) {
                    reports.add(build(press, c, claimants, conf, fs, out));
                }
            }
        }
        return reports.iterator();
    }

    private static ArticleReport build(Press press, SlugClaim claim, List<SlugClaim> claimants, Configuration conf,
                                       FileSystem fs, Path out) {
        long start = System.nanoTime();
        java.nio.file.Path name = java.nio.file.Path.of(claim.name());
        Path source = new Path(claim.source());
        PressResult result;
        try {
            byte[] text = SlugClaim.read(claim.source(), conf);
            ArticleBuild.Guard guard = article -> {
                if (claimants.size() > 1) {
                    return Optional.of(SlugClaims.conflict(claim.asClaim(),
                            claimants.stream().map(SlugClaim::asClaim).toList()));
                }
                if (article.isPresent() && !article.get().slug().equals(claim.slug())) {
                    return Optional.of(SlugClaims.changed(name, article.get().slug()));
                }
                return Optional.empty();
            };
            result = press.build(claim.name(), text, new HadoopAssets(source.getFileSystem(conf), source), guard);
        } catch (IOException e) {
            result = failed(claim.slug(), List.of(), Diagnostic.error(name, 0, "cannot read the file: "
                    + ErrorWords.of(e)));
        }
        List<ArticleBuild.Edition> written = List.of();
        if (result.built()) {
            try {
                EditionFiles.write(fs, out, result.editions());
                written = result.editions();
            } catch (IOException | RuntimeException e) {
                result = failed(result.slug(), result.diagnostics(), Failures.of(name, "write the editions", e, false));
            }
        }
        return ArticleReport.of(claim.source(), result, written, out.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    private static PressResult failed(String slug, List<Diagnostic> before, Diagnostic error) {
        List<Diagnostic> all = new ArrayList<>(before);
        all.add(error);
        return new PressResult(ArticleResult.Status.FAILED, slug == null ? "" : slug, Optional.empty(), Optional.empty(),
                all);
    }
}
