package io.pressrun.pdf;

import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.inline.Line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the glyphs of the shaping engine ({@link io.pressrun.typeset.font.ComplexShaping}) so
 * that text extraction reads them as the source, as poppler and PDFBox do it: both read glyphs in
 * the order they are drawn on a line, start a new word where a glyph starts well right of where
 * the last one ended, start a new line where a glyph leaves the baseline, and read right-to-left
 * text by reversing the glyphs they find in visual order.
 * <ul>
 * <li>Glyphs are drawn in visual order, each by a code that reads as its text (see
 * {@link FontSubsets}).</li>
 * <li>A glyph that reads as nothing (a mark whose letter reads for it) is drawn before the
 * others, where it belongs: drawn in its place, back over its letter, it would start a new word
 * at the glyph after it.</li>
 * <li>A mark raised or lowered off the baseline in right-to-left text, which keeps its own
 * character, is drawn before the others too, reading as nothing, and read through an unseen
 * narrowed space on the baseline just after its letter (see {@link #carry}).</li>
 * <li>Left-to-right shaped text (Indic, Thai) is also given its source text as replacement text
 * (ISO 32000-1, 14.9.4), which poppler and MuPDF read in place of the glyphs.</li>
 * <li>A line set right to left starts, on the left, with a right-to-left mark (U+200F) shown as a
 * space: text extraction takes a line's direction from the first strong character it finds, and
 * such a line may start, on the left, with a Latin word or a number.</li>
 * </ul>
 */
final class ShapedText {
    static final String RIGHT_TO_LEFT_MARK = "\u200F";
    /** How far before its letter the unseen space that reads as a raised mark starts, a share of an em. */
    private static final float CARRIER_LEAD = 0.02f;

    private ShapedText() {
    }

    /**
     * Shows span {@code s} at ({@code x}, {@code y}); a space follows when {@code space}.
     *
     * @param actualText    the replacement text the span is already part of, or null
     * @param directionMark whether a right-to-left mark goes left of it ({@link #directionMark(Line)})
     */
    static void show(ContentWriter cs, PdfResources res, Span s, float x, float y, boolean space, String actualText,
                     boolean directionMark) throws IOException {
        FontFace face = s.face();
        FontFace.Glyphs g = s.glyphs();
        boolean replaced = actualText == null && !g.rtl();
        if (actualText != null) {
            cs.beginActualText(actualText);
        } else if (replaced) {
            cs.beginActualText(s.text());
        }
        int n = g.gids().length;
        int[] xs = g.xs(); // each glyph's place, font units from the span's start
        if (g.rtl()) {
            // right to left, first the marks that read as nothing, placed on their letters: drawn
            // after a glyph right of them, they would make text extraction start a new word at
            // that glyph, and a line is read right to left word by word
            marks(cs, res, s, x, y);
        }
        if (directionMark) {
            directionMark(cs, res, s, x, y);
        }
        cs.textAt(x, y);
        List<Object> parts = new ArrayList<>();
        var run = new ByteArrayOutputStream();
        int pen = 0; // where the next glyph shown goes, font units from the span's start
        int dy = 0;
        for (int i = 0; i < n; i++) {
            if (g.texts()[i].isEmpty() || carried(g, i)) {
                continue;
            }
            for (int m = i - 1; m >= 0 && carried(g, m); m--) {
                pen = carry(cs, res, s, run, parts, pen, i, g.texts()[m]);
            }
            pen = move(run, parts, pen, xs[i], g);
            if (g.dy(i) != dy) { // a mark placed above or below its letter
                PdfPagePainter.flush(run, parts);
                PdfPagePainter.show(cs, parts);
                dy = g.dy(i);
                cs.rise(s.rise() + dy * s.size() / g.unitsPerEm());
            }
            run.writeBytes(res.code(face, g.gids()[i], g.texts()[i]));
            pen += face.advance(g.gids()[i]);
        }
        if (dy != 0) {
            PdfPagePainter.flush(run, parts);
            PdfPagePainter.show(cs, parts);
            cs.rise(s.rise());
        }
        PdfPagePainter.flush(run, parts);
        PdfPagePainter.show(cs, parts);
        if (actualText != null || replaced) {
            cs.endMarkedContent();
        }
        if (!g.rtl()) {
            // left to right, the marks come last, after the replacement text: a reader that
            // honours it places the text by the glyphs inside it, and marks off the baseline
            // would move it off the line
            marks(cs, res, s, x, y);
        }
        if (space) {
            cs.textAt(x + s.width(), y);
            cs.show(res.code(face, face.glyphId(' ')));
        }
    }

    /** Moves the pen from {@code pen} to {@code to} (font units) with a position adjustment. */
    private static int move(ByteArrayOutputStream run, List<Object> parts, int pen, int to, FontFace.Glyphs g) {
        if (to != pen) {
            PdfPagePainter.flush(run, parts);
            parts.add(-(to - pen) * 1000f / g.unitsPerEm());
        }
        return to;
    }

    /**
     * Right to left, shows {@code mark} (the character of a raised mark, drawn elsewhere as an
     * artifact: see {@link #raisedMarks}) as an unseen narrowed space on the baseline over the
     * start of glyph {@code letter} (its letter), just before it: where the mark's glyph comes in
     * the shaping engine's visual order, so that text extraction, which reverses right-to-left
     * text, reads it after its letter. Returns where the pen is after it.
     */
    private static int carry(ContentWriter cs, PdfResources res, Span s, ByteArrayOutputStream run,
                             List<Object> parts, int pen, int letter, String mark) throws IOException {
        FontFace.Glyphs g = s.glyphs();
        FontFace face = s.face();
        // from a little before the letter over its first quarter: poppler keeps it in the
        // letter's word (it neither leaves a gap nor overlaps much), PDFBox joins it to the letter
        int before = Math.round(CARRIER_LEAD * g.unitsPerEm());
        int width = before + face.advance(g.gids()[letter]) / 4;
        pen = move(run, parts, pen, g.xs()[letter] - before, g);
        PdfPagePainter.flush(run, parts);
        PdfPagePainter.show(cs, parts);
        int space = face.glyphId(' ');
        cs.renderingMode(3);
        cs.horizontalScale(s.scale() * width / face.advance(space));
        cs.show(res.code(face, space, mark));
        cs.horizontalScale(s.scale());
        cs.renderingMode(0);
        return pen + width;
    }

    /** Whether glyph {@code i} is a raised or lowered mark of right-to-left text, read through an unseen space. */
    static boolean carried(FontFace.Glyphs g, int i) {
        return g.rtl() && g.dy(i) != 0 && !g.texts()[i].isEmpty() && i + 1 < g.gids().length;
    }

    /**
     * Shows the raised or lowered marks of right-to-left span {@code s} at ({@code x}, {@code y})
     * that are read through an unseen space ({@link #carry}), in their places, reading as
     * nothing; the caller marks them as an artifact, drawn after the line's text: off the
     * baseline, among the line's glyphs, they would end the line for text extraction.
     */
    static void raisedMarks(ContentWriter cs, PdfResources res, Span s, float x, float y) throws IOException {
        inPlace(cs, res, s, x, y, i -> carried(s.glyphs(), i));
    }

    /** Whether any glyph of the span is a mark drawn by {@link #raisedMarks}. */
    static boolean hasRaisedMarks(Span s) {
        FontFace.Glyphs g = s.glyphs();
        for (int i = 0; g.texts() != null && i < g.gids().length; i++) {
            if (carried(g, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shows the glyphs that read as nothing, in their places, inside empty replacement text
     * (their codes read as a zero-width space, for readers that ignore it).
     */
    private static void marks(ContentWriter cs, PdfResources res, Span s, float x, float y) throws IOException {
        inPlace(cs, res, s, x, y, i -> s.glyphs().texts()[i].isEmpty());
    }

    /**
     * Shows the span's glyphs that {@code which} picks, each where it belongs, reading as
     * nothing: inside empty replacement text, by codes that read as a zero-width space.
     */
    private static void inPlace(ContentWriter cs, PdfResources res, Span s, float x, float y,
                                java.util.function.IntPredicate which) throws IOException {
        FontFace.Glyphs g = s.glyphs();
        float perUnit = s.size() / g.unitsPerEm() * s.scale();
        boolean any = false;
        for (int i = 0; i < g.gids().length; i++) {
            if (which.test(i)) {
                if (!any) {
                    cs.beginActualText(""); // read as nothing, by a reader that honours it
                    any = true;
                }
                cs.textAt(x + g.xs()[i] * perUnit, y);
                cs.rise(s.rise() + g.dy(i) * s.size() / g.unitsPerEm());
                cs.show(res.code(s.face(), g.gids()[i], ""));
            }
        }
        if (any) {
            cs.rise(s.rise());
            cs.endMarkedContent();
        }
    }

    /**
     * Shows a right-to-left mark (U+200F) as a space just left of span {@code s} at ({@code x},
     * {@code y}): text extraction takes a line's direction from the first strong character it
     * finds, and a right-to-left line may start, on the left, with a Latin word or a number.
     */
    static void directionMark(ContentWriter cs, PdfResources res, Span s, float x, float y) throws IOException {
        cs.textAt(x - s.face().width(" ", s.size()) * s.scale(), y);
        cs.show(res.code(s.face(), s.face().glyphId(' '), RIGHT_TO_LEFT_MARK));
    }

    /**
     * The span a right-to-left mark is drawn before, left of a line whose text is set right to
     * left (its spans' bidi levels are all 1 or more): its leftmost span; null for other lines,
     * or when that span's face has no space glyph.
     */
    static Line.PlacedSpan directionMark(Line line) {
        List<Line.PlacedSpan> spans = line.spans();
        int from = line.label() == null ? 0 : line.label().spans();
        Line.PlacedSpan leftmost = null;
        for (int i = from; i < spans.size(); i++) {
            Line.PlacedSpan p = spans.get(i);
            if (p.span().level() == 0) {
                return null;
            }
            if (leftmost == null || p.x() < leftmost.x()) {
                leftmost = p;
            }
        }
        return leftmost != null && leftmost.span().face().hasGlyph(' ') ? leftmost : null;
    }
}
