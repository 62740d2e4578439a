package io.pressrun.epub;

import io.pressrun.build.BuildContext;
import io.pressrun.model.Article;

import java.io.IOException;
import java.io.OutputStream;

public final class EpubWriter {
    public EpubWriter(BuildContext ctx) {
    }

    public void write(Article article, OutputStream out) throws IOException {
        out.write(article.title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
