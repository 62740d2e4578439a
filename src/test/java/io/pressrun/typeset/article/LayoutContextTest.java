package io.pressrun.typeset.article;

import io.pressrun.style.Labels;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import io.pressrun.typeset.font.TestFonts;
import io.pressrun.typeset.linebreak.KnuthPlassLineBreaker;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.PageFrame;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Colours come from the theme's palette, by name or by the name an element's setting gives. */
class LayoutContextTest {
    private static final Templates TEMPLATES = Templates.bundled();
    private static final Theme THEME = Theme.load(TEMPLATES);

    @Test
    void aColourByNameAndByTheNameAnElementGives() {
        var cx = new LayoutContext(THEME, Labels.forLanguage(TEMPLATES, "en"), new FlowBuilder(TestFonts.fontSet(),
                new KnuthPlassLineBreaker(), PageFrame.of(Paper.A4, THEME)));
        // colours.rule is #b0b0b0 and colours.accent #9b1c1c in the bundled theme
        assertEquals("#b0b0b0", cx.colour("rule").hex());
        assertEquals(176 / 255f, cx.colour("rule").red(), 1e-6f);
        assertEquals("#9b1c1c", cx.colour("accent").hex());
        assertEquals("#b0b0b0", cx.colourOf("header-rule.colour").hex(), "header-rule: {colour: rule}");
        assertEquals("#b0b0b0", cx.colourOf("credits-rule.colour").hex());
    }
}
