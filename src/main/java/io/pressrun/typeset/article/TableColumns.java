package io.pressrun.typeset.article;

import io.pressrun.typeset.font.FontSet;
import io.pressrun.typeset.inline.ParagraphItems;
import io.pressrun.typeset.inline.StyledRun;
import io.pressrun.typeset.linebreak.Item;

import java.util.List;

/**
 * The widths of a table's columns, from their content and the cells' padding, as a browser's automatic table layout
 * finds them: each column needs at least its widest word (its minimum) and would like its
 * longest cell on one line (its maximum), both plus the cells' padding. When the maxima fit in
 * the measure the columns get them, and the room left over in proportion; when only the minima
 * fit, each column gets its minimum and a share of the rest in proportion to what it lacks;
 * when not even the minima fit, the measure is shared in proportion to the minima and words
 * wider than their column are cut (never lost).
 */
final class TableColumns {
    private final float[] min;
    private final float[] max;

    private TableColumns(float[] min, float[] max) {
        this.min = min;
        this.max = max;
    }

    /** Measures the cells' content, given as each row's runs, in columns (no padding). */
    static TableColumns measure(FontSet fonts, List<List<List<StyledRun>>> rows, int columns) {
        float[] min = new float[columns];
        float[] max = new float[columns];
        for (List<List<StyledRun>> row : rows) {
            for (int c = 0; c < columns; c++) {
                float widestWord = 0;
                float longestLine = 0;
                float line = 0;
                for (Item it : ParagraphItems.build(fonts, row.get(c), Float.MAX_VALUE)) {
                    if (it instanceof Item.Box b) {
                        widestWord = Math.max(widestWord, b.width());
                        line += b.width();
                    } else if (it instanceof Item.Glue g) {
                        line += g.width();
                    } else if (it instanceof Item.Penalty p && p.isForced()) {
                        longestLine = Math.max(longestLine, line);
                        line = 0;
                    }
                }
                longestLine = Math.max(longestLine, line);
                min[c] = Math.max(min[c], widestWord);
                max[c] = Math.max(max[c], longestLine);
            }
        }
        return new TableColumns(min, max);
    }

    /** These columns with {@code padding} on each side of every cell. */
    TableColumns padded(float padding) {
        float[] paddedMin = new float[min.length];
        float[] paddedMax = new float[max.length];
        for (int c = 0; c < min.length; c++) {
            paddedMin[c] = min[c] + 2 * padding;
            paddedMax[c] = max[c] + 2 * padding;
        }
        return new TableColumns(paddedMin, paddedMax);
    }

    /** The sum of the columns' minima: the narrowest the table can be without cutting words. */
    float minimum() {
        return sum(min);
    }

    /** The columns' widths in a table {@code width} points wide. */
    float[] widths(float width) {
        int n = min.length;
        float[] w = new float[n];
        float sumMin = sum(min);
        float sumMax = sum(max);
        for (int c = 0; c < n; c++) {
            if (sumMax <= 0) {
                w[c] = width / n; // nothing to measure: no padding, no text
            } else if (sumMax <= width) {
                w[c] = max[c] + (width - sumMax) * max[c] / sumMax;
            } else if (sumMin <= width) {
                w[c] = min[c] + (width - sumMin) * (max[c] - min[c]) / (sumMax - sumMin);
            } else {
                w[c] = width * min[c] / sumMin;
            }
        }
        return w;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
