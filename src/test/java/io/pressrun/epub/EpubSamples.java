package io.pressrun.epub;

import io.pressrun.image.EditionImages;
import io.pressrun.image.ImageLimits;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Hand-built articles for the EPUB tests, and the writer of the bundled templates. */
public final class EpubSamples {
    /** Raw-looking markup that must come out as text. */
    public static final String SCRIPT_TEXT = "<script>alert(1)</script>";
    public static final String HANDLER_TEXT = "<img src=x onerror=\"alert(2)\">";

    private EpubSamples() {
    }

    /** An EPUB writer with the bundled templates and theme, as a build without {@code --templates} has. */
    static EpubWriter writer() {
        return new EpubWriter(Templates.bundled(), new EditionImages(ImageLimits.fromTheme(Theme.load(Templates.bundled()))));
    }

    /** A full article: every kind of block and inline, a lead image and a figure, awkward characters. */
    public static Article full() {
        Image lead = new Image("images/harbour.jpg", Path.of("images/harbour.jpg"), "image/jpeg", 64, 40,
                jpeg(64, 40, new Color(40, 90, 140)),
                "Fishing boats moored in the harbour at dawn",
                "Boats in Ålesund harbour before the storm — “calm” for now",
                "Åse Nordmann/Ålesund Tidende");
        Image chart = new Image("images/chart.png", Path.of("images/chart.png"), "image/png", 48, 32,
                png(48, 32, new Color(200, 60, 40)),
                "Bar chart of wind speeds rising through the night",
                "Wind speeds recorded at Vigra, 3–4 March",
                "Norwegian Meteorological Institute");

        List<Block> body = List.of(
                p(t("The storm arrived “earlier than forecast,” said the harbour master, who’d watched "),
                        new Inline.Emphasis(List.of(t("every"))), t(" boat come in — all 312 of them… "),
                        new Inline.Strong(List.of(t("None"))), t(" were lost.")),
                p(t("Readings from the "), link("https://www.met.no/en", t("weather service")),
                        t(" and a "), link("javascript:alert(3)", t("suspicious tracker")),
                        t(" showed gusts near "), new Inline.Code("42 m/s"), t("; write to "),
                        link("mailto:desk@example.org", t("the desk")), t(" with sightings.")),
                p(t("A reader typed " + SCRIPT_TEXT + " into the comment box, and another "
                        + HANDLER_TEXT + " & more.")),
                new Block.Heading(2, List.of(t("Before the wind: préparation"))),
                p(t("Café owner Jürgen Müller boarded up his windows."), new Inline.LineBreak(),
                        t("His neighbour, Жанна, kept hers open.")),
                new Block.ListBlock(false, 1, List.of(
                        List.of(p(t("Sandbags at the quay"))),
                        List.of(p(t("Generators fuelled"), new Inline.Emphasis(List.of(t(" twice"))))))),
                new Block.ListBlock(true, 3, List.of(
                        List.of(p(t("Third step: close the locks"))),
                        List.of(p(t("Fourth step: wait"))))),
                new Block.BlockQuote(List.of(
                        p(t("We have seen worse, but not often,”"), t(" said the mayor.")))),
                new Block.Figure(chart),
                new Block.Heading(3, List.of(t("Technical note"))),
                new Block.CodeBlock("gust_max = max(readings)\nif gust_max > 32:\n    alert(\"storm\") # <not markup>\n"),
                new Block.SectionBreak(),
                new Block.Heading(2, List.of(t("After the storm"))),
                p(t("By morning the quay was quiet again, ‘as if nothing had happened.’")));

        return new Article(Path.of("articles/storm.md"), "storm", "urn:uuid:8f14e45f-ceea-467f-a2b8-2c3e4f5a6b7c",
                "en", "Storm “Ingunn” batters the coast — boats safe",
                "Harbour crews worked through the night; the town’s café stayed open",
                List.of(new Author("Åse Nordmann", "Coastal correspondent",
                                "Åse Nordmann reports on fisheries & weather from Ålesund."),
                        new Author("Jürgen Müller", "Photographer", "")),
                ArticleDate.of(OffsetDateTime.of(2024, 3, 4, 7, 30, 0, 0, ZoneOffset.ofHours(1))),
                Optional.of(ArticleDate.of(OffsetDateTime.of(2024, 3, 4, 18, 5, 0, 0, ZoneOffset.ofHours(1)))),
                "The Coastal Gazette", "© 2024 The Coastal Gazette. CC BY 4.0.",
                "A winter storm hit the coast; every boat came home.",
                List.of("weather", "fisheries", "Ålesund"),
                Optional.of(lead), body, 640);
    }

    /** The smallest article: no images, no optional fields, one paragraph. */
    public static Article minimal() {
        return new Article(Path.of("articles/min.md"), "min", "https://example.org/news/min", "de",
                "Kurz gemeldet", "", List.of(new Author("Erika Mustermann", "", "")),
                ArticleDate.of(LocalDate.of(2023, 11, 2)), Optional.empty(), "", "", "", List.of(),
                Optional.empty(), List.of(p(t("Nichts Neues in Köln."))), 7);
    }

    static Inline t(String text) {
        return new Inline.Text(text);
    }

    static Inline link(String href, Inline... content) {
        return new Inline.Link(href, List.of(content));
    }

    static Block p(Inline... content) {
        return new Block.Paragraph(List.of(content));
    }

    static Bytes jpeg(int w, int h, Color c) {
        return encode(w, h, c, BufferedImage.TYPE_INT_RGB, "jpg");
    }

    static Bytes png(int w, int h, Color c) {
        return encode(w, h, c, BufferedImage.TYPE_INT_ARGB, "png");
    }

    private static Bytes encode(int w, int h, Color c, int type, String format) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(c);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Bytes.copyOf(out.toByteArray());
    }
}
