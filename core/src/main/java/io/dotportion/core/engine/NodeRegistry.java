package io.dotportion.core.engine;

import io.dotportion.core.node.NodeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The node types the platform knows, registered explicitly under their stable ids. */
public final class NodeRegistry {
    private final Map<String, NodeType<?>> types;

    public NodeRegistry(List<NodeType<?>> types) {
        Map<String, NodeType<?>> byId = new LinkedHashMap<>();
        for (NodeType<?> type : types) {
            if (byId.putIfAbsent(type.id(), type) != null) {
                throw new IllegalArgumentException("node type '" + type.id() + "' registered twice");
            }
        }
        this.types = Map.copyOf(byId);
    }

    public Optional<NodeType<?>> find(String id) {
        return Optional.ofNullable(id == null ? null : types.get(id));
    }

    public Set<String> ids() {
        return types.keySet();
    }
}
