package io.pressrun.source;

import io.pressrun.model.Diagnostic;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site-generator template syntax out of a Markdown body before it is read, so that it
 * is never printed as text: Hugo shortcodes ({@code {{< figure >}}}, {@code {{% %}}}), Jekyll's
 * Liquid ({@code {% highlight %}}, {@code {% raw %}}, {@code {{ site.x }}}), Zola's shortcodes
 * ({@code {{ youtube(id="x") }}}) and comments ({@code {# #}}), and the Go present format's
 * actions ({@code {{image "x.png"}}}). What has a meaning becomes Markdown that says it (a
 * figure, a code block, a link); anything else is removed with a warning that names it, the
 * text between a pair of tags kept. Code spans and code blocks are left as written but for
 * Liquid's {@code {% raw %}} and {@code {% endraw %}} around code, which Jekyll reads there too.
 */
final class SiteTemplates {
    private static final Parser CODE_FINDER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    /** {@code "/x.png" | relative_url}: a site path made an address by the website; the path is what counts. */
    private static final Pattern SITE_URL_FILTER = Pattern.compile(
            "(\"([^\"]*)\"|'([^']*)')\\s*\\|\\s*(relative_url|absolute_url|relURL|absURL)");
    /** Renders a meaning as HTML where it stands in raw HTML, which is not read as Markdown. */
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    /**
     * Liquid's {@code {% raw %}...{% endraw %}} in code, where Jekyll reads it too (posts that
     * show Liquid in code wrap it so): the text between the tags is the code.
     */
    private static final Pattern LIQUID_RAW = Pattern.compile(
            "\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}", Pattern.DOTALL);
    /** The longest tag read; an opening without its closing delimiter within it is text. */
    private static final int MAX_TAG = 4000;

    /** Turns one recognised tag into Markdown. */
    interface Meanings {
        /** The Markdown for a shortcode, or null when it has none. */
        String shortcode(TemplateTag tag, int line);

        /** Markdown for a code block of this language and text. */
        String codeBlock(String language, String code);

        /** The site path a cross-reference ({@code post_url}, {@code link}, {@code ref}, {@code relref}) points to, or null. */
        String sitePath(TemplateTag tag);
    }

    private final Path file;
    private final int firstLine;
    private final List<Diagnostic> warnings;
    private final Meanings meanings;
    private final Set<String> warned = new HashSet<>();
    private String text;
    /** Code the template syntax is not looked for in: start offset to end offset. */
    private final TreeMap<Integer, Integer> code = new TreeMap<>();
    /** Blocks of raw HTML: start offset to end offset. */
    private final TreeMap<Integer, Integer> html = new TreeMap<>();
    /**
     * Closing delimiters and tags as last searched for, by their pattern: an opening before the
     * one found needs no new search, so a text of many openings without their closings is read
     * once, not once per opening.
     */
    private final Map<String, ClosingSearch> closings = new HashMap<>();
    /** The line {@link #line} last counted to, and its offset: lines are asked for in text order. */
    private int countedLine;
    private int countedOffset;

    SiteTemplates(Path file, int firstLine, List<Diagnostic> warnings, Meanings meanings) {
        this.file = file;
        this.firstLine = firstLine;
        this.warnings = warnings;
        this.meanings = meanings;
    }

    /** The kinds of delimiters. */
    private enum Kind {
        SHORTCODE("{{<", ">}}"), SHORTCODE_MARKDOWN("{{%", "%}}"), EXPRESSION("{{", "}}"), TAG("{%", "%}"),
        COMMENT("{#", "#}");

        final String open;
        final String close;

        Kind(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    /** Where a closing tag was found (null: nowhere) searching from {@code from}. */
    private record ClosingSearch(Pattern pattern, int from, MatchResult found) {
    }

    /** One delimited construct: where it is and what is between its delimiters. */
    private record Construct(Kind kind, int start, int end, TemplateTag tag) {
        String written() {
            return kind.open + " " + tag.text().strip() + " " + kind.close;
        }
    }

    String rewrite(String markdown) {
        if (markdown.indexOf("{{") < 0 && markdown.indexOf("{%") < 0 && markdown.indexOf("{#") < 0) {
            return markdown;
        }
        this.text = markdown;
        closings.clear();
        countedLine = firstLine;
        countedOffset = 0;
        findCode();
        StringBuilder out = new StringBuilder(markdown.length());
        int i = 0;
        while (i < text.length()) {
            var codeRange = code.floorEntry(i);
            if (codeRange != null && codeRange.getValue() > i) {
                out.append(LIQUID_RAW.matcher(text.substring(i, codeRange.getValue())).replaceAll("$1"));
                i = onwards(i, codeRange.getValue());
                continue;
            }
            Construct c = text.charAt(i) == '{' ? construct(i) : null;
            if (c == null) {
                out.append(text.charAt(i));
                i++;
                continue;
            }
            i = onwards(i, replace(c, out));
        }
        return out.toString();
    }

    /**
     * {@code next}, where reading goes on from {@code at}. Every step moves on, so the scan ends;
     * one that would not is a mistake in this class, and fails at once rather than looping.
     */
    private static int onwards(int at, int next) {
        if (next <= at) {
            throw new IllegalStateException("site templates: reading would not move on from offset " + at);
        }
        return next;
    }

    private void findCode() {
        code.clear();
        html.clear();
        CODE_FINDER.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock h) {
                for (SourceSpan s : h.getSourceSpans()) {
                    html.merge(s.getInputIndex(), s.getInputIndex() + s.getLength(), Math::max);
                }
            }

            @Override
            public void visit(Code c) {
                protect(c);
            }

            @Override
            public void visit(FencedCodeBlock c) {
                protect(c);
            }

            @Override
            public void visit(IndentedCodeBlock c) {
                protect(c);
            }
        });
    }

    private void protect(Node n) {
        for (SourceSpan s : n.getSourceSpans()) {
            code.merge(s.getInputIndex(), s.getInputIndex() + s.getLength(), Math::max);
        }
    }

    private Construct construct(int at) {
        for (Kind kind : Kind.values()) {
            if (!text.startsWith(kind.open, at)) {
                continue;
            }
            MatchResult closing = closing(Pattern.quote(kind.close), at + kind.open.length());
            int close = closing == null ? -1 : closing.start();
            if (close < 0 || close - at > MAX_TAG) {
                return null;
            }
            String inner = text.substring(at + kind.open.length(), close);
            inner = inner.replaceAll("^-\\s*|\\s*-$", ""); // Liquid's and Jinja's whitespace control
            return new Construct(kind, at, close + kind.close.length(), TemplateTag.parse(inner));
        }
        return null;
    }

    /** Appends what the construct becomes; returns where reading goes on. */
    private int replace(Construct c, StringBuilder out) {
        TemplateTag tag = c.tag();
        String name = tag.name();
        switch (c.kind()) {
            case COMMENT:
                return c.end();
            case TAG:
                if (name.equals("raw") || name.equals("comment")) {
                    MatchResult end = closing("\\{%-?\\s*end" + name + "\\s*-?%}", c.end());
                    if (end != null) {
                        if (name.equals("raw")) {
                            out.append(text, c.end(), end.start());
                        }
                        return end.end();
                    }
                } else if (name.equals("highlight") && !tag.closing()) {
                    MatchResult end = closing("\\{%-?\\s*endhighlight\\s*-?%}", c.end());
                    if (end != null) {
                        return codeBlock(tag.arg("lang", 0), c.end(), end, out);
                    }
                }
                return reference(c, out);
            case SHORTCODE:
            case SHORTCODE_MARKDOWN:
                if (name.equals("ref") || name.equals("relref")) {
                    return reference(c, out);
                }
                if (name.equals("highlight") && !tag.closing()) {
                    MatchResult end = closing("\\{\\{[<%]\\s*/highlight\\s*[>%]}}", c.end());
                    if (end != null) {
                        return codeBlock(tag.arg("lang", 0), c.end(), end, out);
                    }
                }
                return meaning(c, out);
            default:
                return expression(c, out);
        }
    }

    /**
     * A cross-reference where a link's address goes ({@code [text]({% post_url x %})},
     * {@code href="{{< ref "x" >}}"}): the site path it points to, which is then read as any
     * link to the site is. Anywhere else, or pointing to nothing found, it is removed.
     */
    private int reference(Construct c, StringBuilder out) {
        String before = out.substring(Math.max(0, out.length() - 7));
        boolean destination = before.endsWith("](") || before.endsWith("](<") || before.matches("(?s).*href=[\"']");
        String path = destination && !c.tag().closing() ? meanings.sitePath(c.tag()) : null;
        if (path == null) {
            removed(c);
        } else {
            out.append(path);
        }
        return c.end();
    }

    private int meaning(Construct c, StringBuilder out) {
        String markdown = c.tag().closing() ? null : meanings.shortcode(c.tag(), line(c.start()));
        if (markdown == null) {
            removed(c);
        } else if (inHtml(c.start())) {
            out.append(HTML.render(CODE_FINDER.parse(markdown)).strip());
        } else {
            out.append(markdown);
        }
        return c.end();
    }

    /** Whether the offset is in a block of raw HTML (a {@code <div>} around a picture, say). */
    private boolean inHtml(int offset) {
        var block = html.floorEntry(offset);
        return block != null && block.getValue() > offset;
    }

    /** {@code {{ ... }}}: a Go present action, a Zola shortcode, or a Liquid or Hugo expression. */
    private int expression(Construct c, StringBuilder out) {
        String inner = c.tag().text().strip();
        Matcher url = SITE_URL_FILTER.matcher(inner);
        if (url.matches()) {
            out.append(url.group(2) != null ? url.group(2) : url.group(3));
            return c.end();
        }
        if (Set.of("site.baseurl", "site.url", "site.baseURL", ".Site.BaseURL").contains(inner)) {
            return c.end(); // the site's own address before a site path: the path is read as a site path
        }
        return meaning(c, out);
    }

    /** The first closing delimiter or tag the pattern finds at or after {@code from}, or null. */
    private MatchResult closing(String regex, int from) {
        ClosingSearch last = closings.get(regex);
        if (last == null || from < last.from() || last.found() != null && last.found().start() < from) {
            Pattern pattern = last == null ? Pattern.compile(regex) : last.pattern();
            Matcher m = pattern.matcher(text);
            last = new ClosingSearch(pattern, from, m.find(from) ? m.toMatchResult() : null);
            closings.put(regex, last);
        }
        return last.found();
    }

    private int codeBlock(String language, int from, MatchResult end, StringBuilder out) {
        String body = text.substring(from, end.start());
        body = body.startsWith("\n") ? body.substring(1) : body;
        body = body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        out.append(meanings.codeBlock(language, body));
        return end.end();
    }

    private void removed(Construct c) {
        if (c.tag().closing() || (c.kind() == Kind.TAG && c.tag().name().startsWith("end"))) {
            return; // the end of a pair: its start is named
        }
        String name = c.tag().name().isEmpty() ? c.tag().text().strip() : c.tag().name();
        if (warned.add(c.kind().open + name)) {
            String shown = c.tag().name().isEmpty() || c.kind() == Kind.EXPRESSION ? c.written()
                    : c.kind().open + " " + name + " " + c.kind().close;
            warnings.add(Diagnostic.warning(file, line(c.start()), "site template " + shown
                    + " has no meaning outside the website: removed (text between a pair of tags is kept)"));
        }
    }

    private int line(int offset) {
        if (offset < countedOffset) {
            countedLine = firstLine;
            countedOffset = 0;
        }
        for (; countedOffset < offset; countedOffset++) {
            if (text.charAt(countedOffset) == '\n') {
                countedLine++;
            }
        }
        return countedLine;
    }
}
