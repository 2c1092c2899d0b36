package io.dotportion.core.node;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a node type means to the workflow graph itself, declared in its {@link NodeDescriptor}: the engine
 * and the validation steps ask for a role, never for a type id.
 */
public enum NodeRole {
    /** The entry point: exactly one per workflow; it receives the request value as input. */
    START,
    /** Ends the execution with an HTTP answer: at least one must be reachable from the start. */
    END,
    /** Chooses its "true" or "false" port; DotPortion's export names those edges with trueEdgeId/falseEdgeId. */
    BRANCH,
    /** Runs its "true" port per item and its "false" port when done; the body may return to it. */
    LOOP,
    /** Any other node: runs and follows one of its ports. */
    STEP;

    /** As {@code GET /v1/node-types} names it ({@code loop}): the editor asks roles too, never type ids. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
