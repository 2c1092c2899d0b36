package io.dotportion.core.engine;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeError;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values the engine builds from a {@link NodeError}: the HTTP error body and the input of an error edge. */
final class ErrorBodies {
    private ErrorBodies() {}

    /** {@code {"error": CODE, "message": ..., "nodeId": ...}}, {@code details} for INVALID_REQUEST (docs/ERRORS.md). */
    static Map<String, Object> body(NodeError error, String nodeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code().name());
        body.put("message", error.message());
        body.put("nodeId", nodeId);
        if (error.code() == ErrorCode.INVALID_REQUEST) {
            body.put("details", details(error.details()));
        }
        return Collections.unmodifiableMap(body);
    }

    /** {@code {code, message}} (and {@code details} when there are any): the input of the node after an error edge. */
    static Map<String, Object> edgeInput(NodeError error) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("code", error.code().name());
        input.put("message", error.message());
        if (!error.details().isEmpty()) {
            input.put("details", details(error.details()));
        }
        return Collections.unmodifiableMap(input);
    }

    static NodeError timeout(Duration limit) {
        String seconds =
                BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
        return NodeError.of(ErrorCode.TIMEOUT, "execution time limit of " + seconds + "s passed");
    }

    private static List<Object> details(List<FieldError> details) {
        List<Object> out = new ArrayList<>(details.size());
        for (FieldError detail : details) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("field", detail.field());
            field.put("reason", detail.reason());
            out.add(Collections.unmodifiableMap(field));
        }
        return Collections.unmodifiableList(out);
    }
}
