package io.dotportion.core.engine;

import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.NodeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds in each node's {@code data} every field its type's config does not bind (at any depth where the
 * config holds records): each is an {@link ViolationCode#UNKNOWN_FIELD} error at its path, naming the field and
 * the known field it was probably meant to be ({@link FieldSuggestion}), so that a typo like {@code stauts} is
 * never silently ignored. {@link #strip} also removes them, so that what is not configuration (a pasted
 * {@code connectionString}, a password) is neither stored nor exported. The editor's {@code label} is known on
 * every node. Nodes of an unknown type are left as they are (they are an error of their own).
 */
final class UnknownFields {
    /** Fields of the editor and of DotPortion's export that every node may carry. */
    static final Set<String> EDITOR_FIELDS = Set.of("label");

    private final NodeRegistry registry;
    private final Map<Class<?>, KnownFields> known = new ConcurrentHashMap<>();

    UnknownFields(NodeRegistry registry) {
        this.registry = registry;
    }

    /** Adds an error for each unknown field of one node's data (at {@code dataPath}) to {@code out}. */
    void check(NodeType<?> type, Map<String, Object> data, String dataPath, List<Violation> out) {
        kept(data, known(type), EDITOR_FIELDS, dataPath, out);
    }

    private KnownFields known(NodeType<?> type) {
        return known.computeIfAbsent(type.configType(), KnownFields::of);
    }

    WorkflowCompiler.Stripped strip(WorkflowDocument document) {
        List<Violation> warnings = new ArrayList<>();
        List<NodeSpec> nodes = new ArrayList<>(document.nodes().size());
        boolean changed = false;
        for (int i = 0; i < document.nodes().size(); i++) {
            NodeSpec node = document.nodes().get(i);
            NodeType<?> type = node == null ? null : registry.find(node.type()).orElse(null);
            if (type == null) {
                nodes.add(node);
                continue;
            }
            KnownFields fields = known(type);
            Map<String, Object> data = kept(node.data(), fields, EDITOR_FIELDS, "nodes[" + i + "].data", warnings);
            changed |= data != node.data();
            nodes.add(data == node.data() ? node : new NodeSpec(node.id(), node.type(), data, node.position()));
        }
        WorkflowDocument out = changed ? document.withGraph(nodes, document.edges()) : document;
        return new WorkflowCompiler.Stripped(out, List.copyOf(warnings));
    }

    /** {@code data} itself when nothing is removed, else an unmodifiable copy without the unknown fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> kept(
            Map<String, Object> data, KnownFields fields, Set<String> extra, String path, List<Violation> warnings) {
        if (fields.open()) {
            return data;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            String name = entry.getKey();
            if (!fields.names().contains(name) && !extra.contains(name)) {
                Set<String> names = new TreeSet<>(fields.names());
                names.addAll(extra);
                warnings.add(Violation.error(
                        path + "." + name,
                        ViolationCode.UNKNOWN_FIELD,
                        "'" + name + "' is not a known field" + FieldSuggestion.hint(name, names)));
                changed = true;
                continue;
            }
            Object value = entry.getValue();
            KnownFields.Inner inner = fields.inside(name);
            Object checked = inner == null ? value : inner(value, inner, path + "." + name, warnings);
            changed |= checked != value;
            out.put(name, checked);
        }
        return changed ? Collections.unmodifiableMap(out) : data;
    }

    @SuppressWarnings("unchecked")
    private static Object inner(Object value, KnownFields.Inner inner, String path, List<Violation> warnings) {
        return switch (inner.holding()) {
            case VALUE ->
                value instanceof Map<?, ?> map
                        ? kept((Map<String, Object>) map, inner.fields(), Set.of(), path, warnings)
                        : value;
            case ELEMENTS -> {
                if (!(value instanceof List<?> list)) {
                    yield value;
                }
                List<Object> out = new ArrayList<>(list.size());
                boolean changed = false;
                for (int i = 0; i < list.size(); i++) {
                    Object element = list.get(i);
                    Object checked = element instanceof Map<?, ?> map
                            ? kept((Map<String, Object>) map, inner.fields(), Set.of(), path + "[" + i + "]", warnings)
                            : element;
                    changed |= checked != element;
                    out.add(checked);
                }
                yield changed ? Collections.unmodifiableList(out) : value;
            }
            case MAP_VALUES -> {
                if (!(value instanceof Map<?, ?> map)) {
                    yield value;
                }
                Map<String, Object> out = new LinkedHashMap<>();
                boolean changed = false;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    Object element = entry.getValue();
                    Object checked = element instanceof Map<?, ?> m
                            ? kept(
                                    (Map<String, Object>) m,
                                    inner.fields(),
                                    Set.of(),
                                    path + "." + entry.getKey(),
                                    warnings)
                            : element;
                    changed |= checked != element;
                    out.put(String.valueOf(entry.getKey()), checked);
                }
                yield changed ? Collections.unmodifiableMap(out) : value;
            }
        };
    }
}
