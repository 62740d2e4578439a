package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.style.Theme;

/**
 * The look of one kind of element (title, body, caption ...): its text style and leading.
 * Faces and colours come from {@code pdf.<element>} in the theme; size and leading from
 * {@code pdf.<element>} when given there, else from the top-level {@code <element>} settings.
 */
public record ElementStyle(TextStyle text, float leading) {

    public static ElementStyle fromTheme(Theme theme, String element) {
        String pdf = "pdf." + element;
        float size = number(theme, pdf + ".size", element + ".size");
        float leading = number(theme, pdf + ".leading", element + ".leading");
        Colour colour = Colour.fromTheme(theme, "colours." + theme.string(pdf + ".colour"));
        TextStyle style = new TextStyle(theme.string(pdf + ".font"), theme.flag(pdf + ".bold"),
                theme.flag(pdf + ".italic"), size, colour);
        return new ElementStyle(style, leading);
    }

    /** The first of the keys the theme has; the last one is required. */
    static float number(Theme theme, String preferred, String fallback) {
        return has(theme, preferred) ? theme.number(preferred) : theme.number(fallback);
    }

    static boolean has(Theme theme, String key) {
        return theme.has(key);
    }

    public float size() {
        return text.size();
    }
}
