package io.dotportion.core.node;

import java.util.List;
import java.util.Map;

/** What a node decided. The engine switches over this closed set. */
public sealed interface NodeOutcome {

    /** Continue along the edge leaving {@code port} ({@link Ports#DEFAULT}, "true", "false"), carrying {@code output}. */
    record Next(String port, Object output) implements NodeOutcome {}

    /** End the execution with this HTTP answer. */
    record Respond(int status, Map<String, String> headers, Object body) implements NodeOutcome {
        public Respond {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    /** The node failed. Follows the node's "error" edge when connected, else ends the execution. */
    record Fail(NodeError error) implements NodeOutcome {}

    /** Run the node's "true" branch once per item, then continue on "false" with the collected outputs. */
    record Iterate(List<Object> items) implements NodeOutcome {
        public Iterate {
            items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        }
    }

    static NodeOutcome next(Object output) {
        return new Next(Ports.DEFAULT, output);
    }

    static NodeOutcome fail(ErrorCode code, String message) {
        return new Fail(NodeError.of(code, message));
    }
}
