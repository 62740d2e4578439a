package io.pressrun.text;

/**
 * A language's typographic punctuation: its quotation marks and the space it sets before
 * {@code ; : ! ?} (French sets a narrow no-break space; most languages none).
 */
public record PunctuationStyle(String open, String close, String innerOpen, String innerClose,
                               String spaceBeforeHighPunctuation) {
    public static final PunctuationStyle ENGLISH = new PunctuationStyle("“", "”", "‘", "’", "");
}
