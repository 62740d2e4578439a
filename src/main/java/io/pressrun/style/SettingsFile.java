package io.pressrun.style;

import io.pressrun.model.ErrorWords;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One settings file ({@code theme.yaml}, {@code labels/<language>.yaml}) read into values, with
 * the line of every key, so that a bad value is reported where it was written. The YAML is
 * composed to nodes (which keep their marks) and then constructed, as the front matter is.
 */
final class SettingsFile {
    /** Where a setting was written: the user's file, or the bundled file's name, and a 1-based line. */
    record Origin(Path file, int line) {
        ConfigurationException problem(String message) {
            return new ConfigurationException(file, line, message);
        }

        ConfigurationException problem(String message, Throwable cause) {
            return new ConfigurationException(file, line, message, cause);
        }
    }

    /** One version of a settings file: the name it is reported under, and its bytes. */
    record Layer(Path file, byte[] bytes) {
    }

    private final Map<String, Object> values;
    private final Map<String, Origin> origins;

    private SettingsFile(Map<String, Object> values, Map<String, Origin> origins) {
        this.values = values;
        this.origins = origins;
    }

    /** The top-level mapping as constructed; empty for an empty file. */
    Map<String, Object> values() {
        return values;
    }

    /**
     * The line of every key by its dotted path ({@code colours.accent}); the items of a list
     * by their index ({@code fonts.fallback.2}).
     */
    Map<String, Origin> origins() {
        return origins;
    }

    @SuppressWarnings("unchecked")
    static SettingsFile read(Layer layer) {
        Path file = layer.file();
        LoadSettings settings = SafeYaml.settings(file.toString());
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(new String(layer.bytes(), StandardCharsets.UTF_8));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new ConfigurationException(file, line, "invalid YAML: " + ErrorWords.clean(problem)
                    + " (quote values that contain ': ' or start with a special character)", e);
        } catch (YamlEngineException e) {
            throw new ConfigurationException(file, 0, "invalid YAML: " + ErrorWords.clean(e.getMessage()), e);
        }
        if (root.isEmpty()) {
            return new SettingsFile(Map.of(), Map.of());
        }
        Node node = root.get();
        if (!(node instanceof MappingNode)) {
            throw new ConfigurationException(file, line(node),
                    "the file must be a mapping of settings ('key: value' lines), not " + describe(node));
        }
        Map<String, Origin> origins = new LinkedHashMap<>();
        walk(file, node, "", origins);
        Object values;
        try {
            values = new StandardConstructor(settings).constructSingleDocument(root);
        } catch (YamlEngineException e) {
            throw new ConfigurationException(file, line(node), "invalid YAML: " + ErrorWords.clean(e.getMessage()), e);
        }
        return new SettingsFile((Map<String, Object>) values, origins);
    }

    private static void walk(Path file, Node node, String prefix, Map<String, Origin> out) {
        if (node instanceof MappingNode m) {
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    throw new ConfigurationException(file, line(t.getKeyNode()),
                            "setting names must be plain words, not " + describe(t.getKeyNode()));
                }
                Node before = seen.put(k.getValue(), k);
                if (before != null) {
                    throw new ConfigurationException(file, line(k), "'" + prefix + k.getValue()
                            + "' is given twice (first on line " + line(before) + "); keep one");
                }
                String path = prefix + k.getValue();
                out.put(path, new Origin(file, line(k)));
                walk(file, t.getValueNode(), path + ".", out);
            }
        } else if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (int i = 0; i < items.size(); i++) {
                String path = prefix + i;
                out.put(path, new Origin(file, line(items.get(i))));
                walk(file, items.get(i), path + ".", out);
            }
        }
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
