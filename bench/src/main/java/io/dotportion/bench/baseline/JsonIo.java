package io.dotportion.bench.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dotportion.core.value.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads JSON bodies within a byte limit and writes JSON answers, as a hand-written endpoint would. */
final class JsonIo {
    /** A parsed request body; {@code value} is null when the request had none. */
    record Body(Object value) {}

    private final long maxBodyBytes;

    JsonIo(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The parsed JSON body, or empty after answering 413 or 400 (too large, malformed). */
    Optional<Body> body(ServerRequest req, ServerResponse res) {
        byte[] bytes;
        try (InputStream in = req.content().inputStream()) {
            bytes = in.readNBytes((int) maxBodyBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBodyBytes) {
            send(res, 413, error("PAYLOAD_TOO_LARGE", "request body exceeds " + maxBodyBytes + " bytes"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Body(bytes.length == 0 ? null : Json.mapper().readValue(bytes, Object.class)));
        } catch (IOException e) {
            send(res, 400, error("INVALID_REQUEST", "malformed JSON body"));
            return Optional.empty();
        }
    }

    void send(ServerResponse res, int status, Object body) {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(bytes);
    }

    /**
     * 400 as the product's parameters node answers it (the node is {@code params} in every load-test workflow),
     * less the product's {@code executionId}: the baseline keeps no execution log.
     */
    void invalid(ServerResponse res, List<Map<String, Object>> details) {
        Map<String, Object> body = error("INVALID_REQUEST", "request validation failed");
        body.put("nodeId", "params");
        body.put("details", details);
        send(res, 400, body);
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return body;
    }
}
