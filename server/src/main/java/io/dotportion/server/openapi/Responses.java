package io.dotportion.server.openapi;

import io.dotportion.core.model.NodeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The responses of an operation: one per status an answering node sends ({@code default} when its status is a
 * template), then the platform's error answers that can occur for this workflow, each with the {@code Error}
 * schema: the statuses the workflow's node types declare among their errors (400 for parameters or a
 * database, 401 for a token check, 502 for a database), 400 and 413 for a request body, 429 for the
 * project's rate limit, and 500 and 504 always.
 */
final class Responses {
    static final String ERROR_SCHEMA = "#/components/schemas/Error";

    private Responses() {}

    static Map<String, Object> of(List<NodeSpec> nodes, NodeHints hints, boolean bodyMethod, boolean rateLimited) {
        Map<String, String> byStatus = new TreeMap<>();
        for (NodeSpec node : nodes) {
            String statusField = hints.of(node).answerStatusField();
            if (statusField != null) {
                byStatus.merge(status(node.data().get(statusField)), name(node), (a, b) -> a + ", " + b);
            }
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        byStatus.forEach((status, sources) -> responses.put(
                status,
                Map.of(
                        "description",
                        "The answer of response " + sources,
                        "content",
                        Map.of("application/json", Map.of("schema", Map.of())))));
        error(
                responses,
                bodyMethod || hints.anyCanFail(nodes, 400),
                "400",
                "Invalid request: every failing field in details");
        error(responses, hints.anyCanFail(nodes, 401), "401", "Missing, invalid or expired token");
        error(responses, bodyMethod, "413", "Request body over the size limit");
        error(responses, rateLimited, "429", "Rate limited");
        error(responses, true, "500", "A node failed");
        error(responses, hints.anyCanFail(nodes, 502), "502", "The database is unreachable");
        error(responses, true, "504", "The execution time limit passed");
        return responses;
    }

    private static void error(Map<String, Object> responses, boolean applies, String status, String description) {
        if (applies && !responses.containsKey(status)) {
            responses.put(
                    status,
                    Map.of(
                            "description",
                            description,
                            "content",
                            Map.of("application/json", Map.of("schema", Map.of("$ref", ERROR_SCHEMA)))));
        }
    }

    /** The node as a person knows it: its label with the id second, or the id when it has no label. */
    private static String name(NodeSpec node) {
        return node.data().get("label") instanceof String label && !label.isBlank()
                ? "'" + label.strip() + "' (node " + node.id() + ")"
                : "node '" + node.id() + "'";
    }

    /** A literal status (number or numeric text, 100..599), 200 when absent, else {@code default}. */
    private static String status(Object value) {
        if (value == null) {
            return "200";
        }
        String text = String.valueOf(value).strip();
        if (value instanceof Number n && n.doubleValue() == Math.floor(n.doubleValue())) {
            text = Long.toString(n.longValue());
        }
        return text.matches("[1-5][0-9][0-9]") ? text : "default";
    }

    /** The schema of every error answer (docs/ERRORS.md). */
    static Map<String, Object> errorSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("error", Map.of("type", "string", "description", "A stable code such as INVALID_REQUEST"));
        properties.put("message", Map.of("type", "string"));
        properties.put("executionId", Map.of("type", "string"));
        properties.put("nodeId", Map.of("type", "string"));
        properties.put(
                "details",
                Map.of(
                        "type",
                        "array",
                        "items",
                        Map.of(
                                "type",
                                "object",
                                "properties",
                                Map.of("field", Map.of("type", "string"), "reason", Map.of("type", "string")))));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", List.of("error", "message"));
        schema.put("properties", properties);
        return schema;
    }
}
