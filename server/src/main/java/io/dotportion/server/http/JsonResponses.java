package io.dotportion.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dotportion.core.value.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;

/** Writes JSON answers with the platform's one mapper. */
public final class JsonResponses {
    private static final String JSON = "application/json";

    private JsonResponses() {}

    public static void send(ServerResponse res, int status, Object body) {
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        res.send(bytes);
    }

    public static void ok(ServerResponse res, Object body) {
        send(res, 200, body);
    }

    public static void created(ServerResponse res, Object body) {
        send(res, 201, body);
    }

    public static void noContent(ServerResponse res) {
        res.status(204);
        res.send();
    }

    public static void error(ServerResponse res, ApiException e) {
        send(res, e.status(), e.body());
    }
}
