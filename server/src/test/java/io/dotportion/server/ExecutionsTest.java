package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class ExecutionsTest {
    private final ApiClient api;
    private final String token;

    ExecutionsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_test_run_answers_with_the_per_node_trace_of_the_draft() {
        String projectId = api.newProject(token, "trial");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json"));
        Map<String, Object> run = api.post(
                        "/v1/workflows/" + id + "/test-run", Map.of("body", Map.of("name", "ada", "age", 36)), token)
                .expect(200)
                .map();
        assertThat(run).containsEntry("status", 200).containsKeys("headers", "durationMs", "executionId");
        assertThat(run.get("body")).isEqualTo(Map.of("welcome", "ADA", "age", 36));
        List<Map<String, Object>> trace = (List<Map<String, Object>>) run.get("trace");
        assertThat(trace)
                .extracting(e -> e.get("nodeId"))
                .containsExactly("start", "params", "shape", "check", "welcome");
        assertThat(trace.get(2).get("output")).isEqualTo(Map.of("name", "ADA", "age", 36, "adult", true));
        assertThat(api.get("/api/" + api.username(token) + "/trial/people", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void an_unreadable_update_leaves_the_draft_as_it_was_for_test_runs() {
        String projectId = api.newProject(token, "trial-bad");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        assertThat(api.call("PUT", "/v1/workflows/" + id, List.of("not", "a", "workflow"), token)
                        .status())
                .isEqualTo(400);
        ApiResponse run = api.post("/v1/workflows/" + id + "/test-run", Map.of("params", Map.of("id", "9")), token);
        assertThat(run.expect(200).map())
                .containsEntry("status", 200)
                .containsEntry("body", Map.of("id", "9", "source", "param"));
    }

    @Test
    void a_draft_saved_with_errors_is_refused_by_test_runs_with_every_error() {
        String projectId = api.newProject(token, "trial-broken");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.call("PUT", "/v1/workflows/" + id, ApiClient.fixture("broken.json"), token)
                .expect(200);

        ApiResponse run = api.post("/v1/workflows/" + id + "/test-run", Map.of(), token);

        assertThat(run.status()).isEqualTo(400);
        assertThat(run.error()).isEqualTo("INVALID_WORKFLOW");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deployed_runs_are_listed_newest_first_with_their_traces() {
        String projectId = api.newProject(token, "logged");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, id);
        String base = "/api/" + api.username(token) + "/logged/users/";
        for (int i = 1; i <= 3; i++) {
            api.get(base + i, null).expect(200);
        }
        String url = "/v1/projects/" + projectId + "/executions?workflowId=" + id;
        List<Object> listed = Poll.until(
                Duration.ofSeconds(10),
                () -> deployed(api.get(url, token).expect(200).list()),
                l -> l.size() >= 3,
                "three runs in the execution list");
        assertThat(listed).hasSize(3);
        List<Map<String, Object>> executions =
                listed.stream().map(e -> (Map<String, Object>) e).toList();
        assertThat(executions).extracting(e -> e.get("path")).containsExactly("/users/3", "/users/2", "/users/1");
        Map<String, Object> newest = executions.get(0);
        assertThat(newest)
                .containsEntry("workflowId", id)
                .containsEntry("version", 1)
                .containsEntry("httpStatus", 200)
                .containsEntry("kind", "deployed");
        assertThat((List<Object>) newest.get("trace")).hasSize(2);

        String executionId = newest.get("id").toString();
        assertThat(api.get("/v1/projects/" + projectId + "/executions/" + executionId, token)
                        .expect(200)
                        .map())
                .containsEntry("id", executionId);
        assertThat(api.get("/v1/projects/" + projectId + "/executions?limit=1", token)
                        .expect(200)
                        .list())
                .hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void logged_runs_are_filtered_by_kind_version_and_http_status_as_the_gateway_and_test_runs_logged_them() {
        String projectId = api.newProject(token, "kinds");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, id);
        api.get("/api/" + api.username(token) + "/kinds/users/7", null).expect(200);
        String testRun = api.post("/v1/workflows/" + id + "/test-run", Map.of("params", Map.of("id", "8")), token)
                .expect(200)
                .map()
                .get("executionId")
                .toString();
        String base = "/v1/projects/" + projectId + "/executions?workflowId=" + id;
        Poll.until(
                Duration.ofSeconds(10),
                () -> api.get(base, token).expect(200).list(),
                l -> l.size() >= 2,
                "both runs in the log");

        List<Object> tests = api.get(base + "&kind=test", token).expect(200).list();
        List<Object> deployed = api.get(base + "&kind=deployed&version=1&httpStatus=2xx", token)
                .expect(200)
                .list();

        assertThat(tests).extracting(e -> ((Map<String, Object>) e).get("id")).containsExactly(testRun);
        assertThat(deployed)
                .extracting(e -> ((Map<String, Object>) e).get("path"))
                .containsExactly("/users/7");
        assertThat(api.get(base + "&kind=deployed&version=2", token).expect(200).list())
                .isEmpty();
        assertThat(api.get(base + "&httpStatus=5xx", token).expect(200).list()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Object> deployed(List<Object> executions) {
        return executions.stream()
                .filter(e -> "deployed".equals(((Map<String, Object>) e).get("kind")))
                .toList();
    }
}
