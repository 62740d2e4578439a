package io.pressrun.bench;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes N small articles into a folder, as the benchmarks make them (each from the bundled
 * example, its own slug, the 1600×900 lead JPEG beside it), for timing or measuring a build by
 * hand:
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.mainClass=io.pressrun.bench.GenerateArticles \
 *     -Dexec.classpathScope=test -Dexec.args="/tmp/articles-1000 1000"
 * </pre>
 */
public final class GenerateArticles {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateArticles FOLDER N");
        }
        Path dir = Paths.get(args[0]);
        int n = Integer.parseInt(args[1]);
        BatchBenchmark.makeArticles(dir, n);
        System.out.println(n + " articles in " + dir);
    }
}
