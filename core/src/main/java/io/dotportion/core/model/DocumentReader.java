package io.dotportion.core.model;

import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads one raw value tree into a {@link WorkflowDocument}, collecting shape problems with their paths. */
final class DocumentReader {
    private final List<Violation> violations = new ArrayList<>();

    DocumentReading read(Object raw) {
        if (!(raw instanceof Map<?, ?> root)) {
            violations.add(shape("", "a workflow must be a JSON object"));
            return new DocumentReading(new WorkflowDocument(null, null, null, List.of(), List.of()), violations);
        }
        List<NodeSpec> nodes = new ArrayList<>();
        for (Item item : list(root, "nodes")) {
            nodes.add(node(item.value(), item.path()));
        }
        List<EdgeSpec> edges = new ArrayList<>();
        for (Item item : list(root, "edges")) {
            edges.add(edge(item.value(), item.path()));
        }
        WorkflowDocument document = new WorkflowDocument(
                text(root, "name", "name"),
                text(root, "method", "method"),
                text(root, "path", "path"),
                nodes,
                edges,
                LogSettingReader.read(root.get("log"), violations),
                MaskingSettingReader.read(root.get("masking"), violations));
        return new DocumentReading(document, violations);
    }

    private record Item(Object value, String path) {}

    private List<Item> list(Map<?, ?> root, String field) {
        Object value = root.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            violations.add(shape(field, field + " must be an array"));
            return List.of();
        }
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new Item(items.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private NodeSpec node(Object raw, String path) {
        if (!(raw instanceof Map<?, ?> node)) {
            violations.add(shape(path, "a node must be a JSON object"));
            return new NodeSpec(null, null, Map.of(), null);
        }
        return new NodeSpec(
                text(node, "id", path + ".id"),
                text(node, "type", path + ".type"),
                data(node.get("data"), path + ".data"),
                position(node.get("position"), path + ".position"));
    }

    private EdgeSpec edge(Object raw, String path) {
        if (!(raw instanceof Map<?, ?> edge)) {
            violations.add(shape(path, "an edge must be a JSON object"));
            return new EdgeSpec(null, null, null, null);
        }
        return new EdgeSpec(
                text(edge, "id", path + ".id"),
                text(edge, "source", path + ".source"),
                text(edge, "target", path + ".target"),
                text(edge, "sourceHandle", path + ".sourceHandle"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(Object raw, String path) {
        if (raw == null) {
            return Map.of();
        }
        if (!(raw instanceof Map<?, ?>)) {
            violations.add(shape(path, "data must be a JSON object"));
            return Map.of();
        }
        return (Map<String, Object>) Values.immutableCopy(raw);
    }

    private Position position(Object raw, String path) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Map<?, ?> map && map.get("x") instanceof Number x && map.get("y") instanceof Number y) {
            return new Position(x.doubleValue(), y.doubleValue());
        }
        violations.add(shape(path, "position must be an object with numbers x and y"));
        return null;
    }

    /** A string field; a number is accepted as its text (DotPortion writes ids like 1 in places). */
    private String text(Map<?, ?> map, String field, String path) {
        Object value = map.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number number) {
            return Values.toText(number);
        }
        violations.add(shape(path, field + " must be a string"));
        return null;
    }

    private static Violation shape(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_SHAPE, message);
    }
}
