package io.dotportion.server.gateway;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.value.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an execution's answer: its status, the headers a Response node set, and the body as JSON, as the
 * workflow produced them (secrets cannot reach an answer; nothing here rewrites one).
 */
final class GatewayAnswer {
    static final String EXECUTION_HEADER = "X-Execution-Id";
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "connection");
    private static final String JSON = "application/json";

    private GatewayAnswer() {
    }

    static void write(ServerResponse res, ExecutionResult result, String executionId) {
        res.status(result.status());
        res.header(EXECUTION_HEADER, executionId);
        String contentType = null;
        for (Map.Entry<String, String> h : result.headers().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (FRAMING.contains(name)) {
                continue;
            }
            if (name.equals("content-type")) {
                contentType = h.getValue();
            } else {
                res.header(h.getKey(), h.getValue());
            }
        }
        Object body = result.failed() ? withExecutionId(result.body(), executionId) : result.body();
        if (body == null) {
            res.send();
            return;
        }
        boolean asText = body instanceof String && contentType != null
                && !contentType.toLowerCase(Locale.ROOT).contains("json");
        res.header(HeaderNames.CONTENT_TYPE, contentType == null ? JSON : contentType);
        res.send(asText ? ((String) body).getBytes(StandardCharsets.UTF_8) : Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    private static Object withExecutionId(Object body, String executionId) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (body instanceof Map<?, ?> map) {
            map.forEach((k, v) -> error.put(String.valueOf(k), v));
        }
        error.put("executionId", executionId);
        return error;
    }
}
