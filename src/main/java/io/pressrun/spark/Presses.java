package io.pressrun.spark;

import io.pressrun.Press;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Press} per executor JVM and settings: made by the first task that needs it, then
 * shared by every task the executor runs (a press is thread-safe), so fonts and templates are
 * loaded once per executor, not once per article or per partition.
 */
final class Presses {
    private static final Map<JobSettings, Press> LOADED = new ConcurrentHashMap<>();

    private Presses() {
    }

    static Press of(JobSettings settings) {
        return LOADED.computeIfAbsent(settings, JobSettings::press);
    }
}
