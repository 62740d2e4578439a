package io.pressrun.epub;

/**
 * Makes strings safe to place in XML 1.0 text. Escaping itself is done by the templates; this
 * removes the characters no escaping can carry: C0 and C1 controls (other than tab, line feed and
 * carriage return), unpaired surrogates and the non-characters U+FFFE and U+FFFF.
 */
final class XmlText {
    private XmlText() {
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i); // a surrogate pair is one code point; a lone half stays a surrogate
            boolean keep = allowed(c);
            if (!keep && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && out != null) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out == null ? s : out.toString();
    }

    private static boolean allowed(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return Character.getType(c) != Character.SURROGATE && c != 0xFFFE && c != 0xFFFF;
    }
}
