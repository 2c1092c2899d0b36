package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PlatformTest
class StatsApiTest {
    private RunningPlatform platform;
    private ApiClient api;
    private String token;

    @BeforeAll
    void start(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api();
        token = api.newUser("stats");
    }

    @Test
    void calls_errors_and_status_codes_are_counted_per_workflow_and_per_project() {
        String projectId = api.newProject(token, "counted");
        String getUser = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        String people = api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json"));
        api.deploy(token, getUser);
        api.deploy(token, people);
        String base = "/api/" + api.username(token) + "/counted";
        for (int i = 0; i < 5; i++) {
            api.get(base + "/users/" + i, null).expect(200);
        }
        for (int i = 0; i < 3; i++) {
            api.post(base + "/people", Map.of("name", "ada", "age", 30 + i), null)
                    .expect(200);
        }
        api.post(base + "/people", Map.of("name", "tim", "age", 12), null).expect(400);
        api.post(base + "/people", Map.of("age", "old"), null).expect(400);

        Map<String, Object> project = statsUntil("/v1/projects/" + projectId + "/stats", 10);
        assertThat(totals(project))
                .containsEntry("calls", 10)
                .containsEntry("errors", 1)
                .containsEntry("statusCodes", Map.of("200", 8, "400", 2));
        assertThat((List<?>) project.get("workflows")).hasSize(2);

        Map<String, Object> workflow = statsUntil("/v1/workflows/" + people + "/stats?granularity=day", 5);
        assertThat(totals(workflow))
                .containsEntry("calls", 5)
                .containsEntry("errors", 1)
                .containsEntry("statusCodes", Map.of("200", 3, "400", 2));
        assertThat(workflow.get("granularity")).isEqualTo("day");
        assertThat(workflow).doesNotContainKey("workflows");
    }

    @Test
    void percentiles_are_reported_in_order_for_the_totals_and_the_current_bucket() {
        String projectId = api.newProject(token, "latency");
        String workflowId = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, workflowId);
        String base = "/api/" + api.username(token) + "/latency";
        for (int i = 0; i < 20; i++) {
            api.get(base + "/users/" + i, null).expect(200);
        }

        Map<String, Object> stats = statsUntil("/v1/workflows/" + workflowId + "/stats", 20);
        Map<String, Object> totals = totals(stats);
        double p50 = ((Number) totals.get("p50")).doubleValue();
        double p95 = ((Number) totals.get("p95")).doubleValue();
        double p99 = ((Number) totals.get("p99")).doubleValue();
        assertThat(p50).isPositive().isLessThanOrEqualTo(p95);
        assertThat(p95).isLessThanOrEqualTo(p99);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> buckets = (List<Map<String, Object>>) stats.get("buckets");
        assertThat(buckets).hasSize(24);
        Map<String, Object> current = buckets.getLast();
        assertThat(current).containsEntry("calls", 20).containsEntry("p99", totals.get("p99"));
        assertThat(buckets.getFirst()).containsEntry("calls", 0).containsEntry("p50", null);
    }

    @Test
    void test_runs_are_not_counted() {
        String projectId = api.newProject(token, "drafts");
        String workflowId = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.post("/v1/workflows/" + workflowId + "/test-run", Map.of("path", "/users/7"), token)
                .expect(200);
        platform.flushStats();

        assertThat(totals(api.get("/v1/workflows/" + workflowId + "/stats", token)
                        .expect(200)
                        .map()))
                .containsEntry("calls", 0)
                .containsEntry("p50", null);
    }

    @Test
    void another_users_project_and_workflow_stats_answer_404() {
        String projectId = api.newProject(token, "private-stats");
        String workflowId = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        String other = api.newUser("stranger");

        assertThat(api.get("/v1/projects/" + projectId + "/stats", other).status())
                .isEqualTo(404);
        assertThat(api.get("/v1/workflows/" + workflowId + "/stats", other).status())
                .isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/stats", null).status())
                .isEqualTo(401);
    }

    @Test
    void a_bad_granularity_or_range_is_refused_with_400() {
        String projectId = api.newProject(token, "ranges");
        String path = "/v1/projects/" + projectId + "/stats";

        assertThat(api.get(path + "?granularity=week", token).status()).isEqualTo(400);
        assertThat(api.get(path + "?from=yesterday", token).status()).isEqualTo(400);
        assertThat(api.get(path + "?from=2025-02-01&to=2025-01-01", token).status())
                .isEqualTo(400);
        assertThat(api.get(path + "?from=2025-01-01&to=2025-03-01", token).status())
                .isEqualTo(400);
        Map<String, Object> days = api.get(path + "?granularity=day&from=2025-01-01&to=2025-03-01", token)
                .expect(200)
                .map();
        assertThat((List<?>) days.get("buckets")).hasSize(59);
        assertThat(days).containsEntry("from", "2025-01-01T00:00:00Z").containsEntry("to", "2025-03-01T00:00:00Z");
    }

    /** Flushes and reads until the totals show {@code calls} (runs are counted after their answer is sent). */
    private Map<String, Object> statsUntil(String path, int calls) {
        return Poll.until(
                Duration.ofSeconds(10),
                () -> {
                    platform.flushStats();
                    return api.get(path, token).expect(200).map();
                },
                stats -> ((Number) totals(stats).get("calls")).intValue() >= calls,
                "the stats to count " + calls + " calls");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> totals(Map<String, Object> stats) {
        return (Map<String, Object>) stats.get("totals");
    }
}
