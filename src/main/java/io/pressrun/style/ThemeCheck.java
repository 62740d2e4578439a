package io.pressrun.style;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a theme once, before any article is set: every setting of the bundled theme is there
 * with the same kind of value (number, true or false, text, list, mapping), every colour is
 * written {@code #rrggbb}, every colour and font family an element names exists, sizes are
 * positive and the margins leave room for text. Each problem is reported where it was written.
 */
public final class ThemeCheck {
    /** Settings that must be more than zero wherever they appear. */
    private static final Set<String> POSITIVE = Set.of("size", "leading", "max-measure", "inline-scale", "max-height");
    /** The narrowest and shortest text block that is still a page of text, in points (1 inch, 2 inches). */
    private static final float MIN_WIDTH = 72;
    private static final float MIN_HEIGHT = 144;

    private ThemeCheck() {
    }

    public static void check(Theme theme, Paper paper) {
        sameKinds(theme, Theme.load(Templates.bundled()).root(), theme.root(), "");
        for (String name : keys(theme, "colours")) {
            theme.colour("colours." + name);
        }
        checkFonts(theme);
        checkElements(theme);
        checkPositive(theme, theme.root(), "");
        checkTextBlock(theme, paper);
    }

    /** Each setting the bundled theme has is present with the same kind of value. */
    private static void sameKinds(Theme theme, Map<?, ?> bundled, Map<?, ?> merged, String prefix) {
        bundled.forEach((k, expected) -> {
            String path = prefix + k;
            if (!merged.containsKey(String.valueOf(k))) {
                throw theme.problem(path, "missing setting '" + path + "'; add it (the bundled theme.yaml has every setting)");
            }
            Object actual = merged.get(String.valueOf(k));
            String kind = kind(expected);
            if (!kind.equals(kind(actual))) {
                throw theme.problem(path, "'" + path + "' must be " + kind + ", like " + example(expected)
                        + " in the bundled theme.yaml, not " + Theme.describe(actual));
            }
            if (expected instanceof Map<?, ?> e) {
                sameKinds(theme, e, (Map<?, ?>) actual, path + ".");
            }
        });
    }

    private static String kind(Object v) {
        if (v instanceof Map) {
            return "a mapping of settings";
        }
        if (v instanceof List) {
            return "a list";
        }
        if (v instanceof Number) {
            return "a number";
        }
        if (v instanceof Boolean) {
            return "true or false";
        }
        return v == null ? "empty" : "text";
    }

    private static String example(Object v) {
        if (v instanceof Map) {
            return "'key: value' lines";
        }
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "[]" : "- " + l.get(0);
        }
        return v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
    }

    private static void checkFonts(Theme theme) {
        for (String family : keys(theme, "fonts")) {
            String path = "fonts." + family;
            if ("fallback".equals(family)) {
                theme.strings(path);
                continue;
            }
            if (Theme.SCRIPT_FACES.equals(family)) {
                checkScriptFaces(theme, path);
                continue;
            }
            if (!(theme.value(path) instanceof Map<?, ?> variants)) {
                throw theme.problem(path, "'" + path + "' must list the family's font files (regular, bold, italic,"
                        + " bold-italic), not " + Theme.describe(theme.value(path)));
            }
            if (!variants.containsKey("regular")) {
                throw theme.problem(path, "'" + path + "' has no 'regular' font file; every family needs one");
            }
            for (Object variant : variants.keySet()) {
                theme.string(path + "." + variant);
            }
        }
    }

    /** Each key of {@code fonts.scripts} is a Unicode script name and names one font file. */
    private static void checkScriptFaces(Theme theme, String path) {
        for (String script : keys(theme, path)) {
            if (Theme.script(script).isEmpty()) {
                throw theme.problem(path + "." + script, "'" + script + "' is not a Unicode script name;"
                        + " name scripts as Unicode does, such as hebrew, arabic, devanagari, thai, hangul");
            }
            theme.string(path + "." + script);
        }
    }

    /** The colours and font families named by the PDF's elements exist. */
    private static void checkElements(Theme theme) {
        List<String> colours = keys(theme, "colours");
        List<String> families = keys(theme, "fonts").stream().filter(f -> !"fallback".equals(f) && !Theme.SCRIPT_FACES.equals(f)).toList();
        for (String element : keys(theme, "pdf")) {
            String prefix = "pdf." + element;
            if (!(theme.value(prefix) instanceof Map<?, ?> settings)) {
                continue; // sameKinds has judged the elements the bundled theme has
            }
            for (Object key : settings.keySet()) {
                String name = String.valueOf(key);
                String path = prefix + "." + name;
                if (name.equals("colour") || name.startsWith("colour-")) {
                    String colour = theme.string(path);
                    if (!colours.contains(colour)) {
                        throw theme.problem(path, "'" + path + "' names the colour '" + colour
                                + "', which 'colours' does not define; use one of " + String.join(", ", colours));
                    }
                } else if (name.equals("font")) {
                    String family = theme.string(path);
                    if (!families.contains(family)) {
                        throw theme.problem(path, "'" + path + "' names the font family '" + family
                                + "', which 'fonts' does not define; use one of " + String.join(", ", families));
                    }
                }
            }
        }
    }

    private static void checkPositive(Theme theme, Map<?, ?> settings, String prefix) {
        settings.forEach((k, v) -> {
            String path = prefix + k;
            if (v instanceof Map<?, ?> m) {
                checkPositive(theme, m, path + ".");
            } else if (POSITIVE.contains(String.valueOf(k)) && v instanceof Number n && !(n.doubleValue() > 0)) {
                throw theme.problem(path, "'" + path + "' must be more than 0, not " + n);
            }
        });
    }

    private static void checkTextBlock(Theme theme, Paper paper) {
        float width = paper.width - theme.number("page.margin-inner") - theme.number("page.margin-outer");
        float height = paper.height - theme.number("page.margin-top") - theme.number("page.margin-bottom");
        String on = " on " + (paper == Paper.A4 ? "A4" : "Letter") + " paper";
        if (width < MIN_WIDTH) {
            throw theme.problem("page.margin-inner", String.format(java.util.Locale.ROOT,
                    "the page margins leave a text block %.0f points wide%s; make 'page.margin-inner' and"
                            + " 'page.margin-outer' smaller (at least %.0f points must be left)", width, on, MIN_WIDTH));
        }
        if (height < MIN_HEIGHT) {
            throw theme.problem("page.margin-top", String.format(java.util.Locale.ROOT,
                    "the page margins leave a text block %.0f points tall%s; make 'page.margin-top' and"
                            + " 'page.margin-bottom' smaller (at least %.0f points must be left)", height, on, MIN_HEIGHT));
        }
    }

    private static List<String> keys(Theme theme, String path) {
        Object v = theme.value(path);
        if (!(v instanceof Map<?, ?> m)) {
            throw theme.problem(path, "'" + path + "' must be a mapping of settings, not " + Theme.describe(v));
        }
        return m.keySet().stream().map(String::valueOf).toList();
    }
}
