package io.pressrun.batch;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A small built-in article with every kind of element once (title, subtitle, two authors with
 * roles and bios, dates, publisher, a JPEG lead image and a PNG figure with captions and
 * credits, both heading levels, emphasis, strong text, code, a link, a line break, struck text,
 * a note and its reference, a quote, both kinds of list, a code block, a table, a section break,
 * credits), in plain English text every
 * theme's fonts can show. {@link ConfigurationCheck} sets it under the user's theme and
 * templates, so that every setting the editions read is read once before any real article.
 */
final class ProbeArticle {
    static final Path SOURCE = Path.of("(sample article)");

    private ProbeArticle() {
    }

    static Article create() {
        Inline.Text text = new Inline.Text("Officials from several countries asked the company to pause its plans, "
                + "saying that the change would make investigations considerably more difficult. ");
        Block.Paragraph rich = new Block.Paragraph(List.of(text,
                new Inline.Emphasis(List.of(new Inline.Text("emphasis"))), new Inline.Text(", "),
                new Inline.Strong(List.of(new Inline.Text("strong words"))), new Inline.Text(", "),
                new Inline.Code("inline code"), new Inline.Text(" and "),
                new Inline.Link("https://example.com/report", List.of(new Inline.Text("a link"))),
                new Inline.LineBreak(), new Inline.Text("after a line break, the paragraph goes on, "),
                new Inline.Strikethrough(List.of(new Inline.Text("struck words"))), new Inline.Text(" and a note"),
                new Inline.NoteReference(1), new Inline.Text(".")));
        Block.Paragraph plain = new Block.Paragraph(List.of(text, text, text));
        List<Block> body = List.of(
                rich,
                new Block.Heading(2, List.of(new Inline.Text("A heading"))),
                plain,
                new Block.Heading(3, List.of(new Inline.Text("A smaller heading"))),
                new Block.BlockQuote(List.of(new Block.Paragraph(List.of(new Inline.Text("A quotation set apart."))))),
                new Block.ListBlock(false, 1, List.of(List.of(para("First item")), List.of(para("Second item")))),
                new Block.ListBlock(true, 3, List.of(List.of(para("Third")), List.of(para("Fourth")))),
                new Block.CodeBlock("let answer = 42;\nprint(answer)"),
                new Block.Figure(image("figure.png", "image/png", "png", "A figure", "The figure's caption.",
                        "The figure's credit")),
                new Block.Table(List.of(Block.Table.ColumnAlign.NONE, Block.Table.ColumnAlign.RIGHT),
                        List.of(List.of(new Inline.Text("Place")), List.of(new Inline.Text("Count"))),
                        List.of(List.of(List.of(new Inline.Text("North")), List.of(new Inline.Text("12"))),
                                List.of(List.of(new Inline.Text("South")), List.of()))),
                new Block.SectionBreak(),
                plain,
                new Block.Notes(List.of(new Block.Note(1, List.of(para("The note's text."))))));
        return new Article(SOURCE, "sample", "urn:uuid:00000000-0000-4000-8000-000000000000", "en",
                "A sample article", "A subtitle that sums it up",
                List.of(new Author("Ann Example", "Senior Reporter", "Ann writes about technology."),
                        new Author("Bo Sample", "Editor", "Bo edits.")),
                ArticleDate.of(LocalDate.of(2024, 5, 1)), Optional.of(ArticleDate.of(LocalDate.of(2024, 5, 2))),
                "The Example Times", "Copyright 2024 The Example Times", "A summary.", List.of("sample"),
                Optional.of(image("lead.jpg", "image/jpeg", "jpg", "The lead picture", "The lead caption.",
                        "The lead credit")),
                body, 250);
    }

    private static Block.Paragraph para(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Image image(String name, String mediaType, String format, String alt, String caption,
                               String credit) {
        // its pixels do not matter: the check is that the writers can place and carry a picture
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, format, out)) {
                throw new IllegalStateException("no image writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Image(name, Path.of(name), mediaType, 40, 30, Bytes.copyOf(out.toByteArray()), alt, caption, credit);
    }
}
