package io.pressrun.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    private static final Path EXAMPLE = Paths.get("examples/governments-call-on-facebook-to-pause-encryption-efforts");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateArticles FOLDER N");
        }
        Path dir = Paths.get(args[0]);
        int n = Integer.parseInt(args[1]);
        write(dir, n, Integer.MAX_VALUE);
        System.out.println(n + " articles in " + dir);
    }

    /**
     * N copies of the example in {@code dir/article-<i>/article.md}, each with its own slug
     * ({@code article-<i>}), the example's lead JPEG beside it, and the first {@code paragraphs}
     * paragraphs of the example's body, rotated by one more for each article.
     */
    public static Path write(Path dir, int n, int paragraphs) throws IOException {
        return write(dir, n, paragraphs, 1);
    }

    /** As {@link #write(Path, int, int)}, with the lead picture in every {@code leadEvery}-th article only (the first among them). */
    public static Path write(Path dir, int n, int paragraphs, int leadEvery) throws IOException {
        String text = Files.readString(EXAMPLE.resolve("article.md"));
        int bodyStart = text.indexOf("\n---\n", 4) + 5;
        String front = text.substring(0, bodyStart);
        String unpictured = front.replaceFirst("(?ms)^image:.*?(?=^---)", "");
        List<String> body = new ArrayList<>(List.of(text.substring(bodyStart).strip().split("\n\n")));
        for (int i = 0; i < n; i++) {
            Path a = dir.resolve("article-" + i);
            Files.createDirectories(a);
            boolean lead = i % leadEvery == 0;
            if (lead) {
                Files.copy(EXAMPLE.resolve("lead.jpg"), a.resolve("lead.jpg"));
            }
            Collections.rotate(body, 1);
            Files.writeString(a.resolve("article.md"), (lead ? front : unpictured).replaceFirst("(?m)^slug: .*$",
                    "slug: article-" + i) + "\n" + String.join("\n\n", body.subList(0, Math.min(paragraphs, body.size())))
                    + "\n");
        }
        return dir;
    }
}
