package io.pressrun.pdf;

import io.pressrun.build.BuildContext;
import io.pressrun.model.Article;

import java.io.IOException;
import java.io.OutputStream;

public final class PdfWriter {
    public PdfWriter(BuildContext ctx) {
    }

    public void write(Article article, OutputStream out) throws IOException {
        out.write(article.title().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
