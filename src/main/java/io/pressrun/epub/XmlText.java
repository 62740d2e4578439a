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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep;
            if (Character.isHighSurrogate(c)) {
                keep = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (keep) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                keep = false;
            } else {
                keep = allowed(c);
            }
            if (!keep && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return false;
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}
