package io.dotportion.server.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.Workflows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Real answers of the management API, successes and failures, over HTTP, each validated against
 * {@code GET /v1/openapi.json}: its status must be documented for the route and its body must match the
 * documented schema. The problems name the route, the status and the mismatch.
 */
@PlatformTest
class ManagementApiConformanceTest {
    private final ApiClient api;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();
    private SpecConformance spec;
    private String token;

    ManagementApiConformanceTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void real_answers_of_the_management_api_match_its_openapi_document() {
        token = api.newUser("spec");
        spec = new SpecConformance(
                api.get("/v1/openapi.json", token).expect(200).text());
        accounts();
        String pid = projects();
        String wid = workflows(pid);
        secretsAndEnvironments(pid);
        data(pid);
        teardown(pid, wid);

        assertThat(problems).as("answers that depart from /v1/openapi.json").isEmpty();
        assertThat(covered).as("routes whose answers were checked").hasSizeGreaterThanOrEqualTo(30);
    }

    private void accounts() {
        String email = "spec-" + System.nanoTime() + "@example.com";
        check(
                "POST",
                "/v1/auth/signup",
                Map.of("email", email, "username", "s" + System.nanoTime(), "password", "correct horse"),
                null,
                201);
        check("POST", "/v1/auth/signup", Map.of("email", "x"), null, 400);
        check("POST", "/v1/auth/login", Map.of("email", email, "password", "correct horse"), null, 200);
        check("POST", "/v1/auth/login", Map.of("email", email, "password", "wrong"), null, 401);
        check("GET", "/v1/auth/me", null, token, 200);
        check("GET", "/v1/auth/me", null, null, 401);
        check("GET", "/v1/auth/session", null, token, 200);
        check("GET", "/v1/auth/session", null, null, 200);
        ApiResponse created = check("POST", "/v1/tokens", Map.of("name", "ci", "scope", "read"), token, 201);
        check("GET", "/v1/tokens", null, token, 200);
        check("DELETE", "/v1/tokens/" + created.map().get("id"), null, token, 204);
        check("GET", "/v1/node-types", null, token, 200);
        check("GET", "/v1/templates", null, token, 200);
        check("GET", "/v1/openapi.json", null, token, 200);
    }

    private String projects() {
        String slug = "spec" + System.nanoTime();
        String pid = check("POST", "/v1/projects", Map.of("name", "Spec", "slug", slug), token, 201)
                .map()
                .get("id")
                .toString();
        check("POST", "/v1/projects", Map.of("name", "Again", "slug", slug), token, 409);
        check("GET", "/v1/projects", null, token, 200);
        check("GET", "/v1/projects/" + pid, null, token, 200);
        check("GET", "/v1/projects/000000000000000000000000", null, token, 404);
        check("PATCH", "/v1/projects/" + pid, Map.of("name", "Spec renamed"), token, 200);
        String other = api.newUser("spec-member");
        String username = api.username(other);
        ApiResponse member = check(
                "POST", "/v1/projects/" + pid + "/members", Map.of("username", username, "role", "viewer"), token, 201);
        check("GET", "/v1/projects/" + pid + "/members", null, token, 200);
        String userId = member.map().get("userId").toString();
        check("PATCH", "/v1/projects/" + pid + "/members/" + userId, Map.of("role", "editor"), token, 200);
        check("DELETE", "/v1/projects/" + pid + "/members/" + userId, null, token, 204);
        return pid;
    }

    private String workflows(String pid) {
        Map<String, Object> document = Workflows.chain(
                "hello", "GET", "/hello", List.of(Workflows.node("answer", ResponseNode.ID, Map.of("status", 200))));
        String base = "/v1/projects/" + pid + "/workflows";
        String wid = check("POST", base, document, token, 201).map().get("id").toString();
        check("POST", base, Map.of("name", "broken"), token, 400);
        check("POST", base + "/validate", document, token, 200);
        check("GET", base, null, token, 200);
        check("GET", "/v1/workflows/" + wid, null, token, 200);
        check("PUT", "/v1/workflows/" + wid, document, token, 200);
        check("POST", "/v1/workflows/" + wid + "/validate", null, token, 200);
        check("GET", "/v1/workflows/" + wid + "/export", null, token, 200);
        check("POST", "/v1/workflows/" + wid + "/deploy", null, token, 200);
        check("GET", "/v1/workflows/" + wid + "/versions", null, token, 200);
        check("GET", "/v1/workflows/" + wid + "/versions/1", null, token, 200);
        check("POST", "/v1/workflows/" + wid + "/rollback", Map.of("version", 1), token, 200);
        check("POST", "/v1/workflows/" + wid + "/test-run", Map.of("method", "GET"), token, 200);
        check("GET", "/v1/projects/" + pid + "/executions", null, token, 200);
        check("GET", "/v1/projects/" + pid + "/executions/000000000000000000000000", null, token, 404);
        check("GET", "/v1/projects/" + pid + "/stats", null, token, 200);
        check("GET", "/v1/workflows/" + wid + "/stats", null, token, 200);
        check("GET", "/v1/projects/" + pid + "/openapi.json", null, token, 200);
        check("POST", "/v1/workflows/" + wid + "/undeploy", null, token, 200);
        return wid;
    }

    private void secretsAndEnvironments(String pid) {
        String base = "/v1/projects/" + pid;
        check("PUT", base + "/secrets/api_key", Map.of("type", "bearer", "value", "s3cr3t-value"), token, 201);
        check("PUT", base + "/secrets/api_key", Map.of("type", "bearer", "value", "s3cr3t-other"), token, 200);
        check("PUT", base + "/secrets/bad%20name", Map.of("type", "string", "value", "v"), token, 400);
        check("GET", base + "/secrets", null, token, 200);
        check("GET", base + "/secrets/api_key", null, token, 200);
        check("GET", base + "/audit", null, token, 200);
        check("POST", base + "/secrets/api_key/promote", null, token, 409);
        check("DELETE", base + "/secrets/api_key", null, token, 204);
        check("GET", base + "/environments", null, token, 200);
        check("PUT", base + "/environments/staging", null, token, 201);
        check("DELETE", base + "/environments/staging", null, token, 204);
    }

    private void data(String pid) {
        String base = "/v1/projects/" + pid + "/data/collections";
        check("PUT", base + "/notes/schema", Map.of("type", "object"), token, 200);
        check("GET", base + "/notes/schema", null, token, 200);
        ApiResponse inserted = check("POST", base + "/notes/documents", Map.of("text", "hi"), token, 201);
        check("GET", base, null, token, 200);
        check("GET", base + "/notes/documents", null, token, 200);
        Object id = inserted.status() == 201 ? inserted.map().get("_id") : "none";
        check("GET", base + "/notes/documents/" + id, null, token, 200);
        check("PUT", base + "/notes/documents/" + id, Map.of("text", "bye"), token, 200);
        check("DELETE", base + "/notes/documents/" + id, null, token, 204);
        check("DELETE", base + "/notes/schema", null, token, 204);
    }

    private void teardown(String pid, String wid) {
        check("DELETE", "/v1/workflows/" + wid, null, token, 204);
        check("DELETE", "/v1/projects/" + pid, null, token, 200);
        check("POST", "/v1/auth/logout", null, token, 204);
    }

    /** Calls the route, records where its answer departs from the document, and whether the status was the one expected. */
    private ApiResponse check(String method, String path, Object body, String auth, int expected) {
        ApiResponse answer = api.call(method, path, body, auth);
        if (answer.status() != expected) {
            problems.add(method + " " + path + " answered " + answer.status() + " (expected " + expected + "): "
                    + answer.text());
        }
        problems.addAll(spec.problems(method, path, answer));
        spec.template(method, path).ifPresent(t -> covered.add(method + " " + t));
        return answer;
    }
}
