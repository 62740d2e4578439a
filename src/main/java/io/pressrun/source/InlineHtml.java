package io.pressrun.source;

import io.pressrun.model.Block;
import io.pressrun.model.Inline;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML tags inside a paragraph: the Markdown parser gives each tag on its own
 * ({@code <b>}, text, {@code </b>}), so the elements are rebuilt here with a stack. Emphasis,
 * strong, code and links keep their meaning; a picture becomes a figure after the text; a
 * {@code br} a line break; an {@code iframe} a link to its source; script and style content is
 * dropped; every other tag is unwrapped. Tags left open at the end are unwrapped.
 */
final class InlineHtml {
    private static final Pattern CLOSING = Pattern.compile("</\\s*([A-Za-z][A-Za-z0-9-]*)\\s*>");

    /** An element opened and not yet closed: what it is and what it holds so far. */
    private record Frame(String name, String href, List<Inline> content) {
    }

    private final RawHtml html;
    private final int line;
    private final Deque<Frame> open = new ArrayDeque<>();
    private String skipping;

    InlineHtml(RawHtml html, int line) {
        this.html = html;
        this.line = line;
    }

    /** Where the next inline goes: into the innermost open element, else {@code out}. */
    List<Inline> target(List<Inline> out) {
        return open.isEmpty() ? out : open.peek().content();
    }

    /** An element is open: what comes goes into it. */
    boolean isOpen() {
        return !open.isEmpty();
    }

    /** Text is being left out (inside {@code <script>} or {@code <style>}). */
    boolean skipping() {
        return skipping != null;
    }

    /** Text inside {@code <code>} or {@code <kbd>}: kept exactly as written. */
    boolean inCode() {
        return !open.isEmpty() && isCode(open.peek().name());
    }

    /** Reads one tag; a picture's figure goes to {@code figures}. */
    void tag(String literal, List<Inline> out, List<Block> figures) {
        if (literal.startsWith("<!") || literal.startsWith("<?")) {
            return; // comments, declarations and processing instructions
        }
        Matcher closing = CLOSING.matcher(literal);
        if (closing.matches()) {
            close(closing.group(1).toLowerCase(Locale.ROOT), out);
            return;
        }
        if (skipping()) {
            return;
        }
        Element e = RawHtml.openingTag(literal);
        if (e == null) {
            return;
        }
        String name = RawHtml.name(e);
        if (name.equals("script") || name.equals("style")) {
            skipping = name;
            html.removed(name, line);
        } else if (RawHtml.DROPPED.contains(name)) {
            html.removed(name, line);
        } else if (name.equals("br")) {
            target(out).add(new Inline.LineBreak());
        } else if (name.equals("img")) {
            Block.Figure f = html.figure(e, "", line);
            if (f != null) {
                figures.add(f);
            }
        } else if (name.equals("iframe")) {
            Inline link = html.frameLink(e, line);
            if (link != null) {
                target(out).add(link);
            }
        } else if (List.of("em", "i", "strong", "b", "code", "kbd", "a").contains(name)) {
            open.push(new Frame(name, e.attr("href"), new ArrayList<>()));
        }
    }

    private void close(String name, List<Inline> out) {
        if (name.equals(skipping)) {
            skipping = null;
            return;
        }
        if (open.isEmpty() || !open.peek().name().equals(name)) {
            return; // a closing tag of an unwrapped element
        }
        Frame f = open.pop();
        List<Inline> into = target(out);
        switch (f.name()) {
            case "em", "i" -> into.add(new Inline.Emphasis(f.content()));
            case "strong", "b" -> into.add(new Inline.Strong(f.content()));
            case "code", "kbd" -> into.add(new Inline.Code(plain(f.content())));
            default -> html.link(f.href(), line).ifPresentOrElse(h -> into.add(new Inline.Link(h, f.content())),
                    () -> into.addAll(f.content()));
        }
    }

    /** Unwraps the elements left open into {@code out}. */
    void finish(List<Inline> out) {
        while (!open.isEmpty()) {
            Frame f = open.pop();
            target(out).addAll(f.content());
        }
    }

    private static boolean isCode(String name) {
        return name.equals("code") || name.equals("kbd");
    }

    private static String plain(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                sb.append(t.text());
            } else if (i instanceof Inline.Code c) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }
}
