package io.dotportion.server.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small workflow documents built in code: a chain of nodes after an apiStart. */
public final class Workflows {
    private Workflows() {}

    /** A node of the chain. */
    public static Map<String, Object> node(String id, String type, Map<String, Object> data) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("type", type);
        node.put("data", data);
        node.put("position", Map.of("x", 0, "y", 0));
        return node;
    }

    /** apiStart, then {@code nodes} in order, each joined to the next by its default handle. */
    public static Map<String, Object> chain(String name, String method, String path, List<Map<String, Object>> nodes) {
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(node("start", "apiStart", Map.of()));
        all.addAll(nodes);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            edges.add(Map.of(
                    "id",
                    "e" + i,
                    "source",
                    all.get(i - 1).get("id"),
                    "target",
                    all.get(i).get("id")));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("method", method);
        document.put("path", path);
        document.put("nodes", all);
        document.put("edges", edges);
        return document;
    }

    /** apiStart → one node → a Response with {@code status} answering the node's output. */
    public static Map<String, Object> single(
            String name, String method, String path, String type, Map<String, Object> data, int status) {
        return chain(
                name,
                method,
                path,
                List.of(node("act", type, data), node("answer", "response", Map.of("status", status))));
    }
}
