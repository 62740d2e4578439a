package io.pressrun;

import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Bytes;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-built articles for the edition writers' tests. */
public final class SampleArticles {
    private SampleArticles() {
    }

    public static final String[] LOREM = {
        "The harbour town woke early on the morning the ferry stopped running, and by seven the quay was "
            + "already lined with people who had nowhere in particular to go.",
        "Fishermen mended nets they did not need to mend. Shopkeepers swept pavements that were already "
            + "clean. Nobody said much, but everybody watched the empty berth where the boat should have been.",
        "For forty-two years the crossing had been the town’s one reliable thing: twice a day in winter, "
            + "five times in summer, whatever the weather and whatever the council said about the budget.",
        "Its loss, announced in a two-line statement on a Friday evening, has forced a small community to "
            + "ask questions it had long avoided about who it depends on, and what it owes in return.",
    };

    public static Article sample() {
        List<Block> body = new ArrayList<>();
        body.add(para(text("The council’s decision came without warning. "), em("Nobody"),
                text(" on the island had been consulted, and the first many heard of it was a notice pinned "
                        + "to the ticket office door, which read simply that "), strong("services were suspended"),
                text(" until further notice.")));
        body.add(para(text(LOREM[0] + " " + LOREM[1])));
        body.add(new Block.Heading(2, List.of(text("A lifeline, cut"))));
        body.add(para(text("According to the "), link("https://example.org/report", "transport report"),
                text(", published last spring, the route carried "), strong(em("nearly 90,000")),
                text(" passengers a year. The operator’s booking system, known internally as "), code("ferryq"),
                text(", logged every one of them.")));
        body.add(new Block.ListBlock(false, 1, List.of(
                List.of(para(text("Children travelling to the secondary school on the mainland."))),
                List.of(para(text("Patients attending the regional hospital, some of them three times a week "
                        + "for treatment that cannot be given on the island."))),
                List.of(para(text("Delivery vans carrying fresh food, post and medicine."))))));
        body.add(para(text(LOREM[2])));
        body.add(new Block.BlockQuote(List.of(para(text("We were told the ferry was safe as long as people "
                + "used it. We used it. It was not enough."), new Inline.LineBreak(), text("— Morag Hendry, "
                + "harbour master")))));
        body.add(new Block.Figure(png("figure.png", 480, 300, "A chart of passenger numbers by year",
                "Passenger numbers fell sharply after the timetable changes of 2019.", "Island Transport Trust")));
        body.add(new Block.Heading(3, List.of(text("What happens next"))));
        body.add(new Block.ListBlock(true, 1, List.of(
                List.of(para(text("A public meeting on Tuesday in the church hall."))),
                List.of(para(text("A petition to the regional assembly."))))));
        body.add(new Block.CodeBlock("ferry   departs  arrives\nmorning 07:15    08:05\nevening 18:30    19:20\n"));
        body.add(new Block.SectionBreak());
        body.add(para(text(LOREM[3])));
        return article("urn:uuid:5f0c6a52-6f1e-4c1b-9d2a-ferry", "The Day the Ferry Stopped",
                "An island community counts the cost of losing its only link to the mainland", body,
                Optional.of(jpeg("lead.jpg", 640, 400, "The empty ferry berth at dawn",
                        "The berth at Port Ellen, empty for the first time in four decades.", "Ailsa Rennie")));
    }

    /** The sample with many more paragraphs: several pages. */
    public static Article longSample() {
        List<Block> body = new ArrayList<>(sample().body());
        for (int i = 0; i < 40; i++) {
            body.add(para(text(LOREM[i % 4] + " " + LOREM[(i + 1) % 4])));
            if (i % 12 == 11) {
                body.add(new Block.Heading(2, List.of(text("Part " + (i / 12 + 2)))));
            }
        }
        return article("urn:uuid:long-ferry", "The Day the Ferry Stopped, in Full", "A longer read", body,
                sample().leadImage());
    }

    public static Article withBody(String title, List<Block> body) {
        return article("urn:uuid:" + title.hashCode(), title, "", body, Optional.empty());
    }

    private static Article article(String id, String title, String subtitle, List<Block> body, Optional<Image> lead) {
        int words = (title + " " + subtitle).split("\\s+").length + 230 * 4 + 12;
        return new Article(Path.of("articles/ferry.md"), "ferry", id, "en", title, subtitle,
                List.of(new Author("Isla MacLeod", "Highlands correspondent",
                                "Isla MacLeod has reported from the Hebrides since 2011."),
                        new Author("Tomasz Wójcik", "Data editor", "Tomasz Wójcik analyses transport statistics.")),
                ArticleDate.of(OffsetDateTime.of(2024, 3, 8, 9, 30, 0, 0, ZoneOffset.UTC)),
                Optional.of(ArticleDate.of(LocalDate.of(2024, 3, 9))),
                "The Northern Review", "© 2024 The Northern Review. All rights reserved.",
                "How the end of a ferry service changed an island.", List.of("transport", "islands", "Scotland"),
                lead, body, words);
    }

    /** The article with the alt text of every image removed: such images are shown as decoration. */
    public static Article withoutAltText(Article a) {
        List<Block> body = new ArrayList<>();
        for (Block b : a.body()) {
            body.add(b instanceof Block.Figure f ? new Block.Figure(withoutAlt(f.image())) : b);
        }
        return new Article(a.source(), a.slug(), a.identifier(), a.language(), a.title(), a.subtitle(), a.authors(),
                a.date(), a.updated(), a.publisher(), a.rights(), a.summary(), a.tags(),
                a.leadImage().map(SampleArticles::withoutAlt), body, a.wordCount());
    }

    private static Image withoutAlt(Image i) {
        return new Image(i.src(), i.file(), i.mediaType(), i.width(), i.height(), i.data(), "", i.caption(),
                i.credit());
    }

    public static Block.Paragraph para(Inline... content) {
        return new Block.Paragraph(List.of(content));
    }

    /** A paragraph of plain text. */
    public static Block.Paragraph para(String text) {
        return para(new Inline.Text(text));
    }

    public static Inline text(String s) {
        return new Inline.Text(s);
    }

    static Inline em(String s) {
        return new Inline.Emphasis(List.of(text(s)));
    }

    static Inline strong(String s) {
        return new Inline.Strong(List.of(text(s)));
    }

    static Inline strong(Inline i) {
        return new Inline.Strong(List.of(i));
    }

    static Inline code(String s) {
        return new Inline.Code(s);
    }

    static Inline link(String href, String s) {
        return new Inline.Link(href, List.of(text(s)));
    }

    public static Image jpeg(String name, int w, int h, String alt, String caption, String credit) {
        return image(name, "image/jpeg", "jpg", w, h, alt, caption, credit);
    }

    public static Image png(String name, int w, int h, String alt, String caption, String credit) {
        return image(name, "image/png", "png", w, h, alt, caption, credit);
    }

    private static Image image(String name, String type, String format, int w, int h, String alt, String caption,
                               String credit) {
        var img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 70, 110), w, h, new Color(220, 180, 120)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(250, 250, 245));
        for (int i = 0; i < 6; i++) {
            g.fillRect(w / 8 + i * w / 8, h - (i + 2) * h / 10, w / 12, (i + 2) * h / 10);
        }
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Image(name, Path.of("articles", name), type, w, h, Bytes.copyOf(out.toByteArray()), alt, caption,
                credit);
    }
}
