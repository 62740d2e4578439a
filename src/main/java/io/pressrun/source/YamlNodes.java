package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed access to composed YAML nodes, with errors that name the file line of the value. */
final class YamlNodes {
    private final Path file;
    private final int firstLine;
    private final List<Diagnostic> warnings;

    /**
     * @param firstLine the file line on which the YAML text starts (1-based)
     * @param warnings  where a key given twice is reported
     */
    YamlNodes(Path file, int firstLine, List<Diagnostic> warnings) {
        this.file = file;
        this.firstLine = firstLine;
        this.warnings = warnings;
    }

    /** The file line on which the YAML text starts. */
    int line0() {
        return firstLine;
    }

    int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
    }

    ArticleException error(Node node, String message) {
        return new ArticleException(Diagnostic.error(file, line(node), message));
    }

    Diagnostic warning(Node node, String message) {
        return Diagnostic.warning(file, line(node), message);
    }

    /**
     * The entries of a mapping, keys as text, in source order. A key given twice is a warning and
     * the last value is used, as Jekyll and Hugo do.
     */
    Map<String, NodeTuple> entries(Node node, String what) {
        if (!(node instanceof MappingNode m)) {
            throw error(node, what + " must be a mapping of keys to values, not " + describe(node));
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(t.getKeyNode(), "keys in " + what + " must be plain words, not " + describe(t.getKeyNode()));
            }
            NodeTuple before = out.remove(k.getValue());
            out.put(k.getValue(), t);
            if (before != null) {
                warnings.add(warning(k, "'" + k.getValue() + "' is given twice (first on line "
                        + line(before.getKeyNode()) + "); the last value is used: keep one"));
            }
        }
        return out;
    }

    /** A text value; numbers and dates written bare are taken as their text. */
    String text(Node node, String key) {
        if (node instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag()) && s.getScalarStyle() == ScalarStyle.PLAIN) {
                return "";
            }
            return s.getValue();
        }
        throw error(node, "'" + key + "' must be text, not " + describe(node));
    }

    List<Node> sequence(Node node, String key) {
        if (node instanceof SequenceNode s) {
            return new ArrayList<>(s.getValue());
        }
        throw error(node, "'" + key + "' must be a list, not " + describe(node));
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag())) {
                return "empty";
            }
            return "'" + s.getValue() + "'";
        }
        return "a " + node.getNodeType();
    }
}
