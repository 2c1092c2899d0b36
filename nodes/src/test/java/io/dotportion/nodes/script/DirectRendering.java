package io.dotportion.nodes.script;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A script outcome as text that tells apart what equals() would not: key order, Integer from Long, -0.0. */
final class DirectRendering {
    private DirectRendering() {}

    static String render(Object value) {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> map ->
                map.entrySet().stream()
                        .map(e -> render(e.getKey()) + ":" + render(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}"));
            case List<?> list -> list.stream().map(DirectRendering::render).collect(Collectors.joining(",", "[", "]"));
            case String s ->
                "'"
                        + s.chars()
                                .mapToObj(c -> c < 128 ? String.valueOf((char) c) : "\\u" + Integer.toHexString(c))
                                .collect(Collectors.joining())
                        + "'";
            default -> value.getClass().getSimpleName() + ":" + value;
        };
    }

    /** The rendered result of a run, or its failure. */
    static String outcome(Run run) {
        try {
            return render(run.call());
        } catch (ScriptException e) {
            return "failed " + e.kind() + ": " + e.getMessage();
        }
    }

    interface Run {
        Object call();
    }
}
