package io.dotportion.cli;

import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for a running server, as a script would call it. */
final class Http {
    record Answer(int status, String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) Json.parse(text);
        }

        Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + text);
            }
            return this;
        }
    }

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer call(String method, String path, Object body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs a user up and logs in; returns the session token. */
    String newUser(String username) {
        call(
                        "POST",
                        "/v1/auth/signup",
                        Map.of("email", username + "@example.com", "username", username, "password", "correct horse"),
                        null)
                .expect(201);
        return call(
                        "POST",
                        "/v1/auth/login",
                        Map.of("email", username + "@example.com", "password", "correct horse"),
                        null)
                .expect(200)
                .map()
                .get("token")
                .toString();
    }

    String newProject(String token, String slug) {
        return call("POST", "/v1/projects", Map.of("name", slug, "slug", slug), token)
                .expect(201)
                .map()
                .get("id")
                .toString();
    }

    /** A deployed POST {path} that signs a token with the jwt secret {@code secret}. */
    void deploySigner(String token, String projectId, String path, String secret) {
        String id = call("POST", "/v1/projects/" + projectId + "/workflows", signer(path, secret), token)
                .expect(201)
                .map()
                .get("id")
                .toString();
        call("POST", "/v1/workflows/" + id + "/deploy", null, token).expect(200);
    }

    /** A POST {path} workflow that signs a token with the jwt secret {@code secret} and answers it. */
    static Map<String, Object> signer(String path, String secret) {
        return Map.of(
                "name",
                "Sign",
                "method",
                "POST",
                "path",
                path,
                "nodes",
                java.util.List.of(
                        Map.of("id", "start", "type", "apiStart", "data", Map.of(), "position", Map.of("x", 0, "y", 0)),
                        Map.of(
                                "id",
                                "sign",
                                "type",
                                "jwtGenerate",
                                "data",
                                Map.of("secret", secret, "payload", Map.of("sub", "someone")),
                                "position",
                                Map.of("x", 0, "y", 0)),
                        Map.of(
                                "id",
                                "ok",
                                "type",
                                "response",
                                "data",
                                Map.of("status", 200),
                                "position",
                                Map.of("x", 0, "y", 0))),
                "edges",
                java.util.List.of(
                        Map.of("id", "e1", "source", "start", "target", "sign"),
                        Map.of("id", "e2", "source", "sign", "target", "ok")));
    }
}
