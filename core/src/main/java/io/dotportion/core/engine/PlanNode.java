package io.dotportion.core.engine;

import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.Ports;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One node of a compiled plan: its handler and direct references to the next node per port. The
 * successor fields are written only by {@link PlanBuilder}, before the plan that holds this node is
 * constructed (its final fields publish them); after that they are only read.
 */
final class PlanNode {
    final String id;
    final String type;
    final NodeHandler handler;
    /** The output fields that hold credentials the node produces (masked in stored traces). */
    final Set<String> credentials;
    PlanNode next;
    PlanNode onTrue;
    PlanNode onFalse;
    PlanNode onError;
    private Map<String, PlanNode> otherPorts = Map.of();

    PlanNode(String id, String type, NodeHandler handler, Set<String> credentials) {
        this.id = id;
        this.type = type;
        this.handler = handler;
        this.credentials = Set.copyOf(credentials);
    }

    /** The node an edge from {@code port} leads to, or null when that port has no edge. */
    PlanNode successor(String port) {
        return switch (port) {
            case Ports.DEFAULT -> next;
            case Ports.TRUE -> onTrue;
            case Ports.FALSE -> onFalse;
            case Ports.ERROR -> onError;
            case null -> next;
            default -> otherPorts.get(port);
        };
    }

    void connect(String port, PlanNode target) {
        switch (port) {
            case Ports.DEFAULT -> next = target;
            case Ports.TRUE -> onTrue = target;
            case Ports.FALSE -> onFalse = target;
            case Ports.ERROR -> onError = target;
            default -> {
                Map<String, PlanNode> others = new HashMap<>(otherPorts);
                others.put(port, target);
                otherPorts = Map.copyOf(others);
            }
        }
    }
}
