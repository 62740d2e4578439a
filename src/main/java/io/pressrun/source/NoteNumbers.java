package io.pressrun.source;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers a body's footnotes in the order of their first reference, and hands out their
 * definitions in that order. A definition nobody refers to is left out, as GitHub does; a
 * reference without a definition is not a reference for the parser (it stays text).
 */
final class NoteNumbers {
    private final Map<String, FootnoteDefinition> definitions = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Deque<FootnoteDefinition> pending = new ArrayDeque<>();

    /** Finds the definitions anywhere in the document (the first of a label, in reading order, wins). */
    void collect(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(document);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            if (n instanceof FootnoteDefinition d) {
                definitions.putIfAbsent(key(d.getLabel()), d);
            }
            // pushed last child first, so that the first child is the next one taken
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                nodes.push(c);
            }
        }
    }

    /** The number of the note a reference with this label refers to, numbering it when new. */
    int number(String label) {
        String key = key(label);
        Integer n = numbers.get(key);
        if (n == null) {
            n = numbers.size() + 1;
            numbers.put(key, n);
            FootnoteDefinition d = definitions.get(key);
            if (d != null) {
                pending.add(d);
            }
        }
        return n;
    }

    /** The definition of the next note to set, in number order; null when all are set. */
    FootnoteDefinition next() {
        return pending.poll();
    }

    /** Labels match as link labels do: case-insensitively, runs of white space as one. */
    private static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
