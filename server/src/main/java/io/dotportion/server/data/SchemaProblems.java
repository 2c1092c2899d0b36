package io.dotportion.server.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problems of a schema, each with its dotted path in the schema ({@code properties.email.pattern}). */
final class SchemaProblems {
    private final List<Map<String, String>> problems = new ArrayList<>();

    void add(String path, String message) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("path", path);
        p.put("message", message);
        problems.add(p);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<Map<String, String>> list() {
        return List.copyOf(problems);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
