package io.dotportion.e2e.support;

import com.fasterxml.jackson.core.type.TypeReference;
import io.dotportion.core.value.Json;
import java.net.http.HttpResponse;
import java.util.Map;

/** Management API calls with a bearer token, for setting up what a test then looks at in the browser. */
public final class Api {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private final Http http;
    private final String token;

    public Api(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    public Map<String, Object> call(String method, String path, Object body, int expectedStatus) {
        HttpResponse<String> answer = http.send(method, path, body == null ? null : Json.write(body), token);
        if (answer.statusCode() != expectedStatus) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? Map.of() : Json.mapper().convertValue(Json.parse(answer.body()), MAP);
    }
}
