package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.PrometheusSamples;
import io.dotportion.server.support.SignedUpUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PlatformTest
class MetricsTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** The fixture's script counts runs, not time: a loaded machine must not time it out. */
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
            c -> c.withLimits(Limits.defaults().withScriptTimeout(Duration.ofSeconds(30))));

    private final ApiClient api;
    private final String token;
    private final String base;
    private final String projectId;
    private final String workflowId;

    MetricsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("watched");
        workflowId = api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json"));
        api.deploy(token, workflowId);
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json")));
        base = user.base("watched");
    }

    @Test
    void metrics_parse_as_prometheus_text_with_a_type_for_every_family() {
        ApiResponse r = api.get("/metrics", null).expect(200);

        assertThat(ApiClient.header(r, "Content-Type")).startsWith("text/plain; version=0.0.4");
        PrometheusSamples parsed = PrometheusSamples.parse(r.text());
        assertThat(parsed.types())
                .containsEntry("dotportion_http_requests_total", "counter")
                .containsEntry("dotportion_http_request_duration_seconds", "histogram")
                .containsEntry("http_server_requests_seconds", "histogram")
                .containsEntry("dotportion_executions_total", "counter")
                .containsEntry("dotportion_js_contexts", "gauge")
                .containsEntry("dotportion_js_pool_size", "gauge")
                .containsEntry("dotportion_js_stuck_runs", "gauge")
                .containsEntry("dotportion_mongo_pool_connections", "gauge")
                .containsEntry("dotportion_execution_log_queue", "gauge")
                .containsEntry("dotportion_execution_log_sampled_out_total", "counter")
                .containsEntry("dotportion_secret_cache_total", "counter");
        assertThat(parsed.value("dotportion_js_stuck_runs", Map.of())).isZero();
        assertThat(parsed.value("dotportion_js_pool_size", Map.of())).isPositive();
        assertThat(parsed.value("dotportion_mongo_pool_connections", Map.of("state", "open")))
                .isPositive();
        assertThat(parsed.value("dotportion_mongo_pool_max_connections", Map.of()))
                .isPositive();
    }

    @Test
    void jvm_process_and_system_meters_are_shown() {
        PrometheusSamples parsed = scrape();

        assertThat(parsed.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(parsed.types())
                .containsKeys(
                        "jvm_memory_committed_bytes",
                        "jvm_memory_max_bytes",
                        "jvm_threads_live_threads",
                        "jvm_threads_states_threads",
                        "jvm_classes_loaded_classes",
                        "jvm_compilation_time_ms_total",
                        "jvm_info",
                        "jvm_gc_memory_allocated_bytes_total",
                        "process_cpu_usage",
                        "process_uptime_seconds",
                        "process_start_time_seconds",
                        "system_cpu_count");
        assertThat(parsed.value("jvm_threads_live_threads", Map.of())).isPositive();
    }

    @Test
    void the_platform_store_client_shows_its_pool_and_command_metrics_without_its_address() {
        api.get("/v1/projects", token).expect(200);
        PrometheusSamples parsed = scrape();

        Map<String, String> platform = Map.of("client", "platform");
        assertThat(parsed.sum("mongodb_driver_pool_size", platform)).isPositive();
        assertThat(parsed.types()).containsKeys("mongodb_driver_pool_checkedout", "mongodb_driver_pool_waitqueuesize");
        assertThat(parsed.sum(
                        "mongodb_driver_commands_seconds_count", Map.of("client", "platform", "status", "SUCCESS")))
                .isPositive();
        assertThat(parsed.matching("mongodb_driver_pool_size", platform))
                .allSatisfy(s -> assertThat(s.labels()).doesNotContainKey("server_address"));
        assertThat(scrapeText()).doesNotContain("127.0.0.1").doesNotContain("localhost");
    }

    @Test
    void requests_executions_and_workflow_latency_count_the_calls_a_test_made() {
        PrometheusSamples before = scrape();
        for (int i = 0; i < 3; i++) {
            api.post(base + "/people", Map.of("name", "ada", "age", 40), null).expect(200);
        }
        api.post(base + "/people", Map.of("age", "old"), null).expect(400);
        api.get(base + "/nowhere", null).expect(404);
        api.get("/v1/projects", token).expect(200);

        PrometheusSamples after = Poll.until(
                BOUND,
                this::scrape,
                now -> delta(before, now, "dotportion_workflow_duration_seconds_count", Map.of("workflow", workflowId))
                                == 4
                        && delta(before, now, "dotportion_http_requests_total", Map.of("kind", "v1", "status", "2xx"))
                                >= 1
                        && delta(before, now, "dotportion_http_requests_total", Map.of("kind", "api", "status", "4xx"))
                                == 2,
                "4 runs, a v1 2xx and two api 4xx in the metrics");

        assertThat(delta(before, after, "dotportion_http_requests_total", Map.of("kind", "api", "status", "2xx")))
                .isEqualTo(3);
        assertThat(delta(before, after, "dotportion_executions_total", Map.of("kind", "deployed", "status", "ok")))
                .isEqualTo(3);
        assertThat(delta(before, after, "dotportion_executions_total", Map.of("kind", "deployed", "status", "error")))
                .isEqualTo(1);
        assertThat(delta(
                        before,
                        after,
                        "dotportion_workflow_executions_total",
                        Map.of("workflow", workflowId, "status", "ok")))
                .isEqualTo(3);
        assertThat(delta(
                        before,
                        after,
                        "dotportion_workflow_executions_total",
                        Map.of("workflow", workflowId, "status", "error")))
                .isEqualTo(1);
        assertThat(after.value(
                        "dotportion_workflow_duration_seconds_bucket", Map.of("workflow", workflowId, "le", "+Inf")))
                .isEqualTo(after.value("dotportion_workflow_duration_seconds_count", Map.of("workflow", workflowId)));
    }

    @Test
    void a_deployed_endpoint_is_timed_under_its_path_template_and_project_never_its_raw_path() {
        PrometheusSamples before = scrape();
        api.post(base + "/people", Map.of("name", "ada", "age", 40), null).expect(200);
        api.get(base + "/users/u-123", null).expect(200);
        api.get(base + "/users/u-456", null).expect(200);

        PrometheusSamples after = Poll.until(
                BOUND,
                this::scrape,
                now -> http(before, now, "/users/{id}", "GET", "200") == 2
                        && http(before, now, "/people", "POST", "200") == 1,
                "two GET /users/{id} and one POST /people in http_server_requests_seconds");

        assertThat(after.matching("http_server_requests_seconds_count", Map.of("route", "/users/{id}")))
                .allSatisfy(s -> assertThat(s.labels())
                        .containsEntry("project", projectId)
                        .containsEntry("outcome", "SUCCESS"));
        assertThat(scrapeText()).doesNotContain("u-123").doesNotContain("u-456");
    }

    @Test
    void platform_routes_are_timed_under_their_pattern_and_unknown_paths_under_one_label() {
        PrometheusSamples before = scrape();
        api.get("/v1/projects/" + projectId, token).expect(200);
        api.get(base + "/nowhere-" + projectId, null).expect(404);

        Poll.until(
                BOUND,
                this::scrape,
                now -> delta(before, now, "dotportion_http_requests_total", Map.of("kind", "api", "status", "4xx"))
                        == 1,
                "the 404 counted");
        String text = scrapeText();
        assertThat(text).doesNotContain("nowhere-" + projectId).doesNotContain("route=\"/v1/projects/" + projectId);
        PrometheusSamples after = PrometheusSamples.parse(text);
        assertThat(after.sum(
                        "http_server_requests_seconds_count",
                        Map.of("method", "GET", "status", "404", "outcome", "CLIENT_ERROR")))
                .isGreaterThan(before.sum(
                        "http_server_requests_seconds_count",
                        Map.of("method", "GET", "status", "404", "outcome", "CLIENT_ERROR")));
    }

    @Test
    void refused_requests_are_counted_too() {
        PrometheusSamples before = scrape();
        api.get("/v1/projects", null).expect(401);

        Poll.until(
                BOUND,
                this::scrape,
                now -> delta(before, now, "dotportion_http_requests_total", Map.of("kind", "v1", "status", "4xx")) == 1,
                "one more v1 4xx in the metrics");
    }

    private double http(PrometheusSamples before, PrometheusSamples after, String route, String method, String status) {
        Map<String, String> labels = Map.of("route", route, "method", method, "status", status, "project", projectId);
        return after.sum("http_server_requests_seconds_count", labels)
                - before.sum("http_server_requests_seconds_count", labels);
    }

    private String scrapeText() {
        return api.get("/metrics", null).expect(200).text();
    }

    private PrometheusSamples scrape() {
        return PrometheusSamples.parse(scrapeText());
    }

    private double delta(PrometheusSamples before, PrometheusSamples after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
