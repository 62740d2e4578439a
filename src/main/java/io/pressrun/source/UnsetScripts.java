package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.UnsetScript;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses text in scripts the typesetter cannot set correctly yet ({@link UnsetScript}), naming
 * the file, the line and the script, rather than let a wrong PDF be built.
 */
final class UnsetScripts {
    private UnsetScripts() {
    }

    /**
     * Checks the whole source text, front matter included.
     *
     * @throws ArticleException with one error per script found, at the line it is first met
     */
    static void check(Path file, String text) {
        List<Diagnostic> errors = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        int line = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                continue;
            }
            Optional<String> kind = UnsetScript.kind(cp);
            if (kind.isPresent() && reported.add(kind.get())) {
                errors.add(Diagnostic.error(file, line, UnsetScript.reason(cp).orElseThrow()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ArticleException(errors);
        }
    }
}
