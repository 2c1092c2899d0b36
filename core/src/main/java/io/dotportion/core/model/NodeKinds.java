package io.dotportion.core.model;

/** Ids of the node types whose meaning the workflow graph itself depends on. */
public final class NodeKinds {
    /** The entry point: exactly one per workflow. */
    public static final String API_START = "apiStart";
    /** Ends the execution with an HTTP answer: at least one must be reachable. */
    public static final String RESPONSE = "response";
    /** Branches on "true"/"false"; DotPortion names its edges with trueEdgeId/falseEdgeId. */
    public static final String CONDITION = "condition";
    /** Runs its "true" branch per item; the body may return to it. */
    public static final String LOOP = "loop";

    private NodeKinds() {
    }
}
