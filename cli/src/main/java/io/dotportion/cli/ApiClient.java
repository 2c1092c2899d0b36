package io.dotportion.cli;

import io.dotportion.core.value.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The /v1 API as a command calls it: JSON in and out, a bearer token, a failure as one readable line. */
final class ApiClient {
    private final HttpClient http;
    private final String base;
    private final String token;
    private final Duration timeout;

    ApiClient(String url, String token, Duration timeout) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Calls the API with a JSON body (or none) and returns the parsed answer; any non-2xx answer fails. */
    Object call(String method, String path, Object body) {
        String text = send(method, path, body == null ? null : Json.write(body));
        return text.isBlank() ? null : Json.parse(text);
    }

    /** As {@link #call}, with a body already in JSON text (sent as it is). */
    String send(String method, String path, String jsonBody) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        jsonBody == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliFailure(
                    "cannot reach the server at " + base + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted while calling " + base);
        }
        if (response.statusCode() / 100 != 2) {
            throw new CliFailure(failure(response));
        }
        return response.body();
    }

    private URI uri(String path) {
        try {
            return URI.create(base + path);
        } catch (IllegalArgumentException e) {
            throw new CliFailure("not a usable server URL: " + base);
        }
    }

    private static String failure(HttpResponse<String> response) {
        String summary = "the server answered " + response.statusCode();
        try {
            if (Json.parse(response.body()) instanceof Map<?, ?> error && error.get("error") != null) {
                return summary + " " + error.get("error") + ": " + error.get("message")
                        + Violations.lines(error.get("violations"));
            }
        } catch (IllegalArgumentException e) {
            // not JSON: the status alone
        }
        return summary;
    }
}
