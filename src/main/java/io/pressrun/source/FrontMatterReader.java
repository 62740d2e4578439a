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
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates the YAML front matter key by key into a {@link FrontMatter}. */
final class FrontMatterReader {
    static final Set<String> KEYS = Set.of("title", "subtitle", "authors", "author", "date", "updated",
            "publisher", "language", "image", "slug", "identifier", "rights", "tags", "summary");
    private static final Set<String> IMAGE_KEYS = Set.of("src", "alt", "caption", "credit");
    private static final Set<String> AUTHOR_KEYS = Set.of("name", "role", "bio");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    /** Lists and mappings inside each other: deeper than this is refused. */
    static final int MAX_NESTING = 20;
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    private final Path file;
    private final YamlNodes yaml;
    private final List<Diagnostic> warnings;

    private FrontMatterReader(Path file, int firstLine, List<Diagnostic> warnings) {
        this.file = file;
        this.yaml = new YamlNodes(file, firstLine);
        this.warnings = warnings;
    }

    /**
     * @param yamlText  the text between the two {@code ---} lines
     * @param firstLine the file line of the first YAML line
     */
    static FrontMatter read(Path file, String yamlText, int firstLine, List<Diagnostic> warnings) {
        return new FrontMatterReader(file, firstLine, warnings).read(yamlText);
    }

    private FrontMatter read(String yamlText) {
        Node root = compose(yamlText);
        Map<String, NodeTuple> e = yaml.entries(root, "the front matter");
        for (var entry : e.entrySet()) {
            if (!KEYS.contains(entry.getKey())) {
                warnings.add(yaml.warning(entry.getValue().getKeyNode(), "unknown front matter key '" + entry.getKey()
                        + "' is ignored" + Suggestions.didYouMean(entry.getKey(), KEYS)));
            }
        }
        String title = required(root, e, "title", "the headline");
        ArticleDate date = date(e.get("date") == null ? null : e.get("date").getValueNode(), "date")
                .orElseThrow(() -> yaml.error(root, "'date' is required: the publication date, e.g. date: 2019-10-03"));
        return new FrontMatter(
                title,
                optionalText(e, "subtitle"),
                authors(root, e),
                date,
                e.containsKey("updated") ? date(e.get("updated").getValueNode(), "updated") : Optional.empty(),
                optionalText(e, "publisher"),
                language(e),
                image(e),
                slug(e),
                Optional.ofNullable(e.get("identifier")).map(t -> yaml.text(t.getValueNode(), "identifier").trim())
                        .filter(s -> !s.isEmpty()),
                optionalText(e, "rights"),
                tags(e),
                optionalText(e, "summary"));
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

    private String required(Node root, Map<String, NodeTuple> e, String key, String what) {
        NodeTuple t = e.get(key);
        if (t == null) {
            throw yaml.error(root, "'" + key + "' is required: " + what);
        }
        String v = yaml.text(t.getValueNode(), key).strip();
        if (v.isEmpty()) {
            throw yaml.error(t.getValueNode(), "'" + key + "' is empty: give " + what);
        }
        return v;
    }

    private String optionalText(Map<String, NodeTuple> e, String key) {
        NodeTuple t = e.get(key);
        return t == null ? "" : yaml.text(t.getValueNode(), key).strip();
    }

    private List<Author> authors(Node root, Map<String, NodeTuple> e) {
        NodeTuple many = e.get("authors");
        NodeTuple one = e.get("author");
        if (many != null && one != null) {
            throw yaml.error(one.getKeyNode(), "give either 'author' or 'authors', not both");
        }
        if (one != null) {
            String name = yaml.text(one.getValueNode(), "author").strip();
            if (name.isEmpty()) {
                throw yaml.error(one.getValueNode(), "'author' is empty: give the author's name");
            }
            return List.of(new Author(name, "", ""));
        }
        if (many == null) {
            throw yaml.error(root, "an author is required: 'author: Name' or an 'authors' list of {name, role, bio}");
        }
        List<Node> items = yaml.sequence(many.getValueNode(), "authors");
        if (items.isEmpty()) {
            throw yaml.error(many.getValueNode(), "'authors' is empty: list at least one author");
        }
        List<Author> authors = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode) {
                String name = yaml.text(item, "authors").strip();
                if (name.isEmpty()) {
                    throw yaml.error(item, "an author's name is empty");
                }
                authors.add(new Author(name, "", ""));
                continue;
            }
            Map<String, NodeTuple> a = yaml.entries(item, "an author");
            a.forEach((k, t) -> {
                if (!AUTHOR_KEYS.contains(k)) {
                    warnings.add(yaml.warning(t.getKeyNode(), "unknown author key '" + k + "' is ignored"
                            + Suggestions.didYouMean(k, AUTHOR_KEYS)));
                }
            });
            authors.add(new Author(required(item, a, "name", "the author's name"),
                    optionalText(a, "role"), optionalText(a, "bio")));
        }
        return authors;
    }

    private Optional<ArticleDate> date(Node node, String key) {
        if (node == null) {
            return Optional.empty();
        }
        String v = yaml.text(node, key).strip();
        try {
            if (v.length() <= 10) {
                return Optional.of(ArticleDate.of(LocalDate.parse(v)));
            }
            try {
                return Optional.of(ArticleDate.of(OffsetDateTime.parse(v.replace(' ', 'T'))));
            } catch (DateTimeParseException noOffset) {
                return Optional.of(ArticleDate.of(LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC)));
            }
        } catch (DateTimeParseException ex) {
            throw yaml.error(node, "'" + key + "' is not an ISO 8601 date: '" + v
                    + "'; write 2019-10-03 or 2019-10-03T14:30:00Z");
        }
    }

    private String language(Map<String, NodeTuple> e) {
        NodeTuple t = e.get("language");
        if (t == null) {
            return "en";
        }
        String tag = yaml.text(t.getValueNode(), "language").strip();
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = locale.getLanguage();
            if (language.length() < 2 || language.length() > 3
                    || (language.length() == 2 && !ISO_LANGUAGES.contains(language))) {
                throw new IllformedLocaleException("unknown language " + language);
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException ex) {
            throw yaml.error(t.getValueNode(), "'language' is not a valid BCP 47 language tag: '" + tag
                    + "'; write e.g. en, en-GB, fr, de, pt-BR");
        }
    }

    private Optional<FrontMatter.LeadImageRef> image(Map<String, NodeTuple> e) {
        NodeTuple t = e.get("image");
        if (t == null) {
            return Optional.empty();
        }
        Node node = t.getValueNode();
        Map<String, NodeTuple> img = yaml.entries(node, "'image'");
        img.forEach((k, kv) -> {
            if (!IMAGE_KEYS.contains(k)) {
                warnings.add(yaml.warning(kv.getKeyNode(), "unknown image key '" + k + "' is ignored"
                        + Suggestions.didYouMean(k, IMAGE_KEYS)));
            }
        });
        String src = required(node, img, "src", "the image file's path, relative to the article");
        if (!img.containsKey("alt")) {
            throw yaml.error(node, "'image.alt' is required: describe the picture for readers who cannot see it"
                    + " (alt: \"\" marks a purely decorative image)");
        }
        return Optional.of(new FrontMatter.LeadImageRef(src, yaml.line(img.get("src").getValueNode()),
                optionalText(img, "alt"), optionalText(img, "caption"), optionalText(img, "credit")));
    }

    private Optional<String> slug(Map<String, NodeTuple> e) {
        NodeTuple t = e.get("slug");
        if (t == null) {
            return Optional.empty();
        }
        String slug = yaml.text(t.getValueNode(), "slug").strip();
        if (!SLUG.matcher(slug).matches()) {
            throw yaml.error(t.getValueNode(), "'slug' must be a file name of letters, digits, '.', '_' and '-'"
                    + " (no slashes, not starting with '.'), not '" + slug + "'");
        }
        return Optional.of(slug);
    }

    private List<String> tags(Map<String, NodeTuple> e) {
        NodeTuple t = e.get("tags");
        if (t == null) {
            return List.of();
        }
        if (t.getValueNode() instanceof ScalarNode) {
            String one = yaml.text(t.getValueNode(), "tags").strip();
            return one.isEmpty() ? List.of() : List.of(one);
        }
        List<String> tags = new ArrayList<>();
        for (Node n : yaml.sequence(t.getValueNode(), "tags")) {
            String tag = yaml.text(n, "tags").strip();
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }
}
