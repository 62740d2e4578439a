package io.pressrun.typeset.linebreak;

import io.pressrun.model.Article;
import io.pressrun.style.Paper;
import io.pressrun.text.WordCount;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times line breaking of every justified paragraph of the bundled example and of a 5,000-word
 * article made from it, total fit against first fit, in a JVM of its own:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) io.pressrun.typeset.LineBreakingBenchmark
 * </pre>
 */
public final class LineBreakingBenchmark {
    private LineBreakingBenchmark() {
    }

    public static void main(String[] args) {
        ParagraphQualityTest.articles();
        System.out.println("| article | words | justified paragraphs | total fit, ms (min / median) "
                + "| first fit, ms (min / median) | typesetting, ms (median) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Article a : List.of(ParagraphQualityTest.example, ParagraphQualityTest.long5000)) {
            var rec = new ParagraphQualityTest.Recording();
            ParagraphQualityTest.typeset(a, Paper.A4, rec);
            double[] kp = time(rec.paragraphs, new KnuthPlassLineBreaker());
            double[] ff = time(rec.paragraphs, new FirstFitLineBreaker());
            double[] whole = new double[11];
            for (int i = 0; i < whole.length; i++) {
                long t0 = System.nanoTime();
                ParagraphQualityTest.typeset(a, Paper.A4, new KnuthPlassLineBreaker());
                whole[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(whole);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.3f / %.3f | %.3f / %.3f | %.1f |%n",
                    a == ParagraphQualityTest.example ? "example" : "long", WordCount.of(a.body()),
                    rec.paragraphs.size(), kp[0], kp[1], ff[0], ff[1], whole[whole.length / 2]);
        }
    }

    /** Minimum and median of 101 runs over all paragraphs, after 3 s of warm-up. */
    static double[] time(List<ParagraphQualityTest.Paragraph> paragraphs, LineBreaker breaker) {
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            paragraphs.forEach(p -> breaker.breakpoints(p.items(), p.widths()));
        }
        double[] runs = new double[101];
        for (int i = 0; i < runs.length; i++) {
            long t0 = System.nanoTime();
            paragraphs.forEach(p -> breaker.breakpoints(p.items(), p.widths()));
            runs[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(runs);
        return new double[] {runs[0], runs[runs.length / 2]};
    }
}
