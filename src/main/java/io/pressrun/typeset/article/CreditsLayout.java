package io.pressrun.typeset.article;

import io.pressrun.style.CreditLine;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.model.Article;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Blocks;
import io.pressrun.model.Image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The credits at the end: the authors with roles and bios, the credit of every image,
 * the publisher and the rights line.
 */
final class CreditsLayout {
    private final LayoutContext cx;
    private final FlowBuilder flow;
    private final StructTag section = StructTag.of("Sect");

    CreditsLayout(LayoutContext cx) {
        this.cx = cx;
        this.flow = cx.flow();
    }

    void layout(Article a) {
        int mark = flow.size();
        flow.from(ArticlePlace.of(ArticlePlace.Part.CREDITS));
        entries(a);
        flow.keepTogetherSince(mark);
    }

    private void entries(Article a) {
        flow.space(cx.number("credits.space-before"));
        flow.rule(flow.fullMeasure(), cx.number("credits-rule.thickness"), cx.colourOf("credits-rule.colour"), true);
        flow.space(cx.number("credits-rule.space-after"));
        heading(cx.labels().get("credits-heading"), 2);

        TextStyle text = cx.style("credits").text();
        if (!a.authors().isEmpty()) {
            heading(cx.labels().get(a.authors().size() == 1 ? "about-author" : "about-authors"), 3);
        }
        for (Author au : a.authors()) {
            List<StyledRun> runs = new ArrayList<>();
            runs.add(StyledRun.of(au.name(), text.withBold()));
            if (!au.role().isEmpty()) {
                runs.add(StyledRun.of(", " + au.role(), text));
            }
            if (!au.bio().isEmpty()) {
                runs.add(StyledRun.of(". ", text));
                runs.add(StyledRun.of(au.bio(), text));
            }
            entry(runs);
        }

        List<StyledRun[]> images = imageCredits(a, text);
        if (!images.isEmpty()) {
            heading(cx.labels().get("images-heading"), 3);
            for (StyledRun[] runs : images) {
                entry(List.of(runs));
            }
        }

        if (!a.publisher().isEmpty() || !a.rights().isEmpty()) {
            flow.space(cx.number("credits-heading.space-before"));
        }
        if (!a.publisher().isEmpty()) {
            entry(List.of(StyledRun.of(cx.labels().get("published-by", Map.of("publisher", a.publisher())), text)));
        }
        if (!a.rights().isEmpty()) {
            entry(List.of(StyledRun.of(a.rights(), text)));
        }
    }

    private List<StyledRun[]> imageCredits(Article a, TextStyle text) {
        List<StyledRun[]> out = new ArrayList<>();
        a.leadImage().ifPresent(img -> addCredit(out, cx.labels().get("lead-image"),
                CreditLine.of(cx.labels(), "photo-credit", img.credit()), img, text));
        List<Image> figures = new ArrayList<>();
        Blocks.collectFigures(a.body(), (Block.Figure f) -> figures.add(f.image()));
        for (int i = 0; i < figures.size(); i++) {
            Image img = figures.get(i);
            addCredit(out, cx.labels().get("figure", Map.of("number", i + 1)),
                    CreditLine.of(cx.labels(), "image-credit", img.credit()), img, text);
        }
        return out;
    }

    private static void addCredit(List<StyledRun[]> out, String which, String credit, Image img, TextStyle text) {
        if (!img.credit().isEmpty()) {
            out.add(new StyledRun[] {StyledRun.of(which, text.withBold()), StyledRun.of("  " + credit, text)});
        }
    }

    /** All credits headings look alike; the first is the section's heading, the others under it. */
    private void heading(String words, int level) {
        ElementStyle h = cx.style("credits-heading");
        flow.space(cx.number("credits-heading.space-before"));
        flow.heading(words, level);
        flow.paragraph(List.of(StyledRun.of(words, h.text())), h, flow.fullMeasure(), Alignment.LEFT,
                section.child("H" + level), FlowBuilder.Options.PLAIN.keptWithNext());
        flow.space(cx.number("credits-heading.space-after"));
    }

    private void entry(List<StyledRun> runs) {
        ElementStyle s = cx.style("credits");
        flow.paragraph(runs, s, flow.fullMeasure(), Alignment.LEFT, section.child("P"), FlowBuilder.Options.PLAIN);
        flow.space(cx.number("credits.item-space"));
    }
}
