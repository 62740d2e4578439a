package io.pressrun;

import java.util.ArrayList;
import java.util.List;

/**
 * The differences between two texts as a unified diff ({@code diff -u}), line by line: the
 * longest common subsequence of their lines, and each change with a few lines of context.
 */
public final class UnifiedDiff {
    /** Lines of context around each change. */
    static final int CONTEXT = 3;
    /** Above this many cells of the comparison table, the differing middle is shown as replaced whole. */
    private static final long MAX_CELLS = 16_000_000L;
    /** At most this many lines of diff are shown; the rest is counted. */
    private static final int MAX_LINES = 400;

    private UnifiedDiff() {
    }

    /** One line of the edit: kept (' '), removed ('-') or added ('+'), with the lines of each side before it. */
    private record Edit(char kind, String line, int before, int after) {
    }

    /** A unified diff from {@code before} to {@code after}; empty when they are equal. */
    public static String of(String beforeName, String before, String afterName, String after) {
        List<Edit> edits = edits(before.lines().toList(), after.lines().toList());
        List<int[]> hunks = hunks(edits);
        if (hunks.isEmpty()) {
            return "";
        }
        List<String> rows = new ArrayList<>();
        for (int[] h : hunks) {
            rows.add(header(edits, h[0], h[1]));
            for (int i = h[0]; i < h[1]; i++) {
                rows.add(edits.get(i).kind() + edits.get(i).line());
            }
        }
        var sb = new StringBuilder();
        sb.append("--- ").append(beforeName).append('\n').append("+++ ").append(afterName).append('\n');
        rows.stream().limit(MAX_LINES).forEach(r -> sb.append(r).append('\n'));
        long hidden = rows.stream().skip(MAX_LINES).filter(r -> r.startsWith("-") || r.startsWith("+")).count();
        if (hidden > 0) {
            sb.append("... and ").append(hidden).append(" more changed lines\n");
        }
        return sb.toString();
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> out = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            out.add(new Edit(' ', a.get(i), i, i));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, prefix, out);
        for (int k = suffix; k > 0; k--) {
            out.add(new Edit(' ', a.get(a.size() - k), a.size() - k, b.size() - k));
        }
        return out;
    }

    /** The edit of the differing middle: longest common subsequence by dynamic programming. */
    private static void middle(List<String> a, List<String> b, int a0, int b0, List<Edit> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add(new Edit('-', a.get(i), a0 + i, b0));
            }
            for (int j = 0; j < m; j++) {
                out.add(new Edit('+', b.get(j), a0 + n, b0 + j));
            }
            return;
        }
        int[] lcs = new int[(n + 1) * (m + 1)]; // lcs[i * (m + 1) + j]: of a[i..] and b[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i * (m + 1) + j] = a.get(i).equals(b.get(j)) ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                        : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add(new Edit(' ', a.get(i), a0 + i++, b0 + j++));
            } else if (i < n && (j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) {
                out.add(new Edit('-', a.get(i), a0 + i++, b0 + j)); // removals first, as diff shows them
            } else {
                out.add(new Edit('+', b.get(j), a0 + i, b0 + j++));
            }
        }
    }

    /** Ranges [from, to) of edits: each change with its context, changes closer than twice the context joined. */
    private static List<int[]> hunks(List<Edit> edits) {
        List<int[]> hunks = new ArrayList<>();
        int[] current = null;
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).kind() == ' ') {
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = Math.min(edits.size(), i + 1 + CONTEXT);
            if (current != null && from <= current[1]) {
                current[1] = to;
            } else {
                current = new int[] {from, to};
                hunks.add(current);
            }
        }
        return hunks;
    }

    /** {@code @@ -l,s +l,s @@}: where the hunk starts on each side (1-based) and how many lines it has there. */
    private static String header(List<Edit> edits, int from, int to) {
        int before = 0;
        int after = 0;
        for (int i = from; i < to; i++) {
            char k = edits.get(i).kind();
            before += k == '+' ? 0 : 1;
            after += k == '-' ? 0 : 1;
        }
        Edit first = edits.get(from);
        return "@@ -" + range(first.before(), before) + " +" + range(first.after(), after) + " @@";
    }

    /** A side's range: an empty one names the line before it, as diff does. */
    private static String range(int linesBefore, int count) {
        return (count == 0 ? linesBefore : linesBefore + 1) + "," + count;
    }
}
