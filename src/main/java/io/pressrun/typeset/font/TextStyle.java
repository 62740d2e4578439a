package io.pressrun.typeset.font;

/**
 * How a run of text looks: a font family named in the theme ({@code serif}, {@code sans},
 * {@code mono}), weight, slant, size and colour; raised {@code rise} points above the baseline
 * (a note's reference mark), and {@code struck} through with a line.
 */
public record TextStyle(String family, boolean bold, boolean italic, float size, Colour colour, float rise,
                        boolean struck) {

    /** On the baseline, not struck. */
    public TextStyle(String family, boolean bold, boolean italic, float size, Colour colour) {
        this(family, bold, italic, size, colour, 0, false);
    }

    public TextStyle withBold() {
        return new TextStyle(family, true, italic, size, colour, rise, struck);
    }

    public TextStyle withItalic() {
        return new TextStyle(family, bold, true, size, colour, rise, struck);
    }

    public TextStyle withColour(Colour c) {
        return new TextStyle(family, bold, italic, size, c, rise, struck);
    }

    /** The same style, struck through. */
    public TextStyle withStrike() {
        return new TextStyle(family, bold, italic, size, colour, rise, true);
    }

    /** Smaller and raised, as a superscript: {@code scale} of the size, raised {@code raise} of it. */
    public TextStyle superscript(float scale, float raise) {
        return new TextStyle(family, bold, italic, size * scale, colour, rise + size * raise, struck);
    }

    /** The variant name: {@code regular}, {@code bold}, {@code italic} or {@code bold-italic}. */
    public String variant() {
        if (bold && italic) {
            return "bold-italic";
        }
        return bold ? "bold" : italic ? "italic" : "regular";
    }
}
