package io.pressrun.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site path a cross-reference tag of a site generator stands for, as the site would
 * publish it: Jekyll's {@code {% post_url 2010-07-21-name %}} and {@code {% link _posts/x.md %}}
 * (a post's own {@code permalink}, else the site's {@code permalink} style from
 * {@code _config.yml}, else Jekyll's default {@code /2010/07/21/name.html}; a page at
 * {@code /about.html}), and Hugo's {@code {{< ref "x.md" >}}} and {@code relref} (the page's
 * own {@code url}, else its path in {@code content/}, lowercased, with its {@code slug}:
 * {@code /posts/x/}). Empty when the tag names nothing that can be found.
 */
final class SiteRefs {
    private static final Pattern POST_NAME = Pattern.compile(
            "(?:.*/)?(\\d{4})-(\\d{2})-(\\d{2})-(.+?)(?:\\.(?:md|markdown|mdown|mkd|html))?");
    private static final Pattern MARKDOWN = Pattern.compile("(.*)\\.(?:md|markdown|mdown|mkd|html)");
    /** The files looked through for a reference's target, at most. */
    private static final int MAX_FILES = 20_000;
    /** A {@code key: value} or {@code key = "value"} line, quotes and a trailing comment left out. */
    private static final Pattern KEY_VALUE = Pattern.compile("^([^\\s:=]+)\\s*[:=]\\s*['\"]?([^'\"#]*?)['\"]?\\s*$");
    /** The front matter lines read for a target's own address, at most. */
    private static final int MAX_LINES = 60;

    private final Path folder;
    private final Optional<Path> site;
    private final Map<Path, List<Path>> listings = new HashMap<>();

    SiteRefs(Path article, Optional<Path> site) {
        this.folder = article.toAbsolutePath().normalize().getParent();
        this.site = site;
    }

    /** Jekyll's {@code post_url}: a post named by its file name without the ending. */
    Optional<String> postUrl(String name) {
        Matcher m = POST_NAME.matcher(name.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> own = site.flatMap(s -> find(s.resolve("_posts"), m.group().replaceAll(".*/", ""), true))
                .flatMap(f -> frontMatterValue(f, "permalink"));
        if (own.isPresent()) {
            return own;
        }
        String style = site.flatMap(s -> configValue(s.resolve("_config.yml"), "permalink")).orElse("date");
        return Optional.of(expand(style, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))), m.group(4)));
    }

    /** Jekyll's {@code link}: a post or a page by its path in the site's folder. */
    Optional<String> link(String path) {
        String p = path.strip();
        if (p.startsWith("_posts/")) {
            return postUrl(p.substring("_posts/".length()));
        }
        Matcher m = MARKDOWN.matcher(p);
        if (!m.matches() || site.isEmpty() || p.contains("..")) {
            return Optional.empty();
        }
        Path file = site.get().resolve(p).normalize();
        Optional<String> own = Files.isRegularFile(file) ? frontMatterValue(file, "permalink") : Optional.empty();
        String page = m.group(1);
        return own.or(() -> Optional.of(page.equals("index") || page.endsWith("/index")
                ? "/" + page.substring(0, page.length() - "index".length()) : "/" + page + ".html"));
    }

    /** Hugo's {@code ref} and {@code relref}: a page by its path, relative or from {@code content/}, with an anchor. */
    Optional<String> ref(String target) {
        String t = target.strip();
        int hash = t.indexOf('#');
        String anchor = hash < 0 ? "" : t.substring(hash);
        String path = hash < 0 ? t : t.substring(0, hash);
        if (path.isEmpty()) {
            return anchor.isEmpty() ? Optional.empty() : Optional.of(anchor);
        }
        Path content = site.map(s -> Files.isDirectory(s.resolve("content")) ? s.resolve("content") : s).orElse(folder);
        Optional<Path> file = page(path.startsWith("/") ? content.resolve(path.substring(1)) : folder.resolve(path), content)
                .or(() -> find(content, path.replaceAll("^\\.?/", ""), false));
        return file.map(f -> hugoPath(f, content) + anchor);
    }

    /** The page at {@code p} ({@code x.md}, {@code x} or the bundle {@code x/index.md}) within {@code content}. */
    private static Optional<Path> page(Path p, Path content) {
        Path n = p.normalize();
        if (!n.startsWith(content)) {
            return Optional.empty();
        }
        for (Path c : List.of(n, Path.of(n + ".md"), n.resolve("index.md"), n.resolve("_index.md"))) {
            if (Files.isRegularFile(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String hugoPath(Path file, Path content) {
        Map<String, String> front = frontMatter(file);
        if (front.containsKey("url")) {
            return front.get("url");
        }
        String rel = content.relativize(file).toString().replace('\\', '/');
        rel = rel.replaceAll("\\.(md|markdown|mdown|mkd|html)$", "").replaceAll("(^|/)_?index$", "");
        String slug = front.get("slug");
        if (slug != null && !rel.isEmpty()) {
            rel = (rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "") + slug;
        }
        return ("/" + rel + "/").replace("//", "/").toLowerCase(Locale.ROOT);
    }

    /** A file below {@code root} whose path ends with {@code name} (with a Markdown ending when {@code addEnding}). */
    private Optional<Path> find(Path root, String name, boolean addEnding) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return files(root).stream().filter(f -> {
            String s = f.toString().replace('\\', '/');
            String stem = s.replaceAll("\\.(md|markdown|mdown|mkd|html)$", "");
            return addEnding ? stem.endsWith("/" + name) : s.endsWith("/" + name) || stem.endsWith("/" + name)
                    || stem.endsWith("/" + name + "/index");
        }).findFirst();
    }

    /** The regular files below {@code root}, sorted: walked once for all of an article's references. */
    private List<Path> files(Path root) {
        return listings.computeIfAbsent(root, r -> {
            if (!Files.isDirectory(r)) {
                return List.of();
            }
            try (Stream<Path> files = Files.walk(r)) {
                return files.limit(MAX_FILES).filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                return List.of();
            }
        });
    }

    /** Jekyll's permalink styles and placeholders; categories are left out. */
    static String expand(String style, LocalDate day, String title) {
        String pattern = switch (style) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> style;
        };
        String path = pattern.replace(":categories", "").replace(":output_ext", ".html")
                .replace(":year", String.format(Locale.ROOT, "%04d", day.getYear()))
                .replace(":short_year", String.format(Locale.ROOT, "%02d", day.getYear() % 100))
                .replace(":i_month", Integer.toString(day.getMonthValue()))
                .replace(":month", String.format(Locale.ROOT, "%02d", day.getMonthValue()))
                .replace(":i_day", Integer.toString(day.getDayOfMonth()))
                .replace(":y_day", String.format(Locale.ROOT, "%03d", day.getDayOfYear()))
                .replace(":day", String.format(Locale.ROOT, "%02d", day.getDayOfMonth()))
                .replace(":title", title).replace(":slug", title);
        return ("/" + path).replaceAll("/{2,}", "/");
    }

    /** A plain {@code key: value} line of a YAML file, or empty. */
    private static Optional<String> configValue(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return Optional.ofNullable(values(lines).get(key));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> frontMatterValue(Path file, String key) {
        return Optional.ofNullable(frontMatter(file).get(key));
    }

    /**
     * The {@code key: value} (YAML) and {@code key = "value"} (TOML) lines of a page's front
     * matter, the first of each key; empty when the page has none or cannot be read.
     */
    private static Map<String, String> frontMatter(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> head = lines.limit(MAX_LINES).toList();
            if (head.isEmpty() || !head.get(0).strip().matches("---|\\+\\+\\+")) {
                return Map.of();
            }
            String fence = head.get(0).strip();
            return values(head.stream().skip(1).takeWhile(l -> !l.strip().equals(fence)));
        } catch (IOException | UncheckedIOException e) {
            return Map.of();
        }
    }

    /** Each key's first value that is not blank. */
    private static Map<String, String> values(Stream<String> lines) {
        Map<String, String> out = new HashMap<>();
        lines.forEach(l -> {
            Matcher m = KEY_VALUE.matcher(l);
            if (m.matches() && !m.group(2).isBlank()) {
                out.putIfAbsent(m.group(1), m.group(2));
            }
        });
        return out;
    }
}
