package io.pressrun.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One site-template tag as written between its delimiters: its name, whether it closes a pair
 * ({@code {{< /note >}}}, {@code {% endhighlight %}}), and its arguments, by position and by
 * name: Hugo's {@code src="x" caption="y"}, Liquid's {@code ruby linenos}, Zola's
 * {@code youtube(id="x")}, the Go present format's {@code image "x.png" 300}.
 */
record TemplateTag(String name, boolean closing, List<String> positional, Map<String, String> named, String text) {
    private static final Pattern ARG = Pattern.compile(
            "\\s*(?:([A-Za-z_][\\w-]*)\\s*=\\s*)?(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|`[^`]*`|[^\\s,()]+)\\s*,?");
    private static final Pattern CALL = Pattern.compile("([A-Za-z_][\\w-]*)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("(/?)([A-Za-z_][\\w.-]*)(.*)", Pattern.DOTALL);

    /** The tag of the text between the delimiters; empty name when it names nothing (an expression). */
    static TemplateTag parse(String inner) {
        String t = inner.strip();
        if (t.endsWith("/")) { // Hugo's self-closing {{< name />}}
            t = t.substring(0, t.length() - 1).strip();
        }
        Matcher call = CALL.matcher(t);
        if (call.matches()) {
            return withArgs(call.group(1), false, call.group(2), inner);
        }
        Matcher word = WORD.matcher(t);
        if (!word.matches()) {
            return new TemplateTag("", false, List.of(), Map.of(), inner);
        }
        return withArgs(word.group(2), !word.group(1).isEmpty(), word.group(3), inner);
    }

    private static TemplateTag withArgs(String name, boolean closing, String args, String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = ARG.matcher(args);
        int at = 0;
        while (at < args.length() && m.find(at) && m.start() == at && m.end() > at) {
            String value = unquote(m.group(2));
            if (m.group(1) != null) {
                named.put(m.group(1), value);
            } else {
                positional.add(value);
            }
            at = m.end();
        }
        return new TemplateTag(name, closing, List.copyOf(positional), Map.copyOf(named), text);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\""))) {
            return v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (v.length() >= 2 && ((v.startsWith("'") && v.endsWith("'")) || (v.startsWith("`") && v.endsWith("`")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** The named argument, else the positional one at {@code index}, else "". */
    String arg(String key, int index) {
        if (named.containsKey(key)) {
            return named.get(key);
        }
        return index >= 0 && index < positional.size() ? positional.get(index) : "";
    }

    String arg(String key) {
        return named.getOrDefault(key, "");
    }
}
