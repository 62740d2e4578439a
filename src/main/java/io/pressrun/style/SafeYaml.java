package io.pressrun.style;

import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The settings every YAML document Pressrun reads is composed with (front matter, theme,
 * labels): duplicate keys refused, no recursive keys, at most 20 aliases, at most 1 Mi code
 * points, so that a hostile file cannot expand without bound.
 */
public final class SafeYaml {
    private SafeYaml() {
    }

    /** Load settings whose marks name {@code label} (the file). */
    public static LoadSettings settings(String label) {
        return LoadSettings.builder()
                .setLabel(label)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(1 << 20)
                .build();
    }
}
