package io.dotportion.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the text between {@code {{ }}} into a {@link TemplatePath}. */
final class PathParser {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_$-]+");

    private PathParser() {}

    /** Returns the path, or throws {@link IllegalArgumentException} with a message for a person. */
    static TemplatePath parse(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty template {{ }}");
        }
        List<String> parts = split(text);
        String first = parts.get(0);
        List<String> rest = parts.subList(1, parts.size());
        return switch (first) {
            case "request" -> new TemplatePath(TemplatePath.Root.REQUEST, null, rest, text);
            case "input" -> new TemplatePath(TemplatePath.Root.INPUT, null, rest, text);
            case "loop" -> loop(rest, text);
            default -> step(first, rest, text);
        };
    }

    private static TemplatePath loop(List<String> rest, String text) {
        if (rest.isEmpty() || !(rest.get(0).equals("item") || rest.get(0).equals("index"))) {
            throw new IllegalArgumentException("'" + text + "': use loop.item or loop.index");
        }
        return new TemplatePath(TemplatePath.Root.LOOP, null, rest, text);
    }

    private static TemplatePath step(String nodeId, List<String> rest, String text) {
        if (rest.isEmpty() || !rest.get(0).equals("result")) {
            throw new IllegalArgumentException("'" + text + "': a node's output is read as " + nodeId + ".result...");
        }
        return new TemplatePath(TemplatePath.Root.STEP, nodeId, rest.subList(1, rest.size()), text);
    }

    private static List<String> split(String text) {
        String normalized = text.replaceAll("\\[(\\d+)]", ".$1");
        List<String> parts = new ArrayList<>();
        for (String part : normalized.split("\\.", -1)) {
            if (!SEGMENT.matcher(part).matches()) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a data path (letters, digits, _ - $ separated by dots)");
            }
            parts.add(part);
        }
        return parts;
    }
}
