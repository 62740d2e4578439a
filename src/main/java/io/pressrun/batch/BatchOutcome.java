package io.pressrun.batch;

import io.pressrun.model.Diagnostic;

import java.util.List;

/**
 * What a batch did: each article's result in source order, the editions whose article is gone,
 * and messages about the batch as a whole (a build manifest that was ignored, an edition that
 * could not be removed).
 */
public record BatchOutcome(List<ArticleResult> results, List<Orphan> orphans, List<Diagnostic> notes) {
    public BatchOutcome {
        results = List.copyOf(results);
        orphans = List.copyOf(orphans);
        notes = List.copyOf(notes);
    }
}
