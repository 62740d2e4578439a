package io.pressrun.source;

import org.commonmark.node.Heading;
import org.commonmark.node.Text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An attribute list at the end of a heading, {@code ## Results {#results .wide lang=en}}, as
 * Pandoc and kramdown write it: taken off the heading's text (it is never printed), and its
 * {@code #id} kept as the heading's anchor. Classes and other attributes are dropped.
 */
final class HeadingAttributes {
    private static final String ATTRIBUTE = "(?:#[A-Za-z][\\w.:-]*|\\.[A-Za-z_-][\\w-]*|[A-Za-z_][\\w-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s}\"']+))";
    private static final Pattern TRAILING = Pattern.compile("[ \\t]*\\{[ \\t]*(" + ATTRIBUTE + "(?:[ \\t]+"
            + ATTRIBUTE + ")*)[ \\t]*}[ \\t]*$");
    private static final Pattern ID = Pattern.compile("(?:^|[ \\t])#([A-Za-z][\\w.:-]*)");

    private HeadingAttributes() {
    }

    /**
     * Takes a trailing attribute list off the heading's last text, and returns its id (empty
     * when it has none or there is no list).
     */
    static String strip(Heading heading) {
        if (!(heading.getLastChild() instanceof Text text)) {
            return "";
        }
        Matcher m = TRAILING.matcher(text.getLiteral());
        if (!m.find()) {
            return "";
        }
        String kept = text.getLiteral().substring(0, m.start());
        if (kept.isEmpty()) {
            text.unlink();
        } else {
            text.setLiteral(kept);
        }
        Matcher id = ID.matcher(m.group(1));
        return id.find() ? id.group(1) : "";
    }
}
