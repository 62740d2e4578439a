package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.model.Inline;

import java.util.ArrayList;
import java.util.List;

/**
 * Flattens inline markup into styled runs: emphasis is italic, strong is bold, code is mono,
 * struck-through text is struck, a note reference is its number raised and smaller, linked to
 * {@code #note-<number>} (the note's place, see {@link #noteAnchor}).
 */
public final class InlineRuns {
    /** What a link to a place in the document starts with; the rest names the place. */
    public static final String NOTE_LINK = "#note-";
    private static final float NOTE_MARK_SCALE = 0.7f;
    private static final float NOTE_MARK_RISE = 0.35f;
    private final Colour linkColour;
    private final float codeScale;

    /** @param codeScale inline code size relative to the surrounding text */
    public InlineRuns(Colour linkColour, float codeScale) {
        this.linkColour = linkColour;
        this.codeScale = codeScale;
    }

    /** The name of the place of the first reference to note {@code number}, which the note links back to. */
    public static String referenceAnchor(int number) {
        return "ref-" + number;
    }

    /** The name of the place note {@code number} is set at, which its references link to. */
    public static String noteAnchor(int number) {
        return NOTE_LINK.substring(1) + number;
    }

    public List<StyledRun> runs(List<Inline> inlines, TextStyle base) {
        List<StyledRun> out = new ArrayList<>();
        add(inlines, base, null, out);
        return out;
    }

    private void add(List<Inline> inlines, TextStyle style, String href, List<StyledRun> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                out.add(new StyledRun(t.text(), style, href));
            } else if (i instanceof Inline.Emphasis e) {
                // emphasis inside italic text is set upright
                add(e.content(), new TextStyle(style.family(), style.bold(), !style.italic(), style.size(),
                        style.colour(), style.rise(), style.struck()), href, out);
            } else if (i instanceof Inline.Strong s) {
                add(s.content(), style.withBold(), href, out);
            } else if (i instanceof Inline.Code c) {
                float size = style.size() * codeScale;
                out.add(new StyledRun(c.text(), new TextStyle("mono", false, false, size, style.colour(), style.rise(),
                        style.struck()), href));
            } else if (i instanceof Inline.Strikethrough s) {
                add(s.content(), style.withStrike(), href, out);
            } else if (i instanceof Inline.NoteReference r) {
                out.add(new StyledRun(r.text(), style.withColour(linkColour).superscript(NOTE_MARK_SCALE, NOTE_MARK_RISE),
                        NOTE_LINK + r.number()));
            } else if (i instanceof Inline.Link l) {
                add(l.content(), style.withColour(linkColour), l.href(), out);
            } else if (i instanceof Inline.LineBreak) {
                out.add(StyledRun.lineBreak(style));
            } else {
                throw new IllegalArgumentException("unknown inline " + i);
            }
        }
    }
}
