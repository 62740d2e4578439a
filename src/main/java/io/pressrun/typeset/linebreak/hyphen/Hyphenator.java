package io.pressrun.typeset.linebreak.hyphen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Liang's hyphenation algorithm over TeX patterns, read from a pattern file in the format of
 * the Hyphen library (LibreOffice, Hunspell): a first line naming the character set, optional
 * {@code LEFTHYPHENMIN}/{@code RIGHTHYPHENMIN} lines, then one pattern a line ({@code .ad4der},
 * {@code a2n}). Only the last level of a file with {@code NEXTLEVEL} is used (the word level;
 * the Hyphen library's compound level before it is ignored), and the library's non-standard
 * patterns ({@code /}-replacements) are skipped. Immutable and thread-safe.
 */
public final class Hyphenator {
    private final Map<String, byte[]> patterns;
    private final int maxPatternLength;
    private final int leftMin;
    private final int rightMin;
    private final Locale locale;

    private Hyphenator(Map<String, byte[]> patterns, int leftMin, int rightMin, Locale locale) {
        this.patterns = patterns;
        int max = 0;
        for (String k : patterns.keySet()) {
            max = Math.max(max, k.length());
        }
        this.maxPatternLength = max;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
        this.locale = locale;
    }

    /** Reads a pattern file; {@code locale} lowercases words before matching. */
    public static Hyphenator read(InputStream in, Locale locale) throws IOException {
        byte[] bytes = in.readAllBytes();
        int eol = 0;
        while (eol < bytes.length && bytes[eol] != '\n' && bytes[eol] != '\r') {
            eol++;
        }
        Charset charset = charset(new String(bytes, 0, eol, StandardCharsets.US_ASCII).strip());
        int left = 2;
        int right = 2;
        Map<String, byte[]> patterns = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, eol, bytes.length - eol), charset))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("%") || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("LEFTHYPHENMIN")) {
                    left = Integer.parseInt(l.substring(13).strip());
                } else if (l.startsWith("RIGHTHYPHENMIN")) {
                    right = Integer.parseInt(l.substring(14).strip());
                } else if (l.equals("NEXTLEVEL")) {
                    patterns.clear(); // keep only the last (word) level
                } else if (Character.isUpperCase(l.charAt(0)) && l.indexOf(' ') > 0) {
                    continue; // other keywords: COMPOUNDLEFTHYPHENMIN, NOHYPHEN, ...
                } else if (l.indexOf('/') < 0) {
                    addPattern(patterns, l);
                }
            }
        }
        return new Hyphenator(patterns, left, right, locale);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** {@code a2n} becomes key {@code an} with values {0, 2, 0}: the value before each letter and after the last. */
    private static void addPattern(Map<String, byte[]> patterns, String p) {
        StringBuilder letters = new StringBuilder();
        List<Byte> values = new ArrayList<>();
        byte pending = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= '0' && c <= '9') {
                pending = (byte) (c - '0');
            } else {
                values.add(pending);
                pending = 0;
                letters.append(c);
            }
        }
        values.add(pending);
        byte[] v = new byte[values.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(i);
        }
        patterns.merge(letters.toString(), v, (a, b) -> {
            byte[] m = a.clone();
            for (int i = 0; i < m.length; i++) {
                m[i] = (byte) Math.max(m[i], b[i]);
            }
            return m;
        });
    }

    public int leftMin() {
        return leftMin;
    }

    public int rightMin() {
        return rightMin;
    }

    /**
     * Where {@code word} may be hyphenated: offsets (in chars, ascending) before which a hyphen
     * can be put, none closer than the left and right minimums to the word's ends. The word
     * should be letters only; anything else simply matches no pattern.
     */
    public int[] points(String word) {
        int n = word.length();
        if (n < leftMin + rightMin || patterns.isEmpty()) {
            return new int[0];
        }
        String s = "." + word.toLowerCase(locale) + ".";
        if (s.length() != n + 2) {
            return new int[0]; // lowercasing changed the length: offsets would not line up
        }
        byte[] values = new byte[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
            int end = Math.min(s.length(), i + maxPatternLength);
            for (int j = i + 1; j <= end; j++) {
                byte[] v = patterns.get(s.substring(i, j));
                if (v != null) {
                    for (int k = 0; k < v.length; k++) {
                        values[i + k] = (byte) Math.max(values[i + k], v[k]);
                    }
                }
            }
        }
        // values[k + 1] is the value between word[k - 1] and word[k] (s has a leading dot)
        int[] out = new int[n];
        int count = 0;
        for (int k = leftMin; k <= n - rightMin; k++) {
            if ((values[k + 1] & 1) == 1) {
                out[count++] = k;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The word with {@code -} at every hyphenation point, e.g. {@code hy-phen-ation}. */
    public String hyphenate(String word) {
        StringBuilder sb = new StringBuilder(word);
        int[] p = points(word);
        for (int i = p.length - 1; i >= 0; i--) {
            sb.insert(p[i], '-');
        }
        return sb.toString();
    }
}
