package io.dotportion.core.node;

/** A node compiled for one deployed version: config bound, templates parsed, scripts prepared. */
@FunctionalInterface
public interface NodeHandler {
    NodeOutcome execute(NodeContext context);
}
