package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;

import java.nio.file.Path;

/** A source's front matter text and body text, with the file lines each starts on. */
record SourceParts(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    static SourceParts split(Path file, String text) {
        if (!text.startsWith("---\n") && !text.equals("---") && !text.startsWith("--- \n")) {
            throw new ArticleException(Diagnostic.error(file, 1,
                    "no front matter: the file must start with a line '---', then YAML keys (title, date, ...),"
                            + " then a line '---' before the body"));
        }
        int start = text.indexOf('\n') + 1;
        int pos = start;
        int line = 2;
        while (pos > 0 && pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String l = (end < 0 ? text.substring(pos) : text.substring(pos, end)).stripTrailing();
            if (l.equals("---") || l.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return new SourceParts(text.substring(start, pos), 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        throw new ArticleException(Diagnostic.error(file, 1,
                "the front matter is not closed: add a line '---' after the last YAML key"));
    }
}
