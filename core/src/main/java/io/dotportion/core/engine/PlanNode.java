package io.dotportion.core.engine;

import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.Ports;
import java.util.Map;
import java.util.Set;

/**
 * One node of a compiled plan: its handler and, per port, the position of the next node in the plan's node
 * array. Every field is final; the shared array is filled by {@link PlanBuilder} before the plan that holds
 * these nodes is constructed (its final fields publish it) and only read after that. Loops make the graph
 * cyclic, so successors are positions rather than references fixed at construction.
 */
final class PlanNode {
    private static final int NONE = -1;

    final String id;
    final String type;
    final NodeHandler handler;
    /** The output fields that hold credentials the node produces (masked in stored traces). */
    final Set<String> credentials;

    private final PlanNode[] plan;
    private final int next;
    private final int onTrue;
    private final int onFalse;
    private final int onError;
    private final Map<String, Integer> otherPorts;

    /** @param targets the position each port's edge leads to */
    PlanNode(
            String id,
            String type,
            NodeHandler handler,
            Set<String> credentials,
            PlanNode[] plan,
            Map<String, Integer> targets) {
        this.id = id;
        this.type = type;
        this.handler = handler;
        this.credentials = Set.copyOf(credentials);
        this.plan = plan;
        this.next = targets.getOrDefault(Ports.DEFAULT, NONE);
        this.onTrue = targets.getOrDefault(Ports.TRUE, NONE);
        this.onFalse = targets.getOrDefault(Ports.FALSE, NONE);
        this.onError = targets.getOrDefault(Ports.ERROR, NONE);
        this.otherPorts = Map.copyOf(targets);
    }

    /** The node an edge from {@code port} leads to, or null when that port has no edge. */
    PlanNode successor(String port) {
        return switch (port) {
            case Ports.DEFAULT -> at(next);
            case Ports.TRUE -> at(onTrue);
            case Ports.FALSE -> at(onFalse);
            case Ports.ERROR -> at(onError);
            case null -> at(next);
            default -> at(otherPorts.getOrDefault(port, NONE));
        };
    }

    PlanNode onTrue() {
        return at(onTrue);
    }

    PlanNode onFalse() {
        return at(onFalse);
    }

    PlanNode onError() {
        return at(onError);
    }

    private PlanNode at(int position) {
        return position == NONE ? null : plan[position];
    }
}
