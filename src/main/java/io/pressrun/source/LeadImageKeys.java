package io.pressrun.source;

import io.pressrun.model.Diagnostic;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lead image, however a blog writes it: a path ({@code featured_image: lead.jpg}), a list of
 * paths (Hugo's {@code images}: the first is used), or a mapping ({@code image: {src, alt,
 * caption, credit}}; Hugo themes' {@code cover: {image, alt, caption}}).
 */
final class LeadImageKeys {
    private static final Set<String> KEYS = Set.of("src", "alt", "caption", "credit");
    /** Other names of {@code src}. */
    private static final List<String> SRC = List.of("src", "image", "path", "url", "file");
    /** What image mappings of other tools carry that an edition does not need. */
    private static final Set<String> IGNORED = Set.of("relative", "hidden", "hiddenInList", "hiddenInSingle",
            "responsiveImages", "linkFullImages", "width", "height", "title", "thumbnail", "teaser", "og_image");

    private final YamlNodes yaml;
    private final List<Diagnostic> warnings;

    LeadImageKeys(YamlNodes yaml, List<Diagnostic> warnings) {
        this.yaml = yaml;
        this.warnings = warnings;
    }

    Optional<FrontMatter.LeadImageRef> read(String key, Node value) {
        if (value instanceof ScalarNode) {
            String src = yaml.text(value, key).strip();
            return src.isEmpty() ? Optional.empty() : Optional.of(withoutAlt(key, value, src, "", ""));
        }
        if (!(value instanceof MappingNode)) {
            List<Node> items = yaml.sequence(value, key);
            if (!items.isEmpty() && !(items.get(0) instanceof ScalarNode) && !(items.get(0) instanceof MappingNode)) {
                yaml.text(items.get(0), key); // says what it must be
            }
            return items.isEmpty() ? Optional.empty() : read(key, items.get(0));
        }
        Map<String, NodeTuple> img = yaml.entries(value, "'" + key + "'");
        img.forEach((k, kv) -> {
            if (!KEYS.contains(k) && !SRC.contains(k) && !IGNORED.contains(k)) {
                warnings.add(yaml.warning(kv.getKeyNode(), "unknown image key '" + k + "' is ignored"
                        + Suggestions.didYouMean(k, KEYS)));
            }
        });
        NodeTuple src = SRC.stream().map(img::get).filter(t -> t != null).findFirst().orElseThrow(() -> yaml.error(value,
                "'" + key + ".src' is required: the image file's path, relative to the article"));
        String path = yaml.text(src.getValueNode(), key + ".src").strip();
        if (path.isEmpty()) {
            throw yaml.error(src.getValueNode(), "'" + key + ".src' is empty: give the image file's path");
        }
        String caption = text(img, "caption");
        String credit = text(img, "credit");
        if (!img.containsKey("alt")) {
            return Optional.of(withoutAlt(key, src.getValueNode(), path, caption, credit));
        }
        return Optional.of(new FrontMatter.LeadImageRef(path, yaml.line(src.getValueNode()), text(img, "alt"),
                caption, credit));
    }

    private FrontMatter.LeadImageRef withoutAlt(String key, Node at, String src, String caption, String credit) {
        warnings.add(yaml.warning(at, "the lead image '" + src + "' has no alt text, so it is presented as"
                + " decoration: describe it with " + key + ": {src: " + src + ", alt: \"what the picture shows\"}"));
        return new FrontMatter.LeadImageRef(src, yaml.line(at), "", caption, credit);
    }

    private String text(Map<String, NodeTuple> img, String key) {
        NodeTuple t = img.get(key);
        return t == null ? "" : yaml.text(t.getValueNode(), key).strip();
    }
}
