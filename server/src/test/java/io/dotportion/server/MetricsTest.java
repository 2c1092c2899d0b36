package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.PrometheusSamples;
import io.dotportion.server.support.SignedUpUser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class MetricsTest {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private final ApiClient api;
    private final String token;
    private final String base;
    private final String workflowId;

    MetricsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        String projectId = user.newProject("watched");
        workflowId = api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json"));
        api.deploy(token, workflowId);
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
                .containsEntry("dotportion_executions_total", "counter")
                .containsEntry("dotportion_workflow_duration_seconds", "histogram")
                .containsEntry("dotportion_js_contexts", "gauge")
                .containsEntry("dotportion_js_pool_size", "gauge")
                .containsEntry("dotportion_js_stuck_runs", "gauge")
                .containsEntry("dotportion_mongo_pool_connections", "gauge");
        assertThat(parsed.value("dotportion_js_stuck_runs", Map.of())).isZero();
        assertThat(parsed.value("dotportion_js_pool_size", Map.of())).isPositive();
        assertThat(parsed.value("dotportion_mongo_pool_connections", Map.of("state", "open")))
                .isPositive();
        assertThat(parsed.value("dotportion_mongo_pool_max_connections", Map.of()))
                .isPositive();
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
        assertThat(after.value(
                        "dotportion_workflow_duration_seconds_bucket", Map.of("workflow", workflowId, "le", "+Inf")))
                .isEqualTo(after.value("dotportion_workflow_duration_seconds_count", Map.of("workflow", workflowId)));
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

    private PrometheusSamples scrape() {
        return PrometheusSamples.parse(api.get("/metrics", null).expect(200).text());
    }

    private double delta(PrometheusSamples before, PrometheusSamples after, String name, Map<String, String> labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
