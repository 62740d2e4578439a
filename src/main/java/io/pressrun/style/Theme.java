package io.pressrun.style;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typography settings from {@code templates/theme.yaml}: fonts, sizes, leading, margins,
 * colours. Keys are dotted paths ({@code body.size}). Each setting remembers the file and line it
 * was written on, so a bad or missing value is reported there ({@link ConfigurationException}).
 */
public final class Theme {
    private static final Path BUNDLED = Path.of("templates", "theme.yaml");
    /** The key under {@code fonts} that names one face per Unicode script ({@code fonts.scripts.hebrew}). */
    public static final String SCRIPT_FACES = "scripts";

    private final Map<String, Object> root;
    private final Map<String, SettingsFile.Origin> origins;
    private final Path file;
    private final Path folder;

    private Theme(Map<String, Object> root, Map<String, SettingsFile.Origin> origins, Path file, Path folder) {
        this.root = root;
        this.origins = origins;
        this.file = file;
        this.folder = folder;
    }

    /** The Unicode script a {@code fonts.scripts} key names (case ignored), if it names one. */
    public static Optional<Character.UnicodeScript> script(String name) {
        try {
            return Optional.of(Character.UnicodeScript.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The font file {@code fonts.scripts} names for each script, in the order written. */
    public Map<Character.UnicodeScript, String> scriptFaces() {
        String path = "fonts." + SCRIPT_FACES;
        Map<Character.UnicodeScript, String> out = new LinkedHashMap<>();
        if (value(path) instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                String k = String.valueOf(key);
                script(k).ifPresent(s -> out.put(s, string(path + "." + k)));
            }
        }
        return out;
    }

    /** The bundled theme with the user's {@code theme.yaml}, if any, merged over it key by key. */
    public static Theme load(Templates templates) {
        Map<String, Object> merged = new LinkedHashMap<>();
        Map<String, SettingsFile.Origin> origins = new LinkedHashMap<>();
        Path last = BUNDLED;
        for (SettingsFile.Layer layer : templates.settingsLayers("theme.yaml")) {
            SettingsFile settings = SettingsFile.read(layer);
            mergeInto(merged, settings.values(), "", settings.origins(), origins);
            last = layer.file();
        }
        if (merged.isEmpty()) {
            throw new ConfigurationException(last, 0, "the theme has no settings; start from a copy of the bundled theme.yaml");
        }
        return new Theme(merged, origins, last, templates.userFolder().orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> into, Map<?, ?> layer, String prefix,
                                  Map<String, SettingsFile.Origin> layerOrigins,
                                  Map<String, SettingsFile.Origin> origins) {
        layer.forEach((key, v) -> {
            String k = String.valueOf(key);
            String path = prefix + k;
            Object existing = into.get(k);
            if (existing instanceof Map && v instanceof Map<?, ?> m) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                mergeInto(copy, m, path + ".", layerOrigins, origins);
                into.put(k, copy);
                origins.put(path, layerOrigins.get(path));
            } else {
                into.put(k, v instanceof Map<?, ?> m ? withTextKeys(m) : v);
                origins.keySet().removeIf(p -> p.startsWith(path + "."));
                layerOrigins.forEach((p, o) -> {
                    if (p.equals(path) || p.startsWith(path + ".")) {
                        origins.put(p, o);
                    }
                });
            }
        });
    }

    private static Map<String, Object> withTextKeys(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> inner ? withTextKeys(inner) : v));
        return out;
    }

    /** The folder given with {@code --templates}, in which the theme's own font files are. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /**
     * A problem with the setting at {@code path}, reported where it was written (or, when it
     * is missing, where the nearest setting above it was).
     */
    public ConfigurationException problem(String path, String message) {
        return problem(path, message, null);
    }

    /** {@link #problem(String, String)}, keeping what was caught as its cause (for --debug). */
    public ConfigurationException problem(String path, String message, Throwable cause) {
        String p = path;
        while (!p.isEmpty()) {
            SettingsFile.Origin o = origins.get(p);
            if (o != null) {
                return o.problem(message, cause);
            }
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return new ConfigurationException(file, 0, message, cause);
    }

    /** Whether the theme has a setting at {@code path}. */
    public boolean has(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(part)) {
                return false;
            }
            node = m.get(part);
        }
        return true;
    }

    public Object value(String path) {
        Object node = root;
        String walked = "";
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                throw problem(walked, "'" + walked + "' must be a mapping of settings (as in the bundled theme.yaml), not "
                        + describe(node));
            }
            walked = walked.isEmpty() ? part : walked + "." + part;
            if (!m.containsKey(part)) {
                throw problem(walked, "missing setting '" + path + "'; add it (the bundled theme.yaml has every setting)");
            }
            node = m.get(part);
        }
        return node;
    }

    public float number(String path) {
        Object v = value(path);
        if (v instanceof Number n) {
            return n.floatValue();
        }
        throw problem(path, "'" + path + "' must be a number, not " + describe(v));
    }

    public String string(String path) {
        Object v = value(path);
        if (v == null || v instanceof Map || v instanceof List) {
            throw problem(path, "'" + path + "' must be text, not " + describe(v));
        }
        return String.valueOf(v);
    }

    public boolean flag(String path) {
        Object v = value(path);
        if (v instanceof Boolean b) {
            return b;
        }
        throw problem(path, "'" + path + "' must be true or false, not " + describe(v));
    }

    /** A true-or-false setting that a theme may leave out (older themes lack newer settings). */
    public boolean flag(String path, boolean fallback) {
        return has(path) ? flag(path) : fallback;
    }

    /** A colour written {@code "#rrggbb"}, as three components 0..1. */
    public float[] colour(String path) {
        String s = string(path);
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            throw problem(path, "'" + path + "' must be a colour written \"#rrggbb\", like \"#1a1a1a\", not "
                    + describe(s));
        }
        int rgb = Integer.parseInt(s.substring(1), 16);
        return new float[] {(rgb >> 16 & 255) / 255f, (rgb >> 8 & 255) / 255f, (rgb & 255) / 255f};
    }

    public List<String> strings(String path) {
        Object v = value(path);
        if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                Object item = l.get(i);
                if (item == null || item instanceof Map || item instanceof List) {
                    throw problem(path + "." + i, "the items of '" + path + "' must be text, not " + describe(item));
                }
            }
            return l.stream().map(String::valueOf).toList();
        }
        throw problem(path, "'" + path + "' must be a list, not " + describe(v));
    }

    /** Every setting, as merged (for {@link ThemeCheck}). */
    Map<String, Object> root() {
        return root;
    }

    static String describe(Object v) {
        if (v == null) {
            return "empty";
        }
        if (v instanceof Map) {
            return "a mapping";
        }
        if (v instanceof List) {
            return "a list";
        }
        return "'" + v + "'";
    }
}
