package io.pressrun.style;

import java.util.Map;

/**
 * A picture's credit as the editions show it: with the label of its kind ({@code Photo:
 * ${credit}}), unless the credit already starts with a label of its own ("Photo: Jane Doe",
 * "Chart: Statista"), which it then keeps, so that nothing says "Photo: Photo:" and a chart is
 * not called a photo. The label words are the labels' {@code credit-labels}, separated by commas.
 */
public final class CreditLine {
    private CreditLine() {
    }

    /**
     * The credit with the label {@code labelKey} ({@code photo-credit}, {@code image-credit})
     * around it, or as it is when it names its own kind.
     */
    public static String of(Labels labels, String labelKey, String credit) {
        return hasOwnLabel(labels, credit) ? credit.strip() : labels.get(labelKey, Map.of("credit", credit));
    }

    /** Whether the credit starts with one of the label words and a colon (spaces before it allowed). */
    static boolean hasOwnLabel(Labels labels, String credit) {
        String text = credit.strip();
        for (String word : labels.get("credit-labels").split(",")) {
            String w = word.strip();
            if (!w.isEmpty() && text.regionMatches(true, 0, w, 0, w.length()) && colonAfter(text, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** A colon at {@code at}, after any spaces (a French credit has a narrow no-break space before it). */
    private static boolean colonAfter(String text, int at) {
        int i = at;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '\uFF1A');
    }
}
