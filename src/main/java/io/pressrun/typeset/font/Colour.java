package io.pressrun.typeset.font;

import io.pressrun.style.Theme;

/** An RGB colour, components 0..1. */
public record Colour(float red, float green, float blue) {

    public static Colour fromTheme(Theme theme, String key) {
        float[] c = theme.colour(key);
        return new Colour(c[0], c[1], c[2]);
    }

    public String hex() {
        return String.format("#%02x%02x%02x", Math.round(red * 255), Math.round(green * 255), Math.round(blue * 255));
    }
}
