package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Inline;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads test sources as a build does, and shows what they became, for the tests of this package. */
final class ArticleReading {
    private static final BuildContext CTX = BuildContext.defaults();
    /** A short front matter, for tests about the body. */
    static final String FRONT = "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\n";

    private ArticleReading() {
    }

    static ArticleReader.Result read(Path file) {
        return new ArticleReader(CTX.templates(), CTX.limits()).read(file);
    }

    /** Reads {@link #FRONT} and this body, written to {@code post.md} in the folder. */
    static ArticleReader.Result readBody(Path dir, String body) {
        return read(TestFiles.write(dir, "post.md", FRONT + body));
    }

    /** The blocks {@link #readBody} makes of this body, one a line as {@link #show} shows them. */
    static String shownBody(Path dir, String body) {
        return show(readBody(dir, body).article().body());
    }

    static ArticleReader.Result read(Path file, SiteOptions site) {
        return new ArticleReader(CTX.templates(), CTX.limits(), site).read(file);
    }

    /** Reading the file fails, and each message names the file and its line as {@code path:line: error:}. */
    static ArticleException refused(Path file) {
        ArticleException e = assertThrows(ArticleException.class, () -> read(file));
        for (Diagnostic d : e.diagnostics()) {
            assertEquals(file, d.file(), "the message names the file");
            assertTrue(d.format().startsWith(file + ":" + d.line() + ": error: "), d.format());
        }
        return e;
    }

    /** The blocks, one a line: P (a paragraph), CODE, FIG src | alt | caption | credit. */
    static String show(List<Block> blocks) {
        return blocks.stream().map(b -> {
            if (b instanceof Block.Paragraph p) {
                return "P " + inlines(p.content());
            }
            if (b instanceof Block.CodeBlock c) {
                return "CODE " + c.text();
            }
            if (b instanceof Block.Figure f) {
                return "FIG " + f.image().src() + " | " + f.image().alt() + " | " + f.image().caption() + " | "
                        + f.image().credit();
            }
            if (b instanceof Block.Heading h) {
                return "H " + inlines(h.content());
            }
            return b.toString();
        }).collect(Collectors.joining("\n"));
    }

    /** Inlines as Markdown writes them; any other kind as one space. */
    static String inlines(List<Inline> content) {
        return content.stream().map(i -> {
            if (i instanceof Inline.Text t) {
                return t.text();
            }
            if (i instanceof Inline.Emphasis e) {
                return "*" + inlines(e.content()) + "*";
            }
            if (i instanceof Inline.Strong s) {
                return "**" + inlines(s.content()) + "**";
            }
            if (i instanceof Inline.Code c) {
                return "`" + c.text() + "`";
            }
            if (i instanceof Inline.Link l) {
                return "[" + inlines(l.content()) + "](" + l.href() + ")";
            }
            return " ";
        }).collect(Collectors.joining());
    }
}
