package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;

import java.nio.file.Path;

/**
 * A source's front matter text and body text, with the file lines each starts on. The front
 * matter is YAML between two {@code ---} lines, or TOML between two {@code +++} lines.
 */
record SourceParts(Syntax syntax, String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** The language of the front matter. */
    enum Syntax {
        YAML("---"), TOML("+++");

        final String fence;

        Syntax(String fence) {
            this.fence = fence;
        }
    }

    static SourceParts split(Path file, String text) {
        int firstEnd = text.indexOf('\n');
        String first = (firstEnd == -1 ? text : text.substring(0, firstEnd)).stripTrailing();
        Syntax syntax = first.equals(Syntax.TOML.fence) ? Syntax.TOML : first.equals(Syntax.YAML.fence) ? Syntax.YAML : null;
        if (syntax == null) {
            throw new ArticleException(Diagnostic.error(file, 1,
                    "no front matter: the file must start with a line '---', then YAML keys (title, date, ...),"
                            + " then a line '---' before the body (or TOML keys between two '+++' lines)"));
        }
        if (firstEnd != -1) {
            int start = firstEnd + 1;
            int line = 2;
            for (int pos = start; ; line++) {
                int end = text.indexOf('\n', pos);
                String l = (end == -1 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
                if (l.equals(syntax.fence) || (syntax == Syntax.YAML && l.equals("..."))) {
                    String body = end == -1 ? "" : text.substring(end + 1);
                    return new SourceParts(syntax, text.substring(start, pos), 2, body, line + 1);
                }
                if (end == -1) {
                    break;
                }
                int next = end + 1;
                assert next > pos : "each line starts after the one before";
                pos = next;
            }
        }
        throw new ArticleException(Diagnostic.error(file, 1,
                "the front matter is not closed: add a line '" + syntax.fence + "' after the last "
                        + syntax + " key"));
    }
}
