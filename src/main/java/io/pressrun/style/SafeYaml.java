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
        return settings(label, 1 << 20);
    }

    /** The same limits for a longer document, such as a batch's manifest ({@code codePoints} at most). */
    public static LoadSettings settings(String label, int codePoints) {
        return LoadSettings.builder()
                .setLabel(label)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(codePoints)
                .build();
    }
}
