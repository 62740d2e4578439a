package io.pressrun.spark;

import java.io.Serializable;

/**
 * Hears of each edition file staged under its temporary name, before any is renamed: a test
 * makes a task attempt die there, to show what a retried attempt leaves. A job runs with
 * {@link #NONE}.
 */
@FunctionalInterface
interface StagingHook extends Serializable {
    StagingHook NONE = fileName -> { };

    /** @param fileName the edition's final name ({@code <slug>.pdf}) */
    void staged(String fileName);
}
