package io.pressrun.typeset.page;

import io.pressrun.style.Paper;
import io.pressrun.style.Theme;

/**
 * The page and its text block, in points. {@code top} and {@code bottom} are measured down
 * from the top of the page; the block is {@code measure} wide starting at {@code left}.
 */
public record PageFrame(float pageWidth, float pageHeight, float left, float measure, float top, float bottom) {

    /** The text block: as wide as the margins allow but no wider than {@code page.max-measure}, centred. */
    public static PageFrame of(Paper paper, Theme theme) {
        float inner = theme.number("page.margin-inner");
        float outer = theme.number("page.margin-outer");
        float measure = Math.min(paper.width - inner - outer, theme.number("page.max-measure"));
        float left = (paper.width - measure) / 2;
        return new PageFrame(paper.width, paper.height, left, measure,
                theme.number("page.margin-top"), paper.height - theme.number("page.margin-bottom"));
    }

    public float height() {
        return bottom - top;
    }
}
