package io.dotportion.core.node;

import io.dotportion.core.limit.Limits;

/** What a node type may consult while compiling. */
public interface CompileContext {

    /** The node being compiled. */
    String nodeId();

    Limits limits();

    /** True when an edge leaves the node being compiled from {@code port} (e.g. {@link Ports#ERROR}). */
    default boolean connected(String port) {
        return false;
    }
}
