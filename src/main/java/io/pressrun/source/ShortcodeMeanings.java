package io.pressrun.source;

import io.pressrun.model.Diagnostic;
import io.pressrun.style.Labels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the site templates that have a meaning become, as Markdown: Hugo's {@code figure} and
 * themes' {@code img} a figure; {@code youtube}, {@code vimeo}, {@code tweet}, {@code gist} and
 * {@code instagram} a captioned link; the Go present format's {@code image} a figure,
 * {@code code} and {@code play} a code block of the file they name (beside the article),
 * {@code raw} its HTML (read as raw HTML is).
 */
final class ShortcodeMeanings implements SiteTemplates.Meanings {
    /** The largest code file included. */
    private static final long MAX_CODE_BYTES = 1 << 20;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern ADDRESS = Pattern.compile("/(.*)/");

    private final Path article;
    private final Path folder;
    private final AssetResolver assets;
    private final Labels labels;
    private final List<Diagnostic> warnings;
    private final SiteRefs refs;

    /**
     * @param assets where the files beside the article come from
     * @param site   the site's root folder, where cross-references find the pages they name
     */
    ShortcodeMeanings(Path article, AssetResolver assets, Labels labels, List<Diagnostic> warnings,
                      Optional<Path> site) {
        this.article = article;
        this.assets = assets;
        this.refs = new SiteRefs(article, site);
        this.folder = article.toAbsolutePath().normalize().getParent();
        this.labels = labels;
        this.warnings = warnings;
    }

    @Override
    public String shortcode(TemplateTag tag, int line) {
        return switch (tag.name()) {
            case "figure", "img", "image" -> figure(tag);
            case "youtube" -> embed("embedded-video", "YouTube", "https://www.youtube.com/watch?v=", tag.arg("id", 0), "");
            case "vimeo" -> embed("embedded-video", "Vimeo", "https://vimeo.com/", tag.arg("id", 0), "");
            case "tweet", "x" -> tweet(tag);
            case "gist" -> gist(tag);
            case "instagram" -> embed("embedded-post", "Instagram", "https://www.instagram.com/p/", tag.arg("id", 0), "/");
            case "code", "play" -> code(tag, line);
            case "raw" -> tag.positional().isEmpty() ? null : tag.positional().get(0);
            default -> null;
        };
    }

    @Override
    public String sitePath(TemplateTag tag) {
        Optional<String> path = switch (tag.name()) {
            case "post_url" -> refs.postUrl(tag.arg("", 0));
            case "link" -> refs.link(tag.arg("", 0));
            case "ref", "relref" -> refs.ref(tag.arg("path", 0));
            default -> Optional.empty();
        };
        return path.filter(p -> p.startsWith("/") || p.startsWith("#"))
                .map(p -> p.replace(" ", "%20").replace("(", "%28").replace(")", "%29")).orElse(null);
    }

    @Override
    public String codeBlock(String language, String code) {
        int longest = 0;
        Matcher ticks = Pattern.compile("`+").matcher(code);
        while (ticks.find()) {
            longest = Math.max(longest, ticks.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String info = LANGUAGE.matcher(language).matches() ? language : "";
        return fence + info + "\n" + code + "\n" + fence;
    }

    /** {@code ![alt](<src> "caption | credit")}; Hugo takes the caption as the alt text when there is none. */
    private String figure(TemplateTag tag) {
        String src = tag.arg("src", 0);
        if (src.isBlank()) {
            return null;
        }
        String caption = tag.arg("caption").isEmpty() ? tag.arg("title") : tag.arg("caption");
        String alt = tag.arg("alt").isEmpty() ? caption : tag.arg("alt");
        String credit = tag.arg("attr").isEmpty() ? tag.arg("credit") : tag.arg("attr");
        String title = credit.isEmpty() ? caption : caption + " | " + credit;
        return "![" + escapeText(alt) + "](<" + src.replace("<", "%3C").replace(">", "%3E") + ">"
                + (title.isEmpty() ? "" : " \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ")";
    }

    private String embed(String label, String site, String prefix, String id, String suffix) {
        if (!id.matches("[A-Za-z0-9_.-]+")) {
            return null;
        }
        return link(label, site, prefix + id + suffix);
    }

    private String link(String label, String site, String url) {
        return "*" + escapeText(labels.get(label, Map.of("site", site))) + ":* <" + url + ">";
    }

    private String tweet(TemplateTag tag) {
        String id = tag.arg("id", tag.named().containsKey("user") ? -1 : 0);
        String user = tag.arg("user");
        if (!id.matches("[0-9]+") || !user.matches("[A-Za-z0-9_]*")) {
            return null;
        }
        return link("embedded-post", "X", "https://x.com/" + (user.isEmpty() ? "i/web" : user) + "/status/" + id);
    }

    private String gist(TemplateTag tag) {
        String url = tag.arg("url");
        if (url.matches("https://gist\\.github\\.com/[A-Za-z0-9_./-]+")) {
            return link("embedded-post", "GitHub Gist", url);
        }
        String user = tag.arg("user", 0);
        String id = tag.arg("id", 1);
        if (!user.matches("[A-Za-z0-9_-]+") || !id.matches("[A-Za-z0-9]+")) {
            return null;
        }
        return link("embedded-post", "GitHub Gist", "https://gist.github.com/" + user + "/" + id);
    }

    /**
     * The Go present format's {@code {{code "file.go" `/START/` `/END/`}}}: the file beside the
     * article, from the line the first address matches to the one the second matches, without
     * the lines marked {@code OMIT}.
     */
    private String code(TemplateTag tag, int line) {
        String name = tag.arg("file", 0);
        Optional<byte[]> bytes;
        try {
            Path source = folder.resolve(name).normalize();
            bytes = name.isEmpty() || !source.startsWith(folder) ? Optional.empty() : assets.read(name, MAX_CODE_BYTES);
        } catch (AssetResolver.Refused | InvalidPathException e) {
            bytes = Optional.empty();
        } catch (IOException e) {
            return unreadable(name, line, "it cannot be read");
        }
        if (bytes.isEmpty() || bytes.get().length > MAX_CODE_BYTES) {
            return unreadable(name, line, "it is not a file beside the article of at most 1 MiB");
        }
        List<String> lines = List.of(new String(bytes.get(), StandardCharsets.UTF_8).split("\n", -1));
        int from = 0;
        int to = lines.size() - 1;
        if (tag.positional().size() > 1) {
            from = find(lines, tag.positional().get(1), 0);
            to = tag.positional().size() > 2 ? find(lines, tag.positional().get(2), Math.max(from, 0)) : from;
            if (from < 0 || to < 0) {
                return unreadable(name, line, "an address matches no line");
            }
        }
        String code = String.join("\n", lines.subList(from, to + 1).stream().filter(l -> !l.contains("OMIT")).toList())
                .stripTrailing();
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return codeBlock(ending, code);
    }

    private static int find(List<String> lines, String address, int from) {
        Matcher m = ADDRESS.matcher(address);
        if (!m.matches()) {
            return -1;
        }
        try {
            Pattern p = Pattern.compile(m.group(1));
            for (int i = from; i < lines.size(); i++) {
                if (p.matcher(lines.get(i)).find()) {
                    return i;
                }
            }
        } catch (PatternSyntaxException e) {
            return -1;
        }
        return -1;
    }

    private String unreadable(String name, int line, String why) {
        warnings.add(Diagnostic.warning(article, line, "the code of '" + name + "' is not shown: " + why));
        return "";
    }

    /** Text inside {@code [...]}: the characters Markdown would read as markup are escaped. */
    private static String escapeText(String s) {
        return s.replaceAll("([\\\\\\[\\]*_`<>!])", "\\\\$1").replace("\n", " ");
    }
}
