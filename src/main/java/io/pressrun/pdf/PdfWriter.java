package io.pressrun.pdf;

import io.pressrun.build.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.style.Labels;
import io.pressrun.typeset.FontFace;
import io.pressrun.typeset.FontSet;
import io.pressrun.typeset.Typesetter;
import io.pressrun.typeset.TypesetDocument;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes an article's PDF edition. Font files are read once per writer and parsed once per
 * thread (a parsed font reads its tables lazily, so it is never shared between threads, but
 * one thread reuses it for every article it writes); every {@link #write} call builds its own
 * document, so one writer serves several threads. The same article and context always give
 * the same bytes.
 */
public final class PdfWriter {
    private final BuildContext ctx;
    private final FontFiles fontFiles;
    private final ThreadLocal<Map<String, FontFace>> faces = ThreadLocal.withInitial(HashMap::new);

    public PdfWriter(BuildContext ctx) {
        this.ctx = ctx;
        this.fontFiles = FontFiles.load(ctx.theme());
    }

    /** Typesets and writes the article; any failure is thrown, nothing is half-written silently. */
    public void write(Article article, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            TypesetDocument typeset = typeset(article, fontSet());
            var structure = new PdfStructure(doc, article.language());
            var resources = new PdfResources(doc);
            var painter = new PdfPagePainter(doc, resources, structure);
            for (TypesetDocument.Page page : typeset.pages()) {
                painter.paint(page, typeset.pageWidth(), typeset.pageHeight());
            }
            resources.finish();
            structure.finish();
            PdfMetadata.apply(doc, article, ctx.timestampFor(article));
            SrgbOutputIntent.apply(doc);
            doc.setVersion(1.7f); // PDF/A-2 and PDF/UA-1 are both based on ISO 32000-1 (PDF 1.7)
            doc.save(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The layout only, for inspection and tests. */
    public TypesetDocument typeset(Article article) {
        return typeset(article, fontSet());
    }

    /** This thread's fonts, parsed when first needed. */
    private FontSet fontSet() {
        Map<String, FontFace> parsed = faces.get();
        return new FontSet(ctx.theme(), name -> parsed.computeIfAbsent(name, n -> new FontFace(n, parse(n))));
    }

    private TypesetDocument typeset(Article article, FontSet fonts) {
        Labels labels = Labels.forLanguage(ctx.templates(), article.language());
        return new Typesetter(ctx.theme(), labels, ctx.paper(), fonts).typeset(article);
    }

    private TrueTypeFont parse(String name) {
        try {
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(fontFiles.get(name)));
            // fontbox's glyph substitution would change glyphs the layout measured; the layout
            // chooses ligatures itself (FontFace.shape) and the painter shows them by glyph ID.
            f.setEnableGsub(false);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }
}
