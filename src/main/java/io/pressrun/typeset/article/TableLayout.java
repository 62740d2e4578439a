package io.pressrun.typeset.article;

import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import io.pressrun.typeset.font.Colour;
import io.pressrun.typeset.font.TextStyle;
import io.pressrun.typeset.inline.Alignment;
import io.pressrun.typeset.inline.ElementStyle;
import io.pressrun.typeset.inline.Line;
import io.pressrun.typeset.inline.LineSetter;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.inline.StructTag;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.linebreak.FirstFitLineBreaker;
import io.pressrun.typeset.linebreak.Item;
import io.pressrun.typeset.linebreak.LineWidths;
import io.pressrun.typeset.page.FlowBuilder;
import io.pressrun.typeset.page.FlowElement;

import java.util.ArrayList;
import java.util.List;

/**
 * A table in the PDF: columns as wide as their content asks within the measure
 * ({@link TableColumns}), cells set ragged in their column's alignment, the header row in bold
 * between rules, a hairline between body rows. A table whose words do not fit is set smaller,
 * down to {@code pdf.table.min-size}, then with less padding; past that its widest words are cut. A row stays on one
 * page; a row taller than a page is cut between lines. Each page the table continues on starts
 * with its header row again (an artifact: it is read once). Tagged {@code Table}, {@code TR},
 * {@code TH} (with its scope) and {@code TD}.
 */
final class TableLayout {
    private final LayoutContext cx;
    private final FlowBuilder flow;
    /** The cells' padding on each side: the theme's, or less for a table too wide for it. */
    private float padding;
    /** The least padding a cell keeps, in points. */
    private static final float LEAST_PADDING = 0.5f;
    private final Colour ruleColour;

    TableLayout(LayoutContext cx) {
        this.cx = cx;
        this.flow = cx.flow();
        this.padding = cx.number("table.cell-padding");
        this.ruleColour = cx.colourOf("table.colour-rule");
    }

    void layout(Block.Table table, FlowBuilder.Indent indent, StructTag parent) {
        ElementStyle body = cx.style("table");
        ElementStyle head = cx.style("table-header");
        List<List<List<StyledRun>>> runs = allRuns(table, body, head);
        TableColumns content = TableColumns.measure(flow.fonts(), runs, table.columns());
        float scale = scale(content.minimum(), table.columns(), body, indent.width());
        if (scale != 1) {
            body = scaled(body, scale);
            head = scaled(head, scale);
            runs = allRuns(table, body, head);
            content = TableColumns.measure(flow.fonts(), runs, table.columns());
        }
        float words = content.minimum();
        if (words + 2 * padding * table.columns() > indent.width()) {
            padding = Math.max(LEAST_PADDING, (indent.width() - words) / (2 * table.columns()));
        }
        float[] widths = content.padded(padding).widths(indent.width());

        StructTag tag = parent == null ? StructTag.of("Table") : parent.child("Table");
        StructTag headRow = tag.child("TR");
        List<StructTag> headCells = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            headCells.add(StructTag.columnHeader(headRow));
        }
        List<Cell> headerCells = cells(runs.get(0), widths, table, headCells, head.leading());
        FlowElement.Row header = rows(headerCells, indent, widths, head.leading(), headRow, Float.MAX_VALUE, true,
                null, cx.number("table.header-rule")).get(0);
        FlowElement.Row repeat = artifact(header);

        flow.space(cx.number("table.space-before"));
        flow.row(header.keptWithNext());
        float tallest = flow.frame().height() - header.height() - 1;
        for (int r = 1; r < runs.size(); r++) {
            StructTag row = tag.child("TR");
            List<StructTag> cellTags = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                cellTags.add(row.child("TD"));
            }
            boolean last = r == runs.size() - 1;
            float bottomRule = cx.number(last ? "table.rule" : "table.row-rule");
            for (FlowElement.Row piece : rows(cells(runs.get(r), widths, table, cellTags, body.leading()), indent,
                    widths, body.leading(), row, tallest, false, r == 1 ? null : repeat, bottomRule)) {
                flow.row(piece);
            }
        }
        flow.space(cx.number("table.space-after"));
    }

    /**
     * The scale of the table's text: 1, or less when its widest words ({@code words} wide in
     * all at full size) do not fit in {@code width} with the cells' padding, but not below
     * {@code pdf.table.min-size}. (Then the padding is made smaller, down to
     * {@link #LEAST_PADDING}, before words are cut.)
     */
    private float scale(float words, int columns, ElementStyle body, float width) {
        float room = width - 2 * padding * columns;
        if (words <= room) {
            return 1;
        }
        float smallest = cx.number("table.min-size") / body.size();
        return Math.min(1, Math.max(smallest, room / words));
    }

    private static ElementStyle scaled(ElementStyle style, float scale) {
        TextStyle t = style.text();
        return new ElementStyle(new TextStyle(t.family(), t.bold(), t.italic(), t.size() * scale, t.colour()),
                style.leading() * scale);
    }

    /** The runs of every cell, row by row, the header first. */
    private List<List<List<StyledRun>>> allRuns(Block.Table table, ElementStyle body, ElementStyle head) {
        List<List<List<StyledRun>>> runs = new ArrayList<>();
        runs.add(runs(table.header(), head));
        for (List<List<Inline>> row : table.rows()) {
            runs.add(runs(row, body));
        }
        return runs;
    }

    private List<List<StyledRun>> runs(List<List<Inline>> cells, ElementStyle style) {
        List<List<StyledRun>> out = new ArrayList<>();
        for (List<Inline> cell : cells) {
            out.add(cx.inlines().runs(cell, style.text()));
        }
        return out;
    }

    /** A cell's set lines and its tag. */
    private record Cell(List<Line> lines, StructTag tag) {
    }

    private List<Cell> cells(List<List<StyledRun>> runs, float[] widths, Block.Table table, List<StructTag> tags,
                             float leading) {
        List<Cell> out = new ArrayList<>();
        for (int c = 0; c < runs.size(); c++) {
            float width = Math.max(1, widths[c] - 2 * padding);
            List<Line> lines = List.of();
            if (!runs.get(c).isEmpty()) {
                // a cell's direction is its text's, else the article's (a cell of numbers)
                var direction = io.pressrun.model.TextDirection.of(StyledRun.text(runs.get(c)), flow.direction());
                List<Item> items = ParagraphItems.build(flow.fonts(), runs.get(c), width,
                        io.pressrun.typeset.linebreak.hyphen.Hyphenation.NONE, direction);
                LineWidths w = LineWidths.constant(width);
                lines = LineSetter.set(items, new FirstFitLineBreaker().breaks(items, w), w,
                        alignment(table.alignments().get(c)), false, io.pressrun.typeset.linebreak.Expansion.NONE,
                        direction);
            }
            out.add(new Cell(lines, tags.get(c)));
        }
        return out;
    }

    private static Alignment alignment(Block.Table.ColumnAlign align) {
        return switch (align) {
            case NONE, LEFT -> Alignment.LEFT;
            case CENTRE -> Alignment.CENTRED;
            case RIGHT -> Alignment.RIGHT;
        };
    }

    /**
     * The row's cells side by side, as one flow element, or as several when it is taller than
     * {@code tallest}: each then holds as many lines of every cell as fit. A rule of
     * {@code bottomRule} points ends the row; a header row has one of {@code pdf.table.rule}
     * above it too.
     */
    private List<FlowElement.Row> rows(List<Cell> cells, FlowBuilder.Indent indent, float[] widths, float leading,
                                       StructTag tag, float tallest, boolean header, FlowElement.Row repeat,
                                       float bottomRule) {
        int lines = 1;
        for (Cell c : cells) {
            lines = Math.max(lines, c.lines().size());
        }
        int perPiece = Math.max(1, (int) Math.floor((tallest - 2 * padding) / leading));
        float tableWidth = 0;
        // right to left, the table stands at the right and its first column on the right
        boolean rtl = flow.direction() == io.pressrun.model.TextDirection.RTL;
        for (float w : widths) {
            tableWidth += w;
        }
        float left = rtl ? indent.left() + indent.width() - tableWidth : indent.left();
        List<FlowElement.Row> out = new ArrayList<>();
        for (int from = 0; from < lines; from += perPiece) {
            int to = Math.min(lines, from + perPiece);
            float height = 2 * padding + (to - from) * leading;
            List<FlowElement.Row.Part> parts = new ArrayList<>();
            if (header) {
                parts.add(new FlowElement.Row.Part(rule(left, tableWidth, cx.number("table.rule")), 0));
            }
            float x = rtl ? left + tableWidth : left;
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (rtl) {
                    x -= widths[c];
                }
                if (cell.lines().isEmpty() && from == 0) {
                    parts.add(new FlowElement.Row.Part(new FlowElement.TextLine(new Line(List.of(), 0), x + padding,
                            leading, 0, false, cell.tag()), padding));
                }
                for (int k = from; k < Math.min(to, cell.lines().size()); k++) {
                    parts.add(new FlowElement.Row.Part(new FlowElement.TextLine(cell.lines().get(k), x + padding,
                            leading, 0, false, cell.tag()), padding + (k - from) * leading));
                }
                if (!rtl) {
                    x += widths[c];
                }
            }
            if (to == lines) {
                parts.add(new FlowElement.Row.Part(rule(left, tableWidth, bottomRule), height));
            }
            out.add(new FlowElement.Row(parts, height, 0, false, tag, repeat));
        }
        return out;
    }

    private FlowElement.Rule rule(float left, float width, float thickness) {
        return new FlowElement.Rule(left, width, thickness, ruleColour, thickness, 0, false);
    }

    /** The header row as set again on a page the table continues on: the same look, read once. */
    private static FlowElement.Row artifact(FlowElement.Row header) {
        List<FlowElement.Row.Part> parts = new ArrayList<>();
        for (FlowElement.Row.Part p : header.parts()) {
            FlowElement e = p.element();
            if (e instanceof FlowElement.TextLine t) {
                e = new FlowElement.TextLine(t.line(), t.indent(), t.leading(), 0, false, StructTag.ARTIFACT);
            }
            if (!(e instanceof FlowElement.TextLine t && t.line().spans().isEmpty())) {
                parts.add(new FlowElement.Row.Part(e, p.dy()));
            }
        }
        return new FlowElement.Row(parts, header.height(), 0, false, StructTag.ARTIFACT, null);
    }
}
