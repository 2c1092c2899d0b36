package io.dotportion.server.support;

import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Calls a running platform over HTTP, the way a script or browser would. */
public final class ApiClient {
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Consumer<ApiResponse> listener;

    public ApiClient(int port) {
        this(port, response -> {});
    }

    /** A client that shows every answer it gets to {@code listener} (to search them all afterwards). */
    public ApiClient(int port, Consumer<ApiResponse> listener) {
        this.base = "http://127.0.0.1:" + port;
        this.listener = listener;
    }

    /** A JSON call; {@code body} is serialised unless it is already a String; token may be null. */
    public ApiResponse call(String method, String path, Object body, String token) {
        String text = body == null ? null : body instanceof String s ? s : Json.write(body);
        return raw(
                method,
                path,
                "application/json",
                text == null ? null : text.getBytes(StandardCharsets.UTF_8),
                token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    public ApiResponse raw(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ApiResponse answer =
                    new ApiResponse(response.statusCode(), response.headers().map(), response.body());
            listener.accept(answer);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ApiResponse get(String path, String token) {
        return call("GET", path, null, token);
    }

    public ApiResponse post(String path, Object body, String token) {
        return call("POST", path, body, token);
    }

    public ApiResponse put(String path, Object body, String token) {
        return call("PUT", path, body, token);
    }

    public ApiResponse delete(String path, String token) {
        return call("DELETE", path, null, token);
    }

    /** Creates or replaces a secret; {@code body} is {type, value} or {type, generate}. */
    public ApiResponse putSecret(String token, String projectId, String name, Map<String, Object> body) {
        return put("/v1/projects/" + projectId + "/secrets/" + name, body, token);
    }

    /** Signs a fresh user up and logs them in; returns their session token. */
    public String newUser(String prefix) {
        String username = prefix + "-" + UNIQUE.incrementAndGet();
        String email = username + "@example.com";
        post("/v1/auth/signup", Map.of("email", email, "username", username, "password", "correct horse"), null)
                .expect(201);
        return post("/v1/auth/login", Map.of("email", email, "password", "correct horse"), null)
                .expect(200)
                .map()
                .get("token")
                .toString();
    }

    public String username(String token) {
        return get("/v1/auth/me", token).expect(200).map().get("username").toString();
    }

    public String newProject(String token, String slug) {
        return post("/v1/projects", Map.of("name", "Project " + slug, "slug", slug), token)
                .expect(201)
                .map()
                .get("id")
                .toString();
    }

    public String newWorkflow(String token, String projectId, Object document) {
        return post("/v1/projects/" + projectId + "/workflows", document, token)
                .expect(201)
                .map()
                .get("id")
                .toString();
    }

    public int deploy(String token, String workflowId) {
        return ((Number) post("/v1/workflows/" + workflowId + "/deploy", null, token)
                        .expect(200)
                        .map()
                        .get("version"))
                .intValue();
    }

    /** A workflow document from {@code src/test/resources/workflows/}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> fixture(String name) {
        try (InputStream in = ApiClient.class.getResourceAsStream("/workflows/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return (Map<String, Object>) Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Response headers of one call, first value per name. */
    public static String header(ApiResponse r, String name) {
        return r.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().isEmpty() ? null : e.getValue().getFirst())
                .findFirst()
                .orElse(null);
    }

    public static List<String> headers(ApiResponse r, String name) {
        return r.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }
}
