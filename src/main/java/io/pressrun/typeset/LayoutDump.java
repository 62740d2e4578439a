package io.pressrun.typeset;

import io.pressrun.model.Image;
import io.pressrun.model.Orientation;
import io.pressrun.typeset.font.FontFace;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.linebreak.Breaks;
import io.pressrun.typeset.page.OutlineEntry;
import io.pressrun.typeset.page.Placed;
import io.pressrun.typeset.page.TypesetDocument;

import java.util.List;
import java.util.Locale;

/**
 * A readable listing of a typeset document, for golden layout tests and for looking at layout
 * decisions without a PDF viewer ({@code pressrun layout}). One row per set line, picture and
 * rule, in page order; under each line one row per span. Rows from the golden layouts, with
 * spans left out:
 *
 * <pre>
 * layout 595.28x841.89 pages=1
 * p1 rule x=117.64 y=705.59 w=360.00 thickness=0.60
 * p1 line x=117.64 y=680.89 w=360.00 P tol200 r=0.115 exp=+1% hyph=yes | The full text of ... of the meet-
 *     span x=0.00 CharisSIL-Regular.ttf 10.50 "The" glyphs 55 75 72
 *     span x=356.64 CharisSIL-Regular.ttf 10.50 "-" glyphs 16 actual="ing"
 * p1 line x=117.64 y=727.09 w=197.92 H1 first-fit r=0.000 exp=0% hyph=no | office’s finances
 *     span x=0.00 CharisSIL-Bold.ttf 26.00 "office’s" glyphs 82 [ffi:743] 70 72 183 86
 * p1 line x=117.64 y=613.09 w=224.60 H2 first-fit r=0.000 exp=0% hyph=no | To AVoid Your Yawning Typeface
 *     span x=0.00 NotoSans-Bold.ttf 14.00 "To" glyphs 55 (-70) 82
 * p1 picture x=117.64 y=363.29 w=360.00 h=225.00 Figure image/jpeg lead.jpg 240x150 alt="..."
 * p1 outline level=2 y=627.89 "To AVoid Your Yawning Typeface"
 * </pre>
 *
 * A line row gives its page, the start of its baseline and its width (points, PDF user space),
 * its structure role, the line breaker's pass that set its paragraph, the adjustment ratio of
 * its spaces, its glyphs' font expansion in percent, whether a hyphen was added at its end, and its text. A span row gives its offset
 * in the line, font file, size, text, and glyph IDs: a ligature as {@code [letters:id]}, and
 * a non-zero kerning between two glyphs in parentheses, in font units; then {@code link=},
 * {@code rise=} (a raised note mark), {@code struck} (struck-through text), {@code actual=} (what a hyphen or the rest of a hyphenated word stands for in the text) and
 * {@code label} (a list marker) where they apply. Positions have two decimals, ratios three.
 * Characters that would not be seen (control, format and space characters other than the
 * space) are written as a backslash, {@code u} and their four hex digits, and a backslash as two.
 * After the pages come the outline's entries, one row each: the page, level, top of the
 * heading's first line and its words.
 */
public final class LayoutDump {
    private LayoutDump() {
    }

    public static String of(TypesetDocument doc) {
        var sb = new StringBuilder();
        sb.append("layout ").append(points(doc.pageWidth())).append('x').append(points(doc.pageHeight()))
                .append(" pages=").append(doc.pages().size()).append('\n');
        for (TypesetDocument.Page page : doc.pages()) {
            for (Placed item : page.items()) {
                sb.append('p').append(page.number()).append(' ');
                if (item instanceof Placed.TextLine t) {
                    line(sb, t);
                } else if (item instanceof Placed.Picture p) {
                    picture(sb, p);
                } else if (item instanceof Placed.Rule r) {
                    sb.append("rule x=").append(points(r.x())).append(" y=").append(points(r.y()))
                            .append(" w=").append(points(r.width())).append(" thickness=")
                            .append(points(r.thickness())).append('\n');
                } else {
                    throw new IllegalArgumentException("unknown placed item " + item);
                }
            }
        }
        for (OutlineEntry e : doc.outline()) {
            sb.append('p').append(e.page()).append(" outline level=").append(e.level()).append(" y=")
                    .append(points(e.top())).append(' ').append(quoted(e.title())).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, Placed.TextLine t) {
        Line line = t.line();
        sb.append("line x=").append(points(t.x())).append(" y=").append(points(t.baseline()))
                .append(" w=").append(points(line.width())).append(' ').append(t.tag())
                .append(' ').append(pass(line.pass())).append(" r=").append(ratio(line.ratio()))
                .append(" exp=").append(expansion(line.expansion())).append(" hyph=").append(line.hyphenated() ? "yes" : "no")
                .append(" | ").append(visible(line.text())).append('\n');
        List<Line.PlacedSpan> spans = line.spans();
        int label = line.label() == null ? 0 : line.label().spans();
        for (int i = 0; i < spans.size(); i++) {
            Line.PlacedSpan p = spans.get(i);
            Span s = p.span();
            sb.append("    span x=").append(points(p.x())).append(' ').append(s.face().name()).append(' ')
                    .append(points(s.size())).append(' ').append(quoted(s.text())).append(" glyphs");
            glyphs(sb, s.text(), s.glyphs());
            if (s.href() != null) {
                sb.append(" link=").append(visible(s.href()));
            }
            if (s.rise() != 0) {
                sb.append(" rise=").append(points(s.rise()));
            }
            if (s.struck()) {
                sb.append(" struck");
            }
            if (p.actualText() != null) {
                sb.append(" actual=").append(quoted(p.actualText()));
            }
            if (i < label) {
                sb.append(" label");
            }
            sb.append('\n');
        }
    }

    /** Glyph IDs, a ligature as {@code [fi:412]}, non-zero kerning after a glyph as {@code (-70)}. */
    private static void glyphs(StringBuilder sb, String text, FontFace.Glyphs g) {
        for (int i = 0; i < g.gids().length; i++) {
            sb.append(' ');
            if (g.ligature()[i]) {
                sb.append('[').append(text, g.starts()[i], g.starts()[i + 1]).append(':').append(g.gids()[i])
                        .append(']');
            } else {
                sb.append(g.gids()[i]);
            }
            if (g.kerns()[i] != 0) {
                sb.append(" (").append(g.kerns()[i]).append(')');
            }
        }
    }

    private static void picture(StringBuilder sb, Placed.Picture p) {
        Image img = p.image();
        sb.append("picture x=").append(points(p.x())).append(" y=").append(points(p.y()))
                .append(" w=").append(points(p.width())).append(" h=").append(points(p.height()))
                .append(' ').append(p.tag()).append(' ').append(img.mediaType()).append(' ')
                .append(visible(img.src())).append(' ').append(img.width()).append('x').append(img.height());
        if (img.orientation() != Orientation.NORMAL) {
            sb.append(" orientation=").append(img.orientation().exif());
        }
        sb.append(" alt=").append(quoted(img.alt())).append('\n');
    }

    /** The pass's name in the dump. */
    static String pass(Breaks.Pass pass) {
        return switch (pass) {
            case PRETOLERANCE -> "pretolerance";
            case TOLERANCE_200 -> "tol200";
            case TOLERANCE_1000 -> "tol1000";
            case EMERGENCY -> "emergency";
            case FALLBACK -> "fallback";
            case FIRST_FIT -> "first-fit";
            case NONE -> "none";
        };
    }

    static String points(float v) {
        return fixed(v, "%.2f");
    }

    /** A line's font expansion in percent, with its sign: {@code +1.5%}, {@code -0.5%}, {@code 0%}. */
    static String expansion(float v) {
        String s = fixed(v * 100, "%+.1f%%").replace(".0%", "%");
        return s.equals("+0%") || s.equals("-0%") ? "0%" : s;
    }

    static String ratio(float v) {
        return fixed(v, "%.3f");
    }

    /** {@code v} rounded as {@code format} says, in the root locale, never as a negative zero. */
    private static String fixed(float v, String format) {
        String s = String.format(Locale.ROOT, format, v);
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    static String quoted(String s) {
        return '"' + visible(s).replace("\"", "\\\"") + '"';
    }

    /** {@code s} with a backslash doubled and characters that would not be seen as escapes (backslash, u, hex). */
    static String visible(String s) {
        var sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                sb.append("\\\\");
            } else if (cp != ' ' && invisible(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static boolean invisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
