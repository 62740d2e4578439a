package io.pressrun.source;

import io.pressrun.model.ArticleDate;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Author;
import io.pressrun.model.Diagnostic;
import io.pressrun.style.SafeYaml;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Validates the front matter (YAML, or TOML between {@code +++} lines) key by key into a
 * {@link FrontMatter}, taking the keys of Hugo, Jekyll, Zola, CMS exports and pandoc under their
 * own names ({@link FrontMatterKeys}). Every problem is found in one reading: the errors of all
 * keys are thrown together, with the warnings, in line order.
 */
final class FrontMatterReader {
    /** Lists and mappings inside each other: deeper than this is refused. */
    static final int MAX_NESTING = 20;
    private static final Set<String> KNOWN = FrontMatterKeys.known();
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    private final Path file;
    private final YamlNodes yaml;
    private final List<Diagnostic> warnings;
    private final List<Diagnostic> errors = new ArrayList<>();

    private FrontMatterReader(Path file, int firstLine, List<Diagnostic> warnings) {
        this.file = file;
        this.yaml = new YamlNodes(file, firstLine, warnings);
        this.warnings = warnings;
    }

    static FrontMatter read(Path file, SourceParts parts, List<Diagnostic> warnings) {
        return new FrontMatterReader(file, parts.yamlFirstLine(), warnings).read(parts);
    }

    private FrontMatter read(SourceParts parts) {
        Node root = parts.syntax() == SourceParts.Syntax.TOML
                ? TomlFrontMatter.compose(file, parts.yaml(), yaml.line0())
                : compose(parts.yaml());
        if (root instanceof ScalarNode s && s.getValue().isBlank()) {
            throw new ArticleException(Diagnostic.error(file, yaml.line0(),
                    "the front matter is empty: it needs at least a title and a date"));
        }
        Map<String, NodeTuple> top = yaml.entries(root, "the front matter");
        for (var entry : top.entrySet()) {
            String key = entry.getKey();
            if (!KNOWN.contains(key) && !FrontMatterKeys.IGNORED.contains(key)) {
                warnings.add(yaml.warning(entry.getValue().getKeyNode(), "unknown front matter key '" + key
                        + "' is ignored" + Suggestions.didYouMean(key, KNOWN)));
            }
        }
        Map<String, NodeTuple> extra = new LinkedHashMap<>(attempt(() -> table(top, FrontMatterKeys.PARAMS), Map.of()));
        extra.putAll(attempt(() -> table(top, FrontMatterKeys.EXTRA), Map.of()));
        Keys keys = new Keys(top, extra,
                attempt(() -> table(top, FrontMatterKeys.TAXONOMIES), Map.of()));

        String title = attempt(() -> title(root, keys), "");
        String summary = attempt(() -> text(keys, FrontMatterKeys.SUMMARY), "");
        String subtitle = attempt(() -> text(keys, FrontMatterKeys.SUBTITLE), "");
        List<Author> authors = attempt(() -> authors(keys), List.of());
        int errorsBeforeDate = errors.size();
        Optional<ArticleDate> date = attempt(() -> date(keys, FrontMatterKeys.DATE), Optional.empty());
        if (date.isEmpty() && errors.size() == errorsBeforeDate) { // none given, or an empty one
            date = fileNameDate().or(() -> addressDate(keys));
            if (date.isEmpty()) {
                errors.add(yaml.error(root, "'date' is required: the publication date, e.g. date: 2019-10-03"
                        + " (or a file name that starts with it: 2019-10-03-title.md)").diagnostic());
            }
        }
        Optional<ArticleDate> updated = attempt(() -> date(keys, FrontMatterKeys.UPDATED), Optional.empty());
        String publisher = attempt(() -> text(keys, FrontMatterKeys.PUBLISHER), "");
        String language = attempt(() -> language(keys), "en");
        var image = attempt(() -> image(keys), Optional.<FrontMatter.LeadImageRef>empty());
        Optional<String> slug = attempt(() -> slug(keys), Optional.empty());
        String identifier = attempt(() -> text(keys, FrontMatterKeys.IDENTIFIER), "");
        String rights = attempt(() -> text(keys, FrontMatterKeys.RIGHTS), "");
        List<String> tags = attempt(() -> tags(keys), List.of());
        boolean draft = attempt(() -> draft(keys), false);
        if (!errors.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(warnings);
            all.addAll(errors);
            throw new ArticleException(all);
        }
        return new FrontMatter(title, subtitle.isEmpty() ? summary : subtitle, authors, date.orElseThrow(), updated,
                publisher, language, image, slug, Optional.of(identifier).filter(s -> !s.isEmpty()), rights, tags,
                summary, draft);
    }

    /** The value read, or the fallback with the error kept, so that reading goes on to the next key. */
    private <T> T attempt(Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (ArticleException e) {
            errors.addAll(e.diagnostics());
            return fallback;
        }
    }

    /** The top level, Zola's {@code [extra]} (and Hugo's {@code [params]}) and {@code [taxonomies]} tables. */
    private record Keys(Map<String, NodeTuple> top, Map<String, NodeTuple> extra, Map<String, NodeTuple> taxonomies) {
        /** The first of the names given, at the top level, else in {@code [extra]}. */
        Optional<NodeTuple> first(List<String> names) {
            for (Map<String, NodeTuple> table : List.of(top, extra)) {
                for (String name : names) {
                    if (table.containsKey(name)) {
                        return Optional.of(table.get(name));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** A table of the site's own values; a key of that name holding something else is the site's own too. */
    private Map<String, NodeTuple> table(Map<String, NodeTuple> top, String name) {
        NodeTuple t = top.get(name);
        return t == null || !(t.getValueNode() instanceof MappingNode) ? Map.of()
                : yaml.entries(t.getValueNode(), "'" + name + "'");
    }

    private static String keyOf(NodeTuple t) {
        return ((ScalarNode) t.getKeyNode()).getValue();
    }

    private String text(Keys keys, List<String> names) {
        return keys.first(names).map(t -> yaml.text(t.getValueNode(), keyOf(t)).strip()).orElse("");
    }

    private String title(Node root, Keys keys) {
        NodeTuple t = keys.first(FrontMatterKeys.TITLE).orElseThrow(() -> yaml.error(root, "'title' is required: the headline"));
        String v = yaml.text(t.getValueNode(), "title").strip();
        if (v.isEmpty()) {
            throw yaml.error(t.getValueNode(), "'title' is empty: give the headline");
        }
        return v;
    }

    private List<Author> authors(Keys keys) {
        AuthorKeys reader = new AuthorKeys(yaml, warnings);
        List<NodeTuple> given = new ArrayList<>();
        for (String name : FrontMatterKeys.AUTHORS) {
            Optional.ofNullable(keys.top().get(name)).ifPresent(given::add);
        }
        for (NodeTuple ignored : given.subList(Math.min(1, given.size()), given.size())) {
            warnings.add(yaml.warning(ignored.getKeyNode(), "'" + keyOf(ignored) + "' is ignored: the authors are"
                    + " taken from '" + keyOf(given.get(0)) + "'"));
        }
        Optional<NodeTuple> t = keys.first(FrontMatterKeys.AUTHORS)
                .or(() -> Optional.ofNullable(keys.taxonomies().get("authors")));
        List<Author> authors = t.map(a -> reader.read(keyOf(a), a.getValueNode())).orElse(List.of());
        if (authors.isEmpty()) {
            Node at = t.map(NodeTuple::getKeyNode).orElse(null);
            String message = "no author: the editions have no byline (add author: Name, or an authors list)";
            warnings.add(at == null ? Diagnostic.warning(file, yaml.line0() - 1, message) : yaml.warning(at, message));
        }
        return authors;
    }

    private Optional<ArticleDate> date(Keys keys, List<String> names) {
        Optional<NodeTuple> t = keys.first(names);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String key = keyOf(t.get());
        Node node = t.get().getValueNode();
        String v = yaml.text(node, key).strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DateText.parse(v).orElseThrow(() -> yaml.error(node, "'" + key
                + "' is not an ISO 8601 date: '" + v + "'; write 2019-10-03, 2019-10-03T14:30:00Z or 2019-10-03 14:30:00 -0500")));
    }

    /** The day a Jekyll post's file name starts with ({@code 2017-03-21-title.md}, or its bundle folder). */
    private Optional<ArticleDate> fileNameDate() {
        Path abs = file.toAbsolutePath().normalize();
        Optional<ArticleDate> day = DateText.fromName(abs.getFileName().toString());
        if (day.isEmpty() && Slugs.isBundleIndex(abs)) {
            day = DateText.fromName(abs.getParent().getFileName().toString());
        }
        return day;
    }

    /** The day a page's address carries ({@code path = "2021/05/06/title"}), as blogs that took Jekyll's addresses keep it. */
    private Optional<ArticleDate> addressDate(Keys keys) {
        for (String name : FrontMatterKeys.ADDRESS) {
            Optional<ArticleDate> day = keys.first(List.of(name))
                    .filter(t -> t.getValueNode() instanceof ScalarNode)
                    .flatMap(t -> DateText.fromAddress(yaml.text(t.getValueNode(), name)));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private String language(Keys keys) {
        Optional<NodeTuple> t = keys.first(FrontMatterKeys.LANGUAGE);
        if (t.isEmpty()) {
            return "en";
        }
        String key = keyOf(t.get());
        String tag = yaml.text(t.get().getValueNode(), key).strip();
        return LanguageTags.normalise(tag).orElseThrow(() -> yaml.error(t.get().getValueNode(), "'" + key
                + "' is not a valid BCP 47 language tag: '" + tag + "'; write e.g. en, en-GB, fr, de, pt-BR"));
    }

    private Optional<FrontMatter.LeadImageRef> image(Keys keys) {
        return keys.first(FrontMatterKeys.IMAGE)
                .flatMap(t -> new LeadImageKeys(yaml, warnings).read(keyOf(t), t.getValueNode()));
    }

    private Optional<String> slug(Keys keys) {
        Optional<NodeTuple> t = keys.first(FrontMatterKeys.SLUG);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String slug = yaml.text(t.get().getValueNode(), "slug").strip();
        if (!SLUG.matcher(slug).matches()) {
            throw yaml.error(t.get().getValueNode(), "'slug' must be a file name of letters, digits, '.', '_' and '-'"
                    + " (no slashes, not starting with '.'), not '" + slug + "'");
        }
        return Optional.of(slug);
    }

    /** Tags, categories and keywords, and Zola's taxonomies, as one list without repeats. */
    private List<String> tags(Keys keys) {
        Set<String> tags = new LinkedHashSet<>();
        Map<String, NodeTuple> sources = new LinkedHashMap<>();
        for (String name : FrontMatterKeys.TAGS) {
            Optional.ofNullable(keys.top().get(name)).ifPresent(t -> sources.put(name, t));
            Optional.ofNullable(keys.taxonomies().get(name)).ifPresent(t -> sources.put(FrontMatterKeys.TAXONOMIES + "." + name, t));
        }
        for (var source : sources.entrySet()) {
            Node value = source.getValue().getValueNode();
            List<Node> items = value instanceof ScalarNode ? List.of(value) : yaml.sequence(value, source.getKey());
            for (Node n : items) {
                String tag = yaml.text(n, source.getKey()).strip();
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        return List.copyOf(tags);
    }

    /** {@code draft: true}, {@code published: false} or {@code status: draft}. */
    private boolean draft(Keys keys) {
        boolean draft = false;
        for (String name : FrontMatterKeys.DRAFT) {
            NodeTuple t = keys.top().get(name);
            if (t == null) {
                continue;
            }
            String v = yaml.text(t.getValueNode(), name).strip().toLowerCase(Locale.ROOT);
            if (name.equals("status")) {
                draft |= v.equals("draft");
                continue;
            }
            if (!v.equals("true") && !v.equals("false")) {
                throw yaml.error(t.getValueNode(), "'" + name + "' must be true or false, not '" + v + "'");
            }
            draft |= name.equals("draft") == v.equals("true");
        }
        return draft;
    }

    private Node compose(String yamlText) {
        LoadSettings settings = SafeYaml.settings(file.toString());
        try {
            checkNesting(settings, yamlText);
            Optional<Node> node = new Compose(settings).composeString(yamlText);
            return node.orElseThrow(() -> new ArticleException(Diagnostic.error(file, yaml.line0(),
                    "the front matter is empty: it needs at least a title and a date")));
        } catch (MarkedYamlEngineException ex) {
            int line = ex.getProblemMark().map(m -> m.getLine() + yaml.line0()).orElse(yaml.line0());
            String problem = ex.getProblem() == null ? ex.getMessage() : ex.getProblem();
            if (ex.getContext() != null && ex.getContextMark().isPresent()) {
                problem += " (" + ex.getContext().strip() + " started on line "
                        + (ex.getContextMark().get().getLine() + yaml.line0()) + ")";
            }
            throw new ArticleException(Diagnostic.error(file, line,
                    "invalid YAML in the front matter: " + problem.trim()
                            + " (quote values that contain ': ' or start with a special character)"), ex);
        } catch (YamlEngineException ex) {
            throw new ArticleException(Diagnostic.error(file, yaml.line0(),
                    "invalid YAML in the front matter: " + ex.getMessage()), ex);
        }
    }

    /**
     * Refuses lists and mappings nested deeper than {@link #MAX_NESTING} before composing: the
     * composer recurses once per level, the event parser does not.
     */
    private void checkNesting(LoadSettings settings, String yamlText) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yamlText)) {
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_NESTING) {
                    int line = event.getStartMark().map(m -> m.getLine() + yaml.line0()).orElse(yaml.line0());
                    throw new ArticleException(Diagnostic.error(file, line, "the front matter nests lists and mappings more than "
                            + MAX_NESTING + " levels deep; front matter keys need at most three levels"));
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }
}
