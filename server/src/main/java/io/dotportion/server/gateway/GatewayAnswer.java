package io.dotportion.server.gateway;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.http.ResponseHeaderRules;
import io.dotportion.core.value.Json;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ErrorHandlers;
import io.dotportion.server.http.SecurityHeaders;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an execution's answer: its status, the headers a Response node set, and the body as JSON, as
 * the workflow produced them (secrets cannot reach an answer; nothing here rewrites its content). Checked
 * again here, whatever produced the result: a status outside 200..599 becomes a 500, a header a workflow may not set (or a value that could split the
 * header) is not sent, the sandbox policy of the runtime is set last, and 204, 205, 304 and HEAD answers
 * carry no body.
 */
final class GatewayAnswer {
    static final String EXECUTION_HEADER = "X-Execution-Id";
    /** Made once: setting a header by its text looks its name up and checks it on every answer. */
    private static final HeaderName EXECUTION_HEADER_NAME = HeaderNames.create(EXECUTION_HEADER);

    private static final Set<Integer> NO_BODY = Set.of(204, 205, 304);
    private static final String JSON = "application/json";

    private GatewayAnswer() {}

    static void write(ServerResponse res, ExecutionResult result, String executionId, boolean head) {
        if (result.status() < 200 || result.status() > 599) {
            invalidStatus(res, executionId, head);
            return;
        }
        res.status(result.status());
        res.header(EXECUTION_HEADER_NAME, executionId);
        String contentType = null;
        for (Map.Entry<String, String> h : result.headers().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!ResponseHeaderRules.allowed(name) || !ResponseHeaderRules.validValue(h.getValue())) {
                continue;
            }
            if (name.equals("content-type")) {
                contentType = h.getValue();
            } else if (name.equals("vary")) {
                res.headers().add(HeaderNames.VARY, h.getValue()); // keeps the gateway's Vary: Origin
            } else {
                res.header(h.getKey(), h.getValue());
            }
        }
        SecurityHeaders.runtime(res);
        Object body = result.failed() ? withExecutionId(result.body(), executionId) : result.body();
        if (body == null || NO_BODY.contains(result.status())) {
            res.send();
            return;
        }
        boolean asText = body instanceof String
                && contentType != null
                && !contentType.toLowerCase(Locale.ROOT).contains("json");
        res.header(HeaderNames.CONTENT_TYPE, contentType == null ? JSON : contentType);
        byte[] bytes = asText ? ((String) body).getBytes(StandardCharsets.UTF_8) : AnswerJson.bytes(body);
        send(res, bytes, head);
    }

    /**
     * Sends {@code bytes}, or for a HEAD the headers GET would send, {@code Content-Length} of its body included
     * (RFC 9110, 9.3.2), and no body (the server keeps a length set before an empty answer).
     */
    static void send(ServerResponse res, byte[] bytes, boolean head) {
        if (head) {
            res.header(HeaderNames.CONTENT_LENGTH, String.valueOf(bytes.length));
            res.send();
        } else {
            res.send(bytes);
        }
    }

    /** An error answer; for a HEAD, its headers only. */
    static void error(ServerResponse res, ApiException e, boolean head) {
        if (!head) {
            ErrorHandlers.answer(res, e);
            return;
        }
        if (!res.isSent()) {
            res.status(e.status());
            res.header(HeaderNames.CONTENT_TYPE, JSON);
            send(res, Json.write(e.body()).getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /** A result whose status no HTTP answer may have (a 1xx would be read as an interim answer). */
    private static void invalidStatus(ServerResponse res, String executionId, boolean head) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", "EXECUTION_FAILED");
        error.put("message", "the workflow answered with a status outside 200..599");
        error.put("executionId", executionId);
        res.status(500);
        res.header(EXECUTION_HEADER_NAME, executionId);
        SecurityHeaders.runtime(res);
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        send(res, Json.write(error).getBytes(StandardCharsets.UTF_8), head);
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
