package io.dotportion.core.engine;

import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The node types the platform knows, registered explicitly under their stable ids, in registration order.
 * Immutable and shared across threads.
 */
public final class NodeRegistry {
    private final Map<String, NodeType<?>> byId;
    private final List<NodeType<?>> types;

    public NodeRegistry(List<NodeType<?>> types) {
        Map<String, NodeType<?>> byId = new LinkedHashMap<>();
        for (NodeType<?> type : types) {
            if (byId.putIfAbsent(type.id(), type) != null) {
                throw new IllegalArgumentException("node type '" + type.id() + "' registered twice");
            }
            if (!type.id().equals(type.descriptor().id())) {
                throw new IllegalArgumentException("node type '" + type.id() + "' has the descriptor of another type");
            }
        }
        this.byId = Collections.unmodifiableMap(byId);
        this.types = List.copyOf(types);
    }

    public Optional<NodeType<?>> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** The registered types in registration order. */
    public List<NodeType<?>> types() {
        return types;
    }

    /** The descriptors of the registered types, in registration order. */
    public List<NodeDescriptor> descriptors() {
        return types.stream().<NodeDescriptor>map(NodeType::descriptor).toList();
    }

    /** The descriptor of a registered type. */
    public Optional<NodeDescriptor> descriptor(String id) {
        return find(id).map(NodeType::descriptor);
    }

    /** True for a registered type whose nodes choose a branch (role branch or loop). */
    public boolean branches(String id) {
        NodeRole role = descriptor(id).map(NodeDescriptor::role).orElse(null);
        return role == NodeRole.BRANCH || role == NodeRole.LOOP;
    }
}
