package io.pressrun.typeset.font;

/**
 * How a run of text looks: a font family named in the theme ({@code serif}, {@code sans},
 * {@code mono}), weight, slant, size and colour.
 */
public record TextStyle(String family, boolean bold, boolean italic, float size, Colour colour) {

    public TextStyle withBold() {
        return new TextStyle(family, true, italic, size, colour);
    }

    public TextStyle withItalic() {
        return new TextStyle(family, bold, true, size, colour);
    }

    public TextStyle withColour(Colour c) {
        return new TextStyle(family, bold, italic, size, c);
    }

    /** The theme variant name: {@code regular}, {@code bold}, {@code italic} or {@code bold-italic}. */
    public String variant() {
        if (bold && italic) {
            return "bold-italic";
        }
        return bold ? "bold" : italic ? "italic" : "regular";
    }
}
