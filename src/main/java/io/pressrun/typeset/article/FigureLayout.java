package io.pressrun.typeset.article;

import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.model.Image;

import java.util.List;

/** An image with its caption below and its credit, small and set apart, flush right under it. */
final class FigureLayout {
    private FigureLayout() {
    }

    /**
     * @param creditLine the credit as shown, with its label ("Photo: ..."); ignored when the image has none
     * @param floats     whether the figure may wait for the next page while the text after it fills the page
     */
    static void layout(LayoutContext cx, Image img, FlowBuilder.Indent indent, String creditLine, boolean floats) {
        FlowBuilder flow = cx.flow();
        boolean hasCaption = !img.caption().isEmpty();
        boolean hasCredit = !img.credit().isEmpty();
        float maxHeight = flow.frame().height() * cx.number("figure.max-height");
        StructTag figure = img.alt().isEmpty() ? StructTag.ARTIFACT : StructTag.figure(null, img.alt());
        flow.picture(img, indent, maxHeight, figure, hasCaption || hasCredit, floats, cx.number("figure.space-after"));
        if (hasCaption) {
            ElementStyle cap = cx.style("caption");
            flow.space(cx.number("caption.space-before"));
            flow.paragraph(List.of(StyledRun.of(img.caption(), cap.text())), cap, indent, Alignment.LEFT,
                    StructTag.of("Caption"), new FlowBuilder.Options(0, null, true, hasCredit));
        }
        if (hasCredit) {
            ElementStyle credit = cx.style("credit");
            flow.space(cx.number("credit.space-before"));
            flow.paragraph(List.of(StyledRun.of(creditLine, credit.text())), credit, indent, Alignment.RIGHT,
                    StructTag.of("Caption"), FlowBuilder.Options.PLAIN.keptTogether());
        }
    }
}
