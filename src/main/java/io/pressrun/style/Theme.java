package io.pressrun.style;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typography settings from {@code templates/theme.yaml}: fonts, sizes, leading, margins,
 * colours. Keys are dotted paths ({@code body.size}). A missing key is a configuration error.
 */
public final class Theme {
    private final Map<String, Object> root;

    private Theme(Map<String, Object> root) {
        this.root = root;
    }

    /** The bundled theme with the user's {@code theme.yaml}, if any, merged over it key by key. */
    public static Theme load(Templates templates) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (byte[] bytes : templates.readLayers("theme.yaml")) {
            Object doc = new Load(LoadSettings.builder().build())
                    .loadFromString(new String(bytes, StandardCharsets.UTF_8));
            if (doc == null) {
                continue;
            }
            if (!(doc instanceof Map)) {
                throw new IllegalStateException("theme.yaml: expected a mapping at the top");
            }
            mergeInto(merged, doc);
        }
        if (merged.isEmpty()) {
            throw new IllegalStateException("templates/theme.yaml is missing");
        }
        return new Theme(merged);
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> into, Object layer) {
        ((Map<String, Object>) layer).forEach((k, v) -> {
            Object existing = into.get(k);
            if (existing instanceof Map && v instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
                mergeInto(copy, v);
                into.put(k, copy);
            } else {
                into.put(k, v);
            }
        });
    }

    public Object value(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(part)) {
                throw new IllegalStateException("theme.yaml: missing setting '" + path + "'");
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
        throw new IllegalStateException("theme.yaml: '" + path + "' must be a number, not " + v);
    }

    public String string(String path) {
        return String.valueOf(value(path));
    }

    public boolean flag(String path) {
        Object v = value(path);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalStateException("theme.yaml: '" + path + "' must be true or false");
    }

    /** A true-or-false setting that a theme may leave out (older themes lack newer settings). */
    public boolean flag(String path, boolean fallback) {
        try {
            value(path);
        } catch (IllegalStateException missing) {
            return fallback;
        }
        return flag(path);
    }

    /** A colour written {@code "#rrggbb"}, as three components 0..1. */
    public float[] colour(String path) {
        String s = string(path);
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalStateException("theme.yaml: '" + path + "' must be a colour like \"#1a1a1a\"");
        }
        int rgb = Integer.parseInt(s.substring(1), 16);
        return new float[] {(rgb >> 16 & 255) / 255f, (rgb >> 8 & 255) / 255f, (rgb & 255) / 255f};
    }

    @SuppressWarnings("unchecked")
    public java.util.List<String> strings(String path) {
        Object v = value(path);
        if (v instanceof java.util.List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        throw new IllegalStateException("theme.yaml: '" + path + "' must be a list");
    }
}
