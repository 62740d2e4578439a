package io.pressrun.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TOML front matter (Hugo's and Zola's {@code +++} blocks) with a TOML parser, into the
 * same node tree YAML front matter gives, so both are checked by one reader. Each key's node
 * carries the line the key is written on, so messages point at it.
 */
final class TomlFrontMatter {
    private static final TomlMapper MAPPER = new TomlMapper();
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*]]?\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.-]+)\\s*=");

    private final Path file;
    private final int firstLine;
    /** The file line of each key, by its dotted path ("title", "extra.author"). */
    private final Map<String, Integer> keyLines = new HashMap<>();

    private TomlFrontMatter(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /** The TOML text as a mapping node; invalid TOML is an error on the line the parser names. */
    static Node compose(Path file, String toml, int firstLine) {
        TomlFrontMatter reader = new TomlFrontMatter(file, firstLine);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(toml);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
            throw new ArticleException(Diagnostic.error(file, line, "invalid TOML in the front matter: "
                    + e.getOriginalMessage() + " (quote text values: title = \"...\")"), e);
        }
        if (tree == null || tree.isMissingNode()) {
            tree = MAPPER.createObjectNode();
        }
        reader.findKeyLines(toml);
        return reader.node(tree, "", firstLine);
    }

    private void findKeyLines(String toml) {
        String table = "";
        String[] lines = toml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher t = TABLE.matcher(lines[i]);
            if (t.matches()) {
                table = unquote(t.group(1)) + ".";
                keyLines.putIfAbsent(unquote(t.group(1)), firstLine + i);
                continue;
            }
            Matcher k = KEY.matcher(lines[i]);
            if (k.find()) {
                keyLines.putIfAbsent(table + unquote(k.group(1)), firstLine + i);
            }
        }
    }

    private static String unquote(String key) {
        String k = key.strip();
        return k.length() >= 2 && (k.startsWith("\"") || k.startsWith("'")) ? k.substring(1, k.length() - 1) : k;
    }

    private Node node(JsonNode value, String path, int line) {
        Optional<Mark> mark = Optional.of(new Mark(file.toString(), 0, line - firstLine, 0, new int[0], 0));
        if (value.isObject()) {
            List<NodeTuple> entries = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                String keyPath = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                int keyLine = keyLines.getOrDefault(keyPath, line);
                Node key = node(MAPPER.getNodeFactory().textNode(e.getKey()), keyPath, keyLine);
                entries.add(new NodeTuple(key, node(e.getValue(), keyPath, keyLine)));
            }
            return new MappingNode(Tag.MAP, true, entries, FlowStyle.BLOCK, mark, mark);
        }
        if (value.isArray()) {
            List<Node> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(node(item, path, line));
            }
            return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, mark, mark);
        }
        Tag tag = value.isBoolean() ? Tag.BOOL : value.isIntegralNumber() ? Tag.INT : value.isNumber() ? Tag.FLOAT : Tag.STR;
        return new ScalarNode(tag, true, value.asText(), ScalarStyle.DOUBLE_QUOTED, mark, mark);
    }
}
