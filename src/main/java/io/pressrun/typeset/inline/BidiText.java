package io.pressrun.typeset.inline;

import io.pressrun.model.TextDirection;

import java.text.Bidi;
import java.text.BreakIterator;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a paragraph's text says about its direction and its breaks, before it is set: the bidi
 * level of every character by the Unicode Bidirectional Algorithm (UAX #9, the JDK's
 * {@link Bidi}), and where a line may break between words of scripts written without spaces
 * (Thai, Lao, Khmer, Myanmar, Chinese and Japanese) by the line-break rules of UAX #14 (the
 * JDK's line {@link BreakIterator}, which finds Thai words from a dictionary).
 */
final class BidiText {
    private static final Set<Character.UnicodeScript> WITHOUT_SPACES = EnumSet.of(
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA);

    private final TextDirection direction;
    private final byte[] levels;
    private final BitSet breaks;

    private BidiText(TextDirection direction, byte[] levels, BitSet breaks) {
        this.direction = direction;
        this.levels = levels;
        this.breaks = breaks;
    }

    /** @param direction the paragraph's; null: that of its first strong character, else left to right */
    static BidiText of(List<StyledRun> runs, TextDirection direction) {
        String text = StyledRun.text(runs);
        TextDirection dir = direction != null ? direction : TextDirection.of(text, TextDirection.LTR);
        byte[] levels = null;
        char[] chars = text.toCharArray();
        if (dir == TextDirection.RTL || Bidi.requiresBidi(chars, 0, chars.length)) {
            Bidi bidi = new Bidi(text, dir == TextDirection.RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT
                    : Bidi.DIRECTION_LEFT_TO_RIGHT);
            levels = new byte[chars.length];
            for (int i = 0; i < chars.length; i++) {
                levels[i] = (byte) bidi.getLevelAt(i);
            }
        }
        return new BidiText(dir, levels, breaks(text));
    }

    /** Break opportunities between two characters both of a script written without spaces. */
    private static BitSet breaks(String text) {
        BitSet out = new BitSet();
        Character.UnicodeScript script = null;
        for (int i = 0; i < text.length() && script == null; i++) {
            script = withoutSpaces(text.charAt(i)) ? Character.UnicodeScript.of(text.charAt(i)) : null;
        }
        if (script == null) {
            return out;
        }
        // the JDK finds Thai words from its dictionary only when told the text is Thai
        BreakIterator it = BreakIterator.getLineInstance(switch (script) {
            case THAI -> Locale.forLanguageTag("th");
            case LAO -> Locale.forLanguageTag("lo");
            case KHMER -> Locale.forLanguageTag("km");
            case MYANMAR -> Locale.forLanguageTag("my");
            default -> Locale.ROOT;
        });
        it.setText(text);
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            if (b > 0 && b < text.length() && withoutSpaces(text.codePointBefore(b))
                    && withoutSpaces(text.codePointAt(b))) {
                out.set(b);
            }
        }
        return out;
    }

    private static boolean withoutSpaces(int cp) {
        return WITHOUT_SPACES.contains(Character.UnicodeScript.of(cp));
    }

    TextDirection direction() {
        return direction;
    }

    /** The bidi level of the character at {@code offset}: even left to right, odd right to left. */
    int level(int offset) {
        return levels == null ? 0 : levels[offset];
    }

    /** Whether a line may break before the character at {@code offset}, between two words written without spaces. */
    boolean breakBefore(int offset) {
        return breaks.get(offset);
    }
}
