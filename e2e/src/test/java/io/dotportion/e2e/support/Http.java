package io.dotportion.e2e.support;

import io.dotportion.core.value.Json;
import io.dotportion.server.support.RunningPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Plain HTTP calls to the running platform, as a client of a deployed endpoint would make them. */
public final class Http {
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RunningPlatform platform;

    public Http(RunningPlatform platform) {
        this.platform = platform;
    }

    public HttpResponse<String> send(String method, String path, String jsonBody) {
        return send(method, path, jsonBody, null);
    }

    /** A call with an optional bearer token. */
    public HttpResponse<String> send(String method, String path, String jsonBody, String token) {
        return send(method, path, jsonBody, token, Map.of());
    }

    public HttpResponse<String> send(
            String method, String path, String jsonBody, String token, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(platform.url(path))).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** Logs in over the API and answers the session token. */
    public String login(String email, String password) {
        HttpResponse<String> answer =
                send("POST", "/v1/auth/login", Json.write(Map.of("email", email, "password", password)));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + answer.statusCode());
        }
        return (String) ((Map<?, ?>) Json.parse(answer.body())).get("token");
    }
}
