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

    /** The project's log rows, once they stand for at least {@code atLeast} runs (an aggregate row for many). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> logged(Deployed d, int atLeast) {
        String url = "/v1/projects/" + d.projectId() + "/executions?limit=500";
        return Poll.until(
                BOUND,
                () -> api.get(url, token).expect(200).list().stream()
                        .map(e -> (Map<String, Object>) e)
                        .toList(),
                l -> runs(l) >= atLeast,
                atLeast + " runs in the execution log");
    }

    static long runs(List<Map<String, Object>> rows) {
        return rows.stream()
                .mapToLong(r -> ((Number) r.get("runs")).longValue())
                .sum();
    }

    /** How many runs the rows kept as {@code kept} with {@code status} stand for. */
    long count(List<Map<String, Object>> rows, String kept, String status) {
        return runs(rows.stream()
                .filter(r -> kept.equals(r.get("kept")) && status.equals(r.get("status")))
                .toList());
    }

    /** The aggregate rows: each marked as such, without a trace or a path, its count in {@code runs}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> aggregates(List<Map<String, Object>> rows, Deployed d) {
        List<Map<String, Object>> out =
                rows.stream().filter(r -> "aggregate".equals(r.get("kept"))).toList();
        assertThat(out).allSatisfy(r -> {
            assertThat(r)
                    .containsEntry("status", "ok")
                    .containsEntry("trace", List.of())
                    .containsEntry("path", null)
                    .containsEntry("workflowId", d.workflowId())
                    .containsEntry("kind", "deployed")
                    .containsEntry("version", 1)
                    .containsKey("durationMs");
            Map<String, Object> aggregate = (Map<String, Object>) r.get("aggregate");
            assertThat(aggregate.get("count")).isEqualTo(r.get("runs"));
            assertThat(aggregate.get("firstStartedAt")).isEqualTo(r.get("startedAt"));
            assertThat(aggregate).containsKeys("lastStartedAt", "minMs", "maxMs", "totalMs");
        });
        return out;
    }

    @Test
    void by_default_a_workflow_keeps_ten_full_traces_per_second_and_counts_every_other_run_in_an_aggregate() {
        Deployed d = deploy(null);
        succeed(d, 13);

        List<Map<String, Object>> runs = logged(d, 13);
        assertThat(runs(runs)).isEqualTo(13);
        assertThat(runs)
                .filteredOn(r -> "full".equals(r.get("kept")))
                .hasSize(10)
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("runs", 1)
                        .containsEntry("aggregate", null)
                        .extractingByKey("trace")
                        .asList()
                        .hasSize(3));
        assertThat(runs(aggregates(runs, d))).isEqualTo(3);
        assertThat(aggregates(runs, d))
                .allSatisfy(r -> assertThat(r).containsEntry("httpStatus", 200).containsEntry("method", "POST"));

        fail(d, 3); // past the second's budget: failures keep their trace all the same
        assertThat(logged(d, 16))
                .filteredOn(r -> "error".equals(r.get("status")))
                .hasSize(3)
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("kept", "full")
                        .containsEntry("runs", 1)
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
        assertThat(count(runs, "aggregate", "ok")).isEqualTo(6);
        assertThat(count(runs, "full", "error")).isEqualTo(2);
        assertThat(runs).filteredOn(r -> "error".equals(r.get("status"))).hasSize(2);
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
    void with_mode_errors_successes_are_only_counted_and_every_failure_keeps_its_trace() {
        Deployed d = deploy(Map.of("mode", "errors"));
        succeed(d, 3);
        fail(d, 12);
        succeed(d, 4);

        List<Map<String, Object>> runs = logged(d, 19);
        assertThat(count(runs, "aggregate", "ok")).isEqualTo(7);
        assertThat(count(runs, "full", "ok")).isZero();
        assertThat(runs(aggregates(runs, d))).isEqualTo(7);
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
    @SuppressWarnings("unchecked")
    void an_aggregate_is_shown_by_id_marked_as_runs_not_kept_individually_and_filtered_as_its_runs() {
        Deployed d = deploy(Map.of("mode", "errors"));
        succeed(d, 5);
        Map<String, Object> row = aggregates(logged(d, 5), d).getFirst();
        String id = row.get("id").toString();

        Map<String, Object> detail = api.get("/v1/projects/" + d.projectId() + "/executions/" + id, token)
                .expect(200)
                .map();
        assertThat(detail).isEqualTo(row);
        assertThat(detail).containsEntry("kept", "aggregate").containsEntry("method", "POST");
        assertThat(((Map<String, Object>) detail.get("aggregate")).get("count")).isEqualTo(detail.get("runs"));
        String list = "/v1/projects/" + d.projectId() + "/executions?";
        assertThat(runs(rows(list + "status=ok&workflowId=" + d.workflowId()))).isEqualTo(5);
        assertThat(runs(rows(list + "httpStatus=2xx&version=1&kind=deployed"))).isEqualTo(5);
        assertThat(rows(list + "status=error")).isEmpty();
        assertThat(rows(list + "kind=test")).isEmpty();
        assertThat(rows(list + "httpStatus=4xx")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String url) {
        return api.get(url, token).expect(200).list().stream()
                .map(e -> (Map<String, Object>) e)
                .toList();
    }

    private PrometheusSamples scrape() {
        return PrometheusSamples.parse(api.get("/metrics", null).expect(200).text());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> totals(Map<String, Object> stats) {
        return (Map<String, Object>) stats.get("totals");
    }
}
