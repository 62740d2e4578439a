package io.pressrun.typeset.inline;

import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.font.Span;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.linebreak.Item;
import java.util.ArrayList;
import java.util.List;

/** Preformatted text: one line per source line, spaces kept, overlong lines cut at the measure. */
public final class CodeLines {
    private static final String TAB = "    ";

    private CodeLines() {
    }

    public static List<Line> set(FontSet fonts, String text, TextStyle style, float width) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<Line> lines = new ArrayList<>();
        for (String source : body.split("\n", -1)) {
            String s = source.replace("\t", TAB).replace("\r", "");
            if (s.isBlank()) {
                s = " ";
            }
            List<Span> spans = fonts.spans(s, style, null);
            float w = 0;
            for (Span sp : spans) {
                w += sp.width();
            }
            for (Item it : ParagraphItems.cutOverlongWords(List.of(new Item.Box(spans, w)), width)) {
                if (it instanceof Item.Box box) {
                    List<Line.PlacedSpan> placed = new ArrayList<>();
                    float x = 0;
                    for (Span sp : box.spans()) {
                        placed.add(new Line.PlacedSpan(sp, x));
                        x += sp.width();
                    }
                    lines.add(new Line(placed, x));
                }
            }
        }
        return lines;
    }
}
