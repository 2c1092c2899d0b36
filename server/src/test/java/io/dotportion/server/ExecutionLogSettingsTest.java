package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.testing.TestClock;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.PrometheusSamples;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the execution log keeps of each run, per the workflow's {@code log} setting, against the real server
 * on the embedded store. The platform's clock stands still unless a test moves it, so "per second" is exact.
 */
@PlatformTest
class ExecutionLogSettingsTest {
    private static final Duration BOUND = Duration.ofSeconds(15);

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.defaults()
            .clockAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(100));

    private TestClock clock;
    private RunningPlatform platform;
    private ApiClient api;
    private String token;
    private int projects;

    @BeforeAll
    void start(RunningPlatform platform) {
        this.platform = platform;
        this.clock = platform.clock();
        this.api = platform.api();
        token = api.newUser("sampler");
    }

    /** A project with one deployed workflow: POST /greet needs a string {@code name} (400, a failed run, without). */
    record Deployed(String projectId, String workflowId, String url) {}

    Deployed deploy(Map<String, Object> log) {
        String slug = "log-" + (++projects);
        String projectId = api.newProject(token, slug);
        String id = api.newWorkflow(token, projectId, greet(log));
        api.deploy(token, id);
        return new Deployed(projectId, id, "/api/" + api.username(token) + "/" + slug + "/greet");
    }

    Map<String, Object> greet(Map<String, Object> log) {
        Map<String, Object> doc = new LinkedHashMap<>(Workflows.single(
                "Greet",
                "POST",
                "/greet",
                "parameters",
                Map.of(
                        "sources",
                        List.of(Map.of(
                                "from",
                                "body",
                                "parameters",
                                Map.of("name", Map.of("required", true, "type", "string"))))),
                200));
        if (log != null) {
            doc.put("log", log);
        }
        return doc;
    }

    void succeed(Deployed d, int times) {
        for (int i = 0; i < times; i++) {
            api.post(d.url(), Map.of("name", "ada" + i), null).expect(200);
        }
    }

    void fail(Deployed d, int times) {
        for (int i = 0; i < times; i++) {
            api.post(d.url(), Map.of("nickname", "x"), null).expect(400);
        }
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> logged(Deployed d, int atLeast) {
        String url = "/v1/projects/" + d.projectId() + "/executions?limit=500";
        return Poll.until(
                BOUND,
                () -> api.get(url, token).expect(200).list().stream()
                        .map(e -> (Map<String, Object>) e)
                        .toList(),
                l -> l.size() >= atLeast,
                atLeast + " runs in the execution log");
    }

    long count(List<Map<String, Object>> runs, String kept, String status) {
        return runs.stream()
                .filter(r -> kept.equals(r.get("kept")) && status.equals(r.get("status")))
                .count();
    }

    @Test
    void by_default_a_workflow_keeps_ten_full_traces_per_second_and_a_summary_of_every_other_run() {
        Deployed d = deploy(null);
        succeed(d, 13);

        List<Map<String, Object>> runs = logged(d, 13);
        assertThat(runs).hasSize(13);
        assertThat(runs.subList(0, 3))
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("kept", "summary")
                        .containsEntry("trace", List.of())
                        .containsEntry("status", "ok")
                        .containsEntry("httpStatus", 200)
                        .containsEntry("workflowId", d.workflowId())
                        .containsEntry("version", 1)
                        .containsKey("durationMs"));
        assertThat(runs.subList(3, 13))
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("kept", "full")
                        .extractingByKey("trace")
                        .asList()
                        .hasSize(3));

        fail(d, 3); // past the second's budget: failures keep their trace all the same
        assertThat(logged(d, 16).subList(0, 3))
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("kept", "full")
                        .containsEntry("status", "error")
                        .extractingByKey("trace")
                        .asList()
                        .isNotEmpty());

        clock.advance(Duration.ofSeconds(1));
        succeed(d, 1);
        assertThat(logged(d, 17).getFirst()).containsEntry("kept", "full").containsEntry("status", "ok");
    }

    @Test
    void stats_and_metrics_count_every_request_exactly_while_the_log_samples() {
        Deployed d = deploy(Map.of("mode", "sample", "rate", 0.25));
        PrometheusSamples before = scrape();
        succeed(d, 8);
        fail(d, 2);

        List<Map<String, Object>> runs = logged(d, 10);
        assertThat(count(runs, "full", "ok")).isEqualTo(2);
        assertThat(count(runs, "summary", "ok")).isEqualTo(6);
        assertThat(count(runs, "full", "error")).isEqualTo(2);
        Map<String, Object> totals = Poll.until(
                BOUND,
                () -> {
                    platform.flushStats();
                    return totals(api.get("/v1/workflows/" + d.workflowId() + "/stats", token)
                            .expect(200)
                            .map());
                },
                t -> ((Number) t.get("calls")).intValue() >= 10,
                "the workflow stats to count 10 calls");
        assertThat(totals).containsEntry("calls", 10).containsEntry("errors", 2);
        PrometheusSamples after = scrape();
        assertThat(after.value("dotportion_workflow_duration_seconds_count", Map.of("workflow", d.workflowId()))
                        - before.value(
                                "dotportion_workflow_duration_seconds_count", Map.of("workflow", d.workflowId())))
                .isEqualTo(10);
    }

    @Test
    void with_mode_all_every_successful_run_is_kept_in_full() {
        Deployed d = deploy(Map.of("mode", "all"));
        succeed(d, 14);

        assertThat(logged(d, 14)).hasSize(14).allSatisfy(r -> assertThat(r).containsEntry("kept", "full"));
    }

    @Test
    void with_mode_errors_successes_are_summaries_and_every_failure_keeps_its_trace() {
        Deployed d = deploy(Map.of("mode", "errors"));
        succeed(d, 3);
        fail(d, 12);

        List<Map<String, Object>> runs = logged(d, 15);
        assertThat(count(runs, "summary", "ok")).isEqualTo(3);
        assertThat(runs.stream().filter(r -> "error".equals(r.get("status"))))
                .hasSize(12)
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("kept", "full")
                        .containsEntry("errorCode", "INVALID_REQUEST")
                        .extractingByKey("trace")
                        .asList()
                        .isNotEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void with_mode_off_successes_leave_no_record_but_failures_and_test_runs_are_kept_in_full() {
        Deployed d = deploy(Map.of("mode", "off"));
        succeed(d, 5);
        Map<String, Object> test = api.post(
                        "/v1/workflows/" + d.workflowId() + "/test-run", Map.of("body", Map.of("name", "ada")), token)
                .expect(200)
                .map();
        fail(d, 1);

        List<Map<String, Object>> runs = logged(d, 2);
        assertThat(runs).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("kept", "full"));
        assertThat(runs).extracting(r -> r.get("kind")).containsExactlyInAnyOrder("deployed", "test");
        assertThat(runs)
                .filteredOn(r -> "test".equals(r.get("kind")))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("id", test.get("executionId"))
                        .extractingByKey("trace")
                        .asList()
                        .hasSize(3));
    }

    @Test
    void a_summary_is_shown_by_id_marked_as_not_kept_in_full() {
        Deployed d = deploy(Map.of("mode", "errors"));
        succeed(d, 1);
        String id = logged(d, 1).getFirst().get("id").toString();

        Map<String, Object> detail = api.get("/v1/projects/" + d.projectId() + "/executions/" + id, token)
                .expect(200)
                .map();
        assertThat(detail)
                .containsEntry("id", id)
                .containsEntry("kept", "summary")
                .containsEntry("trace", List.of())
                .containsEntry("path", "/greet")
                .containsEntry("method", "POST");
        assertThat(api.get(
                                "/v1/projects/" + d.projectId() + "/executions?status=ok&workflowId=" + d.workflowId(),
                                token)
                        .expect(200)
                        .list())
                .hasSize(1);
        assertThat(api.get("/v1/projects/" + d.projectId() + "/executions?status=error", token)
                        .expect(200)
                        .list())
                .isEmpty();
    }

    private PrometheusSamples scrape() {
        return PrometheusSamples.parse(api.get("/metrics", null).expect(200).text());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> totals(Map<String, Object> stats) {
        return (Map<String, Object>) stats.get("totals");
    }
}
