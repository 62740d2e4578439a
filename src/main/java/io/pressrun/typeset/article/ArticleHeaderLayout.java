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
import io.pressrun.model.Image;
import io.pressrun.text.WordCount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The opening of the first page: publication name, title, subtitle, byline, date and read
 * time, a rule, and the lead image with its caption and credit.
 */
final class ArticleHeaderLayout {
    private static final String NAMES_SLOT = "\uE000";

    private final LayoutContext cx;

    ArticleHeaderLayout(LayoutContext cx) {
        this.cx = cx;
    }

    void layout(Article a) {
        FlowBuilder flow = cx.flow();
        FlowBuilder.Indent full = flow.fullMeasure();
        FlowBuilder.Options keep = FlowBuilder.Options.PLAIN.keptWithNext();
        if (!a.publisher().isEmpty()) {
            flow.from(null); // the masthead is decoration
            ElementStyle s = cx.style("masthead");
            flow.paragraph(List.of(StyledRun.of(a.publisher().toUpperCase(cx.labels().locale()), s.text())), s, full,
                    Alignment.LEFT, StructTag.ARTIFACT, keep);
            flow.space(cx.number("masthead.space-after"));
        }
        flow.from(ArticlePlace.of(ArticlePlace.Part.TITLE));
        ElementStyle title = cx.style("title");
        flow.heading(a.title(), 1);
        flow.paragraph(List.of(StyledRun.of(a.title(), title.text())), title, full, Alignment.LEFT,
                StructTag.of("H1"), keep);
        flow.space(cx.number("title.space-after"));
        if (!a.subtitle().isEmpty()) {
            ElementStyle sub = cx.style("subtitle");
            flow.paragraph(List.of(StyledRun.of(a.subtitle(), sub.text())), sub, full, Alignment.LEFT,
                    StructTag.of("P"), keep);
            flow.space(cx.number("subtitle.space-after"));
        }
        if (!a.authors().isEmpty()) {
            ElementStyle by = cx.style("byline");
            flow.paragraph(byline(a.authors(), by.text()), by, full, Alignment.LEFT, StructTag.of("P"), keep);
            flow.space(cx.number("byline.space-after"));
        }
        ElementStyle date = cx.style("dateline");
        flow.paragraph(List.of(StyledRun.of(dateline(a), date.text())), date, full, Alignment.LEFT,
                StructTag.of("P"), keep);
        flow.space(cx.number("dateline.space-after"));
        flow.rule(full, cx.number("header-rule.thickness"), cx.colourOf("header-rule.colour"), false);
        flow.space(cx.number("header-rule.space-after"));
        if (a.leadImage().isPresent()) {
            Image img = a.leadImage().get();
            flow.from(ArticlePlace.of(ArticlePlace.Part.LEAD_IMAGE));
            FigureLayout.layout(cx, img, full, CreditLine.of(cx.labels(), "photo-credit", img.credit()),
                    false);
            flow.space(cx.number("lead-image.space-below-credit"));
        }
    }

    /** "By <b>Name</b>, Role · <b>Name</b>" with the label's words around the names. */
    private List<StyledRun> byline(List<Author> authors, TextStyle style) {
        String label = cx.labels().get("byline", Map.of("names", NAMES_SLOT));
        int slot = label.indexOf(NAMES_SLOT);
        String before = ""; // the label's words around the names; none when it does not name them
        String after = "";
        if (slot >= 0) {
            before = label.substring(0, slot);
            after = label.substring(slot + NAMES_SLOT.length());
        }
        List<StyledRun> runs = new ArrayList<>();
        if (!before.isEmpty()) {
            runs.add(StyledRun.of(before, style));
        }
        for (int i = 0; i < authors.size(); i++) {
            Author au = authors.get(i);
            if (i > 0) {
                runs.add(StyledRun.of(" \u00B7 ", style));
            }
            runs.add(StyledRun.of(au.name(), style.withBold()));
            if (!au.role().isEmpty()) {
                runs.add(StyledRun.of(", " + au.role(), style));
            }
        }
        if (!after.isEmpty()) {
            runs.add(StyledRun.of(after, style));
        }
        return runs;
    }

    private String dateline(Article a) {
        var parts = new ArrayList<String>();
        parts.add(cx.labels().formatDate(a.date()));
        a.updated().ifPresent(u -> parts.add(cx.labels().get("updated", Map.of("date", cx.labels().formatDate(u)))));
        parts.add(cx.labels().get("read-time", Map.of("minutes", WordCount.readingMinutes(a.wordCount()))));
        return String.join("  \u00B7  ", parts);
    }
}
