package io.pressrun.source;

import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** GitHub's block extensions made blocks: tables, and the ballot box of a task list item. */
final class GfmBlocks {
    /** What a task list item starts with: an empty ballot box, or one with a check mark. */
    static final String OPEN_TASK = "\u2610";
    static final String DONE_TASK = "\u2611";

    private GfmBlocks() {
    }

    /** A task list item: its first paragraph starts with a ballot box, checked when the task is done. */
    static List<Block> task(boolean done, List<Block> item) {
        List<Block> out = new ArrayList<>(item);
        List<Inline> first = new ArrayList<>();
        first.add(new Inline.Text(done ? DONE_TASK : OPEN_TASK));
        if (!out.isEmpty() && out.get(0) instanceof Block.Paragraph p) {
            first.add(new Inline.Text(" "));
            first.addAll(p.content());
            out.set(0, new Block.Paragraph(first));
        } else {
            out.add(0, new Block.Paragraph(first));
        }
        return out;
    }

    /**
     * A table: its head's row, the body's rows; a cell's pictures are set after the table (a
     * figure does not fit in a cell).
     */
    static void table(Node table, BiFunction<Node, List<Block>, List<Inline>> cellText, List<Block> out) {
        List<Block.Table.ColumnAlign> aligns = new ArrayList<>();
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<Block> figures = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    cells.add(cellText.apply(cell, figures));
                    if (cell instanceof TableCell c && c.isHeader()) {
                        aligns.add(align(c.getAlignment()));
                    }
                }
                if (header.isEmpty() && !aligns.isEmpty()) {
                    header.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
        }
        out.add(new Block.Table(aligns, header, rows));
        out.addAll(figures);
    }

    private static Block.Table.ColumnAlign align(TableCell.Alignment a) {
        if (a == null) {
            return Block.Table.ColumnAlign.NONE;
        }
        return switch (a) {
            case LEFT -> Block.Table.ColumnAlign.LEFT;
            case CENTER -> Block.Table.ColumnAlign.CENTRE;
            case RIGHT -> Block.Table.ColumnAlign.RIGHT;
        };
    }
}
