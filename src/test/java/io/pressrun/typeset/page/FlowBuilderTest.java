package io.pressrun.typeset.page;

import io.pressrun.SampleArticles;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.Image;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.linebreak.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlowBuilderTest {
    private static final Colour BLACK = new Colour(0, 0, 0);
    private static final TextStyle SERIF = new TextStyle("serif", false, false, 10, BLACK);
    private static final ElementStyle BODY = new ElementStyle(SERIF, 13);
    /** A 200-point measure from 20, text block from 50 to 550. */
    private static final PageFrame FRAME = new PageFrame(400, 600, 20, 200, 50, 550);
    private static final FontSet FONTS = TestFonts.fontSet();
    private static final StructTag P = StructTag.of("P");

    private final FlowBuilder flow = new FlowBuilder(FONTS, new KnuthPlassLineBreaker(),
            Hyphenation.forLanguage("en", false), FRAME);

    /** A paragraph of {@code n} lines, one word each, broken by forced line breaks. */
    private static List<StyledRun> lines(int n) {
        List<StyledRun> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                runs.add(StyledRun.lineBreak(SERIF));
            }
            runs.add(StyledRun.of("word" + i, SERIF));
        }
        return runs;
    }

    private List<Boolean> keeps() {
        return flow.elements().stream().map(FlowElement::keepWithNext).toList();
    }

    private void paragraph(int lines, FlowBuilder.Options options) {
        flow.paragraph(lines(lines), BODY, flow.fullMeasure(), Alignment.LEFT, P, options);
    }

    @Test
    void twoLinesStayTogetherAtEitherEndOfAParagraph() {
        Boolean[][] expected = {{false}, {true, false}, {true, true, false}, {true, false, true, false},
                {true, false, false, true, false}};
        for (int n = 1; n <= 5; n++) {
            var b = new FlowBuilder(FONTS, new KnuthPlassLineBreaker(), FRAME);
            b.paragraph(lines(n), BODY, b.fullMeasure(), Alignment.LEFT, P, FlowBuilder.Options.PLAIN);
            assertEquals(Arrays.asList(expected[n - 1]), b.elements().stream().map(FlowElement::keepWithNext).toList(),
                    n + " lines");
        }
    }

    @Test
    void aParagraphKeptTogetherKeepsAllButItsLastLineUnlessKeptWithTheNext() {
        paragraph(3, FlowBuilder.Options.PLAIN.keptTogether());
        assertEquals(List.of(true, true, false), keeps());
        paragraph(3, FlowBuilder.Options.PLAIN.keptWithNext());
        assertEquals(List.of(true, true, false, true, true, true), keeps());
        paragraph(1, FlowBuilder.Options.PLAIN.keptTogether());
        assertEquals(false, keeps().get(6));
    }

    @Test
    void eachLineIsALeadingHighAndTheFirstIsIndented() {
        flow.paragraph(lines(3), BODY, new FlowBuilder.Indent(10, 150), Alignment.LEFT, P,
                FlowBuilder.Options.PLAIN.withFirstIndent(15));
        List<FlowElement.TextLine> lines = flow.elements().stream().map(e -> (FlowElement.TextLine) e).toList();
        assertEquals(List.of(25f, 10f, 10f), lines.stream().map(FlowElement.TextLine::indent).toList());
        assertTrue(lines.stream().allMatch(l -> l.leading() == 13 && l.tag() == P && l.spaceBefore() == 0));
        assertEquals(List.of("word0", "word1", "word2"), lines.stream().map(l -> l.line().text()).toList());
    }

    @Test
    void aJustifiedParagraphsFirstLineIsShortenedByItsIndent() {
        String text = String.join(" ", SampleArticles.LOREM);
        flow.paragraph(List.of(StyledRun.of(text, SERIF)), BODY, flow.fullMeasure(), Alignment.JUSTIFIED, P,
                FlowBuilder.Options.PLAIN.withFirstIndent(20));
        List<Line> lines = flow.elements().stream().map(e -> ((FlowElement.TextLine) e).line()).toList();
        assertTrue(lines.size() > 3);
        assertEquals(180, lines.get(0).width(), 0.001f, "200 less the indent");
        assertEquals(200, lines.get(1).width(), 0.001f);
        for (Line l : lines) {
            float end = 0;
            for (Line.PlacedSpan s : l.spans()) {
                end = Math.max(end, s.x() + s.span().width());
            }
            assertTrue(end <= l.width() + 0.01f, l.text());
        }
    }

    @Test
    void raggedTextIsNotHyphenatedAndJustifiedTextIs() {
        List<StyledRun> words = List.of(StyledRun.of("extraordinarily international responsibilities "
                + "characteristically incomprehensible", SERIF));
        var narrow = new FlowBuilder.Indent(0, 90);
        flow.paragraph(words, BODY, narrow, Alignment.LEFT, P, FlowBuilder.Options.PLAIN);
        assertTrue(flow.elements().stream().noneMatch(e -> ((FlowElement.TextLine) e).line().hyphenated()));
        int ragged = flow.size();
        flow.paragraph(words, BODY, narrow, Alignment.JUSTIFIED, P, FlowBuilder.Options.PLAIN);
        assertTrue(flow.elements().subList(ragged, flow.size()).stream()
                .anyMatch(e -> ((FlowElement.TextLine) e).line().hyphenated()));
    }

    @Test
    void aListMarkerHangsLeftOfTheFirstLine() {
        StructTag lbl = StructTag.of("Lbl");
        var marker = new FlowBuilder.Marker(List.of(StyledRun.of("1", SERIF), StyledRun.of(".", SERIF)), 6, lbl);
        paragraph(2, FlowBuilder.Options.PLAIN.withMarker(marker));
        Line first = ((FlowElement.TextLine) flow.elements().get(0)).line();
        Line second = ((FlowElement.TextLine) flow.elements().get(1)).line();
        float one = FONTS.spans("1", SERIF, null).get(0).width();
        float dot = FONTS.spans(".", SERIF, null).get(0).width();
        assertEquals(2, first.label().spans());
        assertSame(lbl, first.label().tag());
        assertEquals(-one - dot - 6, first.spans().get(0).x(), 0.001f);
        assertEquals(-dot - 6, first.spans().get(1).x(), 0.001f);
        assertEquals("1", first.spans().get(0).span().text());
        assertEquals("word0", first.spans().get(2).span().text());
        assertNull(second.label());
    }

    @Test
    void spaceAskedForCollapsesToTheLargestRequestAndGoesToTheNextElementOnly() {
        flow.space(6);
        flow.space(4);
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        flow.space(3);
        flow.space(8);
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        assertEquals(List.of(6f, 0f, 8f), flow.elements().stream().map(FlowElement::spaceBefore).toList());
    }

    @Test
    void aRuleSpansItsIndentAndIsAsHighAsItIsThick() {
        Colour red = new Colour(1, 0, 0);
        flow.rule(new FlowBuilder.Indent(10, 300), 2.5f, red, true);
        assertEquals(List.of(new FlowElement.Rule(10, 300, 2.5f, red, 2.5f, 0, true)), flow.elements());
        assertEquals(StructTag.ARTIFACT, flow.elements().get(0).tag());
        assertEquals(java.util.Collections.singletonList(null), flow.places());
    }

    @Test
    void aPictureFillsTheWidthUnlessThatMakesItTooTall() {
        Image wide = SampleArticles.png("w.png", 200, 100, "alt", "", "");
        StructTag fig = StructTag.figure(null, "alt");
        flow.picture(wide, new FlowBuilder.Indent(10, 300), 1000, fig, false, false, 0);
        flow.picture(wide, new FlowBuilder.Indent(10, 300), 60, fig, true, false, 0);
        var a = (FlowElement.Picture) flow.elements().get(0);
        var b = (FlowElement.Picture) flow.elements().get(1);
        assertEquals(List.of(10f, 300f, 150f), List.of(a.indent(), a.width(), a.height()));
        assertEquals(List.of(100f, 120f, 60f), List.of(b.indent(), b.width(), b.height()), "centred");
        assertFalse(a.keepWithNext());
        assertTrue(b.keepWithNext());
        assertSame(fig, b.tag());
    }

    @Test
    void keepingTogetherSinceAMarkJoinsAllButTheLastElement() {
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        int mark = flow.size();
        assertEquals(1, mark);
        paragraph(1, FlowBuilder.Options.PLAIN);
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        paragraph(1, FlowBuilder.Options.PLAIN);
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        flow.keepTogetherSince(mark);
        assertEquals(List.of(false, true, true, true, false), keeps());
        var rule = (FlowElement.Rule) flow.elements().get(2);
        assertEquals(new FlowElement.Rule(0, 200, 1, BLACK, 1, 0, true), rule);
    }

    @Test
    void headingsRecordTheirWordsLevelAndFirstElement() {
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        flow.heading("  The\n  first   heading ", 1);
        paragraph(2, FlowBuilder.Options.PLAIN);
        flow.heading(" \n ", 2);
        paragraph(1, FlowBuilder.Options.PLAIN);
        flow.heading("Second", 3);
        paragraph(1, FlowBuilder.Options.PLAIN);
        assertEquals(List.of(new FlowBuilder.Heading("The first heading", 1, 1), new FlowBuilder.Heading("Second", 3, 4)),
                flow.headings());
    }

    @Test
    void linesOfABlocksTextComeFromWhereTheirFirstWordIs() {
        ArticlePlace block = ArticlePlace.body(List.of(2));
        flow.fromText(block);
        paragraph(3, FlowBuilder.Options.PLAIN); // "word0\nword1\nword2"
        flow.from(block);
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        flow.picture(SampleArticles.png("p.png", 20, 10, "", "", ""), flow.fullMeasure(), 100, StructTag.ARTIFACT,
                false, false, 0);
        flow.fromText(null);
        paragraph(1, FlowBuilder.Options.PLAIN);
        flow.from(null);
        paragraph(1, FlowBuilder.Options.PLAIN);
        assertEquals(Arrays.asList(block.at(0), block.at(6), block.at(12), null, block, null, null), flow.places());
    }

    private static Line codeLine(String text) {
        Span s = FONTS.spans(text, new TextStyle("mono", false, false, 9, BLACK), null).get(0);
        return new Line(List.of(new Line.PlacedSpan(s, 0)), s.width());
    }

    @Test
    void codeLinesKeepTwoTogetherAtEitherEndAndComeFromTheirText() {
        Boolean[][] expected = {{false}, {true, false}, {true, true, false}, {true, false, true, false}};
        StructTag code = StructTag.of("Code");
        for (int n = 1; n <= 4; n++) {
            var b = new FlowBuilder(FONTS, new KnuthPlassLineBreaker(), FRAME);
            ArticlePlace block = ArticlePlace.body(List.of(0));
            b.fromText(block);
            List<Line> lines = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(codeLine("x = " + i));
                texts.add("x = " + i);
            }
            b.lines(lines, String.join("\n", texts), new FlowBuilder.Indent(12, 100), 11, code);
            assertEquals(Arrays.asList(expected[n - 1]), b.elements().stream().map(FlowElement::keepWithNext).toList(),
                    n + " lines");
            List<ArticlePlace> places = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                places.add(block.at(6 * i));
            }
            assertEquals(places, b.places());
            var first = (FlowElement.TextLine) b.elements().get(0);
            assertEquals(List.of(12f, 11f), List.of(first.indent(), first.leading()));
            assertSame(code, first.tag());
        }
    }

    @Test
    void theSpaceAskedForIsPendingUntilTheNextElement() {
        assertEquals(0, flow.pendingSpace());
        flow.space(6);
        flow.space(4);
        assertEquals(6, flow.pendingSpace());
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        assertEquals(0, flow.pendingSpace());
    }

    @Test
    void aNamedPlaceIsTheNextElementAdded() {
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        flow.anchor("note-1");
        paragraph(2, FlowBuilder.Options.PLAIN);
        flow.anchor("note-2");
        flow.rule(flow.fullMeasure(), 1, BLACK, false);
        assertEquals(List.of(new FlowBuilder.Named("note-1", 1), new FlowBuilder.Named("note-2", 3)), flow.anchors());
    }

    @Test
    void aWordWiderThanTheMeasureIsCutToFitTheIndentedFirstLineToo() {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt";
        flow.paragraph(List.of(StyledRun.of(word, SERIF)), BODY, new FlowBuilder.Indent(0, 100), Alignment.LEFT, P,
                FlowBuilder.Options.PLAIN.withFirstIndent(30));
        List<Line> lines = flow.elements().stream().map(e -> ((FlowElement.TextLine) e).line()).toList();
        assertTrue(lines.size() >= 4, "the word is far wider than 100 points");
        assertEquals(word, String.join("", lines.stream().map(Line::text).toList()));
        for (int i = 0; i < lines.size(); i++) {
            float room = i == 0 ? 70 : 100;
            for (Line.PlacedSpan s : lines.get(i).spans()) {
                assertTrue(s.x() + s.span().width() <= room + 0.01f, "line " + i + " within " + room + " points");
            }
        }
    }

    @Test
    void aHyphenatedLineStaysWithTheRestOfItsWordUnlessPagesMayEndInOne() {
        List<StyledRun> words = List.of(StyledRun.of(("extraordinarily international responsibilities "
                + "characteristically incomprehensible ").repeat(3).strip(), SERIF));
        for (boolean pagesMayEndInOne : new boolean[]{false, true}) {
            var b = new FlowBuilder(FONTS, new KnuthPlassLineBreaker(), Hyphenation.forLanguage("en", false), FRAME,
                    new FlowBuilder.Finish(pagesMayEndInOne, false));
            b.paragraph(words, BODY, new FlowBuilder.Indent(0, 90), Alignment.JUSTIFIED, P, FlowBuilder.Options.PLAIN);
            List<FlowElement.TextLine> lines = b.elements().stream().map(e -> (FlowElement.TextLine) e).toList();
            int hyphenated = 0;
            for (int i = 1; i < lines.size() - 2; i++) { // the lines the two-line rule leaves free
                boolean hyphen = lines.get(i).line().hyphenated();
                hyphenated += hyphen ? 1 : 0;
                assertEquals(hyphen && !pagesMayEndInOne, lines.get(i).keepWithNext(), "line " + i);
            }
            assertTrue(hyphenated > 0, "some of the free lines end in a hyphen");
        }
    }

    @Test
    void rightToLeftAListMarkerHangsRightOfTheIndentedFirstLine() {
        var marker = new FlowBuilder.Marker(List.of(StyledRun.of("1.", SERIF)), 6, StructTag.of("Lbl"));
        flow.paragraph(List.of(StyledRun.of("\u0645\u0631\u062d\u0628\u0627", SERIF)), BODY,
                new FlowBuilder.Indent(10, 150), Alignment.RIGHT, P, FlowBuilder.Options.PLAIN.withFirstIndent(20)
                        .withMarker(marker));
        Line first = ((FlowElement.TextLine) flow.elements().get(0)).line();
        assertEquals("1.", first.spans().get(0).span().text());
        assertEquals(150 - 20 + 6, first.spans().get(0).x(), 0.001f, "the line's box ends 20 short of 150");
    }
}
