package io.pressrun.typeset.article;

import io.pressrun.SampleArticles;
import io.pressrun.TestFiles;
import io.pressrun.model.Article;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Image;
import io.pressrun.model.Inline;
import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;
import io.pressrun.typeset.page.PageFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.pressrun.SampleArticles.para;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The flow the article layouts make with the bundled theme and English labels, element by
 * element: {@code T} a line (its tag with its parents, its text, its indent), {@code P} a
 * picture, {@code R} a rule; then the space before it, {@code keep} when it is kept with the
 * next, and where in the article it comes from. The spaces are the theme's: a heading 16
 * before and 6 after (level 3: 12 and 4), a quote, code and list 8, 8 and 6 around, a figure
 * 12, a section break 12; indents: a paragraph 12, a quote 18, a list 18, code 10. The A4
 * text block is 360 points wide.
 */
class ArticleLayoutTest {
    private static final Templates TEMPLATES = Templates.bundled();
    private static final Theme THEME = Theme.load(TEMPLATES);
    private static final Labels EN = Labels.forLanguage(TEMPLATES, "en");

    private static FlowBuilder flow() {
        return new FlowBuilder(TestFonts.fontSet(), new KnuthPlassLineBreaker(), PageFrame.of(Paper.A4, THEME));
    }

    private static String roles(StructTag tag) {
        return tag.parent() == null ? tag.role() : roles(tag.parent()) + "/" + tag.role();
    }

    private static String place(ArticlePlace p) {
        return p == null ? "-" : p.part() + p.block().toString() + "+" + p.offset();
    }

    private static String number(float f) {
        return f == Math.rint(f) ? String.valueOf((int) f) : String.valueOf(f);
    }

    static List<String> describe(FlowBuilder flow) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < flow.elements().size(); i++) {
            FlowElement e = flow.elements().get(i);
            String what;
            if (e instanceof FlowElement.TextLine t) {
                what = "T " + roles(t.tag()) + " '" + t.line().text() + "' x" + number(t.indent());
            } else if (e instanceof FlowElement.Picture p) {
                what = "P " + roles(p.tag()) + " " + number(p.width()) + "x" + number(p.height());
            } else {
                what = "R " + number(((FlowElement.Rule) e).width());
            }
            out.add(what + " +" + number(e.spaceBefore()) + (e.keepWithNext() ? " keep" : "") + " @"
                    + place(flow.places().get(i)));
        }
        return out;
    }

    @Test
    void theBodysBlocksInOrderWithTheirSpacesIndentsTagsAndPlaces() {
        Image chart = SampleArticles.png("chart.png", 400, 200, "A chart", "The caption.", "Ann");
        List<Block> body = List.of(
                para("First words."),
                para("Second one."),
                new Block.Heading(2, List.of(new Inline.Text("A heading"))),
                new Block.Heading(4, List.of(new Inline.Text("Deeper"))),
                para("After heading."),
                new Block.SectionBreak(),
                new Block.BlockQuote(List.of(para("Quoted words."), para("And more."))),
                new Block.ListBlock(true, 3, List.of(List.of(para("Item one.")), List.of(para("Item two."),
                        para("More.")))),
                new Block.CodeBlock("x = 1\ny = 2"),
                new Block.Figure(chart),
                para("Last."));
        FlowBuilder flow = flow();
        var layout = new BodyLayout(new LayoutContext(THEME, EN, flow));
        layout.layout(body);
        assertEquals(List.of(
                "T P 'First words.' x0 +0 @BODY[0]+0",
                "T P 'Second one.' x12 +0 @BODY[1]+0",
                "T H2 'A heading' x0 +16 keep @BODY[2]+0",
                "T H3 'Deeper' x0 +12 keep @BODY[3]+0",
                "T P 'After heading.' x0 +4 @BODY[4]+0",
                "T Artifact '* * *' x0 +12 @-",
                "T BlockQuote/P 'Quoted words.' x18 +12 @BODY[6, 0]+0",
                "T BlockQuote/P 'And more.' x30 +0 @BODY[6, 1]+0",
                "T L/LI/LBody/P '3. Item one.' x18 +8 @BODY[7, 0, 0]+0",
                "T L/LI/LBody/P '4. Item two.' x18 +2 @BODY[7, 1, 0]+0",
                "T L/LI/LBody/P 'More.' x18 +0 @BODY[7, 1, 1]+0",
                "T Code 'x = 1' x10 +8 keep @BODY[8]+0",
                "T Code 'y = 2' x10 +0 @BODY[8]+6",
                "P Figure 360x180 +12 keep @BODY[9]+0",
                "T Caption 'The caption.' x0 +5 keep @BODY[9]+0",
                "T Caption 'Image: Ann' x0 +1 @BODY[9]+0",
                "T P 'Last.' x0 +12 @BODY[10]+0"), describe(flow));
        assertEquals(List.of(new FlowBuilder.Heading("A heading", 2, 2), new FlowBuilder.Heading("Deeper", 3, 3)),
                flow.headings());
        assertEquals(1, layout.figureCount());
    }

    @Test
    void bulletsMarkAnUnorderedList() {
        FlowBuilder flow = flow();
        new BodyLayout(new LayoutContext(THEME, EN, flow)).layout(List.of(
                new Block.ListBlock(false, 1, List.of(List.of(para("One.")), List.of(para("Two."))))));
        assertEquals(List.of("T L/LI/LBody/P '• One.' x18 +6 @BODY[0, 0, 0]+0",
                "T L/LI/LBody/P '• Two.' x18 +2 @BODY[0, 1, 0]+0"), describe(flow));
    }

    @Test
    void headingTagsNeverSkipALevelOnTheWayDown() {
        FlowBuilder flow = flow();
        new BodyLayout(new LayoutContext(THEME, EN, flow)).layout(List.of(
                new Block.Heading(3, List.of(new Inline.Text("Three"))),
                new Block.Heading(2, List.of(new Inline.Text("Two"))),
                new Block.Heading(6, List.of(new Inline.Text("Six"))),
                new Block.Heading(5, List.of(new Inline.Text("Five")))));
        assertEquals(List.of("H2", "H2", "H3", "H3"),
                flow.elements().stream().map(e -> e.tag().role()).toList());
        assertEquals(List.of(12f, 16f, 12f, 12f), flow.elements().stream().map(FlowElement::spaceBefore).toList(),
                "levels 3 and below look like level 3, whatever their tag");
    }

    @Test
    void aFigureWithoutAltTextIsDecorationAndOneWithoutCreditEndsWithItsCaption() {
        Image bare = SampleArticles.png("bare.png", 100, 400, "", "", "");
        Image captioned = SampleArticles.png("cap.png", 100, 100, "Alt", "Only a caption.", "");
        FlowBuilder flow = flow();
        new BodyLayout(new LayoutContext(THEME, EN, flow)).layout(List.of(new Block.Figure(bare),
                new Block.Figure(captioned)));
        float maxHeight = flow.frame().height() * 0.6f; // the A4 text block is 711.89 high
        assertEquals(List.of(
                "P Artifact " + number(maxHeight / 4) + "x" + number(maxHeight) + " +12 @BODY[0]+0",
                "P Figure 360x360 +12 keep @BODY[1]+0",
                "T Caption 'Only a caption.' x0 +5 @BODY[1]+0"), describe(flow));
    }

    private static Article article(List<Author> authors, String publisher, String rights, Optional<Image> lead,
                                   List<Block> body) {
        Article a = SampleArticles.withBody("Ferry", body);
        return new Article(a.source(), a.slug(), a.identifier(), a.language(), a.title(), a.subtitle(), authors,
                a.date(), a.updated(), publisher, rights, a.summary(), a.tags(), lead, body, a.wordCount());
    }

    /** The paragraphs: the lines of each tag joined. */
    private static List<String> paragraphs(FlowBuilder flow) {
        List<String> out = new ArrayList<>();
        StructTag last = null;
        for (FlowElement e : flow.elements()) {
            if (e instanceof FlowElement.TextLine t) {
                if (t.tag() == last) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + t.line().text());
                } else {
                    out.add(roles(t.tag()) + " " + t.line().text());
                }
                last = t.tag();
            } else {
                out.add(e instanceof FlowElement.Rule ? "rule" : "picture");
                last = null;
            }
        }
        return out;
    }

    @Test
    void creditsNameTheAuthorsTheImagesThePublisherAndTheRightsKeptTogether() {
        Image lead = SampleArticles.jpeg("lead.jpg", 40, 30, "Lead", "", "Kim");
        Image uncredited = SampleArticles.png("a.png", 40, 30, "A", "", "");
        Image credited = SampleArticles.png("b.png", 40, 30, "B", "", "Chart: Bob");
        Article a = article(List.of(new Author("Isla", "Editor", "Writes."), new Author("Tom", "", "")),
                "The Review", "All rights reserved.", Optional.of(lead),
                List.of(new Block.Figure(uncredited), new Block.BlockQuote(List.of(new Block.Figure(credited)))));
        FlowBuilder flow = flow();
        flow.rule(flow.fullMeasure(), 1, new Colour(0, 0, 0), false);
        new CreditsLayout(new LayoutContext(THEME, EN, flow)).layout(a);
        assertEquals(List.of("rule", "rule", "Sect/H2 Credits", "Sect/H3 About the authors",
                "Sect/P Isla, Editor. Writes.", "Sect/P Tom", "Sect/H3 Images", "Sect/P Lead image Photo: Kim",
                "Sect/P Figure 2 Chart: Bob", "Sect/P Published by The Review", "Sect/P All rights reserved."),
                paragraphs(flow));
        List<FlowElement> e = flow.elements();
        assertFalse(e.get(0).keepWithNext(), "what came before is not joined to the credits");
        for (int i = 1; i < e.size() - 1; i++) {
            assertTrue(e.get(i).keepWithNext(), "element " + i);
        }
        assertFalse(e.get(e.size() - 1).keepWithNext());
        assertEquals(28f, e.get(1).spaceBefore(), "the credits' space before, then their rule");
        assertEquals(10f, e.get(2).spaceBefore(), "a credits heading's space before beats the rule's after");
        assertEquals(10f, e.get(e.size() - 2).spaceBefore(), "the publisher is set apart like a heading");
        ArticlePlace credits = ArticlePlace.of(ArticlePlace.Part.CREDITS);
        assertEquals(credits, flow.places().get(2));
        assertEquals(credits, flow.places().get(e.size() - 1));
    }

    @Test
    void oneAuthorWithoutImagesPublisherOrRights() {
        Article a = article(List.of(new Author("Isla", "", "")), "", "", Optional.empty(), List.of());
        FlowBuilder flow = flow();
        new CreditsLayout(new LayoutContext(THEME, EN, flow)).layout(a);
        assertEquals(List.of("rule", "Sect/H2 Credits", "Sect/H3 About the author", "Sect/P Isla"), paragraphs(flow));
        assertEquals(List.of(true, true, true, false), flow.elements().stream().map(FlowElement::keepWithNext).toList());
    }

    @Test
    void rightsWithoutAPublisherAreSetApartLikeAHeading() {
        Article a = article(List.of(), "", "All rights reserved.", Optional.empty(), List.of());
        FlowBuilder flow = flow();
        new CreditsLayout(new LayoutContext(THEME, EN, flow)).layout(a);
        assertEquals(List.of("rule", "Sect/H2 Credits", "Sect/P All rights reserved."), paragraphs(flow));
        List<FlowElement> e = flow.elements();
        assertEquals(10f, e.get(e.size() - 1).spaceBefore(), "a credits heading's space before, not the heading's 3 after");
    }

    @Test
    void theSpaceAfterTheCreditsRuleCountsWhereItIsTheLarger(@TempDir Path dir) {
        TestFiles.write(dir, "theme.yaml", "pdf:\n  credits-rule: {thickness: 0.6, colour: rule, space-after: 20}\n");
        Theme theme = Theme.load(Templates.withOverrides(dir));
        Article a = article(List.of(new Author("Isla", "", "")), "", "", Optional.empty(), List.of());
        FlowBuilder flow = new FlowBuilder(TestFonts.fontSet(), new KnuthPlassLineBreaker(), PageFrame.of(Paper.A4, theme));
        new CreditsLayout(new LayoutContext(theme, EN, flow)).layout(a);
        assertEquals("Sect/H2 Credits", paragraphs(flow).get(1));
        assertEquals(20f, flow.elements().get(1).spaceBefore(), "20 after the rule, more than the heading's 10 before");
    }

    private static List<String> header(Article a, Labels labels) {
        FlowBuilder flow = flow();
        new ArticleHeaderLayout(new LayoutContext(THEME, labels, flow)).layout(a);
        return describe(flow);
    }

    @Test
    void theHeaderFromMastheadToTheLeadImage() {
        Image lead = SampleArticles.jpeg("lead.jpg", 720, 360, "Harbour", "The harbour.", "Kim");
        Article a = article(List.of(new Author("Isla MacLeod", "Editor", ""), new Author("Tom", "", "")),
                "The Review", "", Optional.of(lead), List.of());
        // 933 words at 230 a minute: 4 minutes
        assertEquals(List.of(
                "T Artifact 'THE REVIEW' x0 +0 keep @-",
                "T H1 'Ferry' x0 +10 keep @TITLE[]+0",
                "T P 'By Isla MacLeod, Editor · Tom' x0 +8 keep @TITLE[]+0",
                "T P '8 March 2024 · Updated 9 March 2024 · 4 min read' x0 +1 keep @TITLE[]+0",
                "R 360 +10 @-",
                "P Figure 360x180 +14 keep @LEAD_IMAGE[]+0",
                "T Caption 'The harbour.' x0 +5 keep @LEAD_IMAGE[]+0",
                "T Caption 'Photo: Kim' x0 +1 @LEAD_IMAGE[]+0"), header(a, EN));
    }

    @Test
    void theBylineKeepsTheLabelsWordsWhereverTheNamesAre(@TempDir Path dir) {
        Article a = article(List.of(new Author("Ann", "", "")), "", "", Optional.empty(), List.of());
        TestFiles.write(dir, "after/labels/en.yaml", "byline: \"${names} reports\"\n");
        TestFiles.write(dir, "alone/labels/en.yaml", "byline: \"${names}\"\n");
        TestFiles.write(dir, "around/labels/en.yaml", "byline: \"A report by ${names}, in full\"\n");
        assertEquals("T P 'Ann reports' x0 +8 keep @TITLE[]+0",
                header(a, Labels.forLanguage(Templates.withOverrides(dir.resolve("after")), "en")).get(1));
        assertEquals("T P 'Ann' x0 +8 keep @TITLE[]+0",
                header(a, Labels.forLanguage(Templates.withOverrides(dir.resolve("alone")), "en")).get(1));
        assertEquals("T P 'A report by Ann, in full' x0 +8 keep @TITLE[]+0",
                header(a, Labels.forLanguage(Templates.withOverrides(dir.resolve("around")), "en")).get(1));
    }
}
