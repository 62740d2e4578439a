package io.pressrun.source;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean" hints for misspelt keys. */
final class Suggestions {
    private Suggestions() {
    }

    /** {@code " (did you mean 'title'?)"}, or empty when nothing is close. */
    static String didYouMean(String word, Collection<String> known) {
        return known.stream()
                .filter(k -> distance(word.toLowerCase(java.util.Locale.ROOT), k) <= Math.max(1, k.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k))
                .map(k -> " (did you mean '" + k + "'?)")
                .orElse("");
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
