package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.TextStyle;

/** Text in one style, possibly a link target ({@code href} null when not a link). */
public record StyledRun(String text, TextStyle style, String href) {
    public static StyledRun of(String text, TextStyle style) {
        return new StyledRun(text, style, null);
    }

    /** A forced line break inside a paragraph. */
    public static StyledRun lineBreak(TextStyle style) {
        return new StyledRun("\n", style, null);
    }

    /** The runs' texts one after the other: a paragraph's text, a line break as {@code \n}. */
    public static String text(java.util.List<StyledRun> runs) {
        var sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    public boolean isLineBreak() {
        return "\n".equals(text);
    }
}
