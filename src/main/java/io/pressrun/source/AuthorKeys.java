package io.pressrun.source;

import io.pressrun.model.Author;
import io.pressrun.model.Diagnostic;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authors, however a blog writes them: a name ({@code author: Ann}), a list of names, a
 * mapping ({@code author: {name: Ann, bio: ...}}) or a list of mappings.
 */
final class AuthorKeys {
    private static final Set<String> KEYS = Set.of("name", "role", "bio");
    /** What author mappings of other tools carry that an edition does not show. */
    private static final Set<String> IGNORED = Set.of("email", "url", "uri", "website", "avatar", "picture", "image",
            "twitter", "github", "linkedin", "mastodon", "orcid", "link", "id", "slug", "location", "display_name");
    /** pandoc's {@code affiliation} stands for the role when no role is given. */
    private static final String AFFILIATION = "affiliation";

    private final YamlNodes yaml;
    private final List<Diagnostic> warnings;

    AuthorKeys(YamlNodes yaml, List<Diagnostic> warnings) {
        this.yaml = yaml;
        this.warnings = warnings;
    }

    /** The authors a value names; empty names are left out with a warning. */
    List<Author> read(String key, Node value) {
        List<Author> authors = new ArrayList<>();
        if (value instanceof ScalarNode || value instanceof MappingNode) {
            one(key, value, authors);
        } else {
            for (Node item : yaml.sequence(value, key)) {
                one(key, item, authors);
            }
        }
        return authors;
    }

    private void one(String key, Node item, List<Author> out) {
        if (!(item instanceof MappingNode)) {
            String name = yaml.text(item, key).strip();
            if (name.isEmpty()) {
                warnings.add(yaml.warning(item, "an author's name is empty: left out"));
            } else {
                out.add(new Author(name, "", ""));
            }
            return;
        }
        Map<String, NodeTuple> a = yaml.entries(item, "an author");
        a.forEach((k, t) -> {
            if (!KEYS.contains(k) && !IGNORED.contains(k) && !k.equals(AFFILIATION)) {
                warnings.add(yaml.warning(t.getKeyNode(), "unknown author key '" + k + "' is ignored"
                        + Suggestions.didYouMean(k, KEYS)));
            }
        });
        String name = text(a, "name");
        if (name.isEmpty()) {
            warnings.add(yaml.warning(item, "an author has no name: left out (give name: ...)"));
            return;
        }
        String role = text(a, "role");
        out.add(new Author(name, role.isEmpty() ? text(a, AFFILIATION) : role, text(a, "bio")));
    }

    private String text(Map<String, NodeTuple> a, String key) {
        NodeTuple t = a.get(key);
        if (t == null) {
            return "";
        }
        if (t.getValueNode() instanceof MappingNode m) { // pandoc: affiliation: {name: ...}
            return text(yaml.entries(m, "'" + key + "'"), "name");
        }
        return yaml.text(t.getValueNode(), key).strip();
    }
}
