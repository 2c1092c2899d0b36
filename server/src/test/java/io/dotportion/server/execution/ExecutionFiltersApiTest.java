package io.dotportion.server.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.LoggedRuns;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each filter of the executions API over HTTP, on runs packed and runs logged one document each. */
class ExecutionFiltersApiTest {
    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final List<String> WORKFLOWS =
            List.of("65a0000000000000000000a1", "65a0000000000000000000a2", "65a0000000000000000000a3");
    private static final int[] HTTP = {200, 201, 204, 302, 400, 401, 404, 500, 502};

    @TempDir
    static Path dataDir;

    static EmbeddedMongo store;
    static MongoClient storeClient;
    static Platform platform;
    static ApiClient api;
    static String token;
    static String projectId;
    static String neighbour;
    static final List<ExecutionRecord> ours = new ArrayList<>();

    /** 150 runs over 15 seconds varied on every field, one in three logged one document each; the neighbour's beside. */
    @BeforeAll
    static void start() {
        store = EmbeddedMongo.start(dataDir.resolve("store"), 0);
        storeClient = MongoClients.create(store.connectionString());
        platform = Platform.start(PlatformConfig.forTests(dataDir).withMongoUrl(store.connectionString()));
        api = new ApiClient(platform.port());
        token = api.newUser("filterer");
        projectId = api.newProject(token, "filtered");
        neighbour = api.newProject(token, "next-door");
        List<ExecutionRecord> packed = new ArrayList<>();
        List<ExecutionRecord> single = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            int http = HTTP[i % HTTP.length];
            Instant at = BASE.plusMillis(i * 100L);
            ExecutionRecord r = LoggedRuns.run(
                    projectId,
                    WORKFLOWS.get(i % 3),
                    1 + i % 4,
                    i % 5 == 0 ? "test" : "deployed",
                    http >= 400 ? "error" : "ok",
                    http,
                    at);
            ours.add(r);
            (i % 3 == 1 ? single : packed).add(r);
            packed.add(LoggedRuns.run(
                    neighbour,
                    WORKFLOWS.get(i % 3),
                    1 + i % 4,
                    i % 5 == 0 ? "test" : "deployed",
                    http >= 400 ? "error" : "ok",
                    http,
                    at.plusMillis(1)));
        }
        LoggedRuns log = new LoggedRuns(storeClient.getDatabase(PlatformConfig.DEFAULT_DATABASE));
        log.packed(packed);
        log.single(single);
        ours.sort(Comparator.comparing(ExecutionRecord::startedAt)
                .thenComparing(ExecutionRecord::id)
                .reversed());
    }

    @AfterAll
    static void stop() {
        platform.close();
        storeClient.close();
        store.close();
    }

    static Stream<Arguments> filters() {
        Instant from = BASE.plusMillis(4_250);
        Instant to = BASE.plusMillis(9_000);
        return Stream.of(
                Arguments.of(
                        "workflowId=" + WORKFLOWS.get(1), by(r -> r.workflowId().equals(WORKFLOWS.get(1)))),
                Arguments.of(
                        "workflowId=" + WORKFLOWS.get(2).toUpperCase(),
                        by(r -> r.workflowId().equals(WORKFLOWS.get(2)))),
                Arguments.of("version=3", by(r -> r.version() == 3)),
                Arguments.of("status=error", by(r -> r.status().equals("error"))),
                Arguments.of("status=ok", by(r -> r.status().equals("ok"))),
                Arguments.of("httpStatus=404", by(r -> r.httpStatus() == 404)),
                Arguments.of("httpStatus=4xx", by(r -> r.httpStatus() >= 400 && r.httpStatus() < 500)),
                Arguments.of("httpStatus=5XX", by(r -> r.httpStatus() >= 500)),
                Arguments.of("httpStatus=3xx", by(r -> r.httpStatus() == 302)),
                Arguments.of("kind=test", by(r -> r.kind().equals("test"))),
                Arguments.of("kind=deployed", by(r -> r.kind().equals("deployed"))),
                Arguments.of("from=" + from, by(r -> !r.startedAt().isBefore(from))),
                Arguments.of("to=" + to, by(r -> r.startedAt().isBefore(to))),
                Arguments.of(
                        "from=" + from + "&to=" + to,
                        by(r -> !r.startedAt().isBefore(from) && r.startedAt().isBefore(to))),
                Arguments.of(
                        "kind=deployed&status=error&version=2",
                        by(r -> r.kind().equals("deployed") && r.status().equals("error") && r.version() == 2)));
    }

    private static Predicate<ExecutionRecord> by(Predicate<ExecutionRecord> p) {
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void a_filter_lists_exactly_the_projects_runs_that_pass_it_newest_first(
            String query, Predicate<ExecutionRecord> wanted) {
        ApiResponse answer = api.get("/v1/projects/" + projectId + "/executions?limit=500&" + query, token)
                .expect(200);

        List<String> expected =
                ours.stream().filter(wanted).map(ExecutionRecord::id).toList();
        assertThat(expected).isNotEmpty().hasSizeLessThan(ours.size());
        assertThat(ids(answer)).containsExactlyElementsOf(expected);
    }

    @Test
    void without_filters_the_newest_fifty_of_the_project_are_listed_from_both_layouts() {
        ApiResponse answer =
                api.get("/v1/projects/" + projectId + "/executions", token).expect(200);

        assertThat(ids(answer))
                .containsExactlyElementsOf(
                        ours.stream().limit(50).map(ExecutionRecord::id).toList());
        assertThat(ApiClient.header(answer, "X-Next-Cursor")).isNotBlank();
        assertThat(ids(api.get("/v1/projects/" + neighbour + "/executions?limit=500", token)
                        .expect(200)))
                .hasSize(150)
                .doesNotContainAnyElementsOf(
                        ours.stream().map(ExecutionRecord::id).toList());
    }

    @Test
    void a_cursor_from_another_projects_page_still_lists_only_this_projects_runs() {
        String cursor = ApiClient.header(
                api.get("/v1/projects/" + neighbour + "/executions?limit=10", token)
                        .expect(200),
                "X-Next-Cursor");
        ApiResponse answer = api.get("/v1/projects/" + projectId + "/executions?limit=500&cursor=" + cursor, token)
                .expect(200);

        assertThat(answer.list())
                .isNotEmpty()
                .allSatisfy(
                        item -> assertThat(((Map<?, ?>) item).get("projectId")).isEqualTo(projectId));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "status=success | status",
                "status=ERROR | status",
                "status= | status",
                "kind=prod | kind",
                "httpStatus=600 | httpStatus",
                "httpStatus=4x | httpStatus",
                "httpStatus=99 | httpStatus",
                "httpStatus=6xx | httpStatus",
                "httpStatus=abc | httpStatus",
                "version=0 | version",
                "version=v2 | version",
                "from=yesterday | from",
                "from=2025-13-01T00:00:00Z | from",
                "to=2025-01-01 | to",
                "limit=0 | limit",
                "limit=501 | limit",
                "limit=ten | limit",
                "cursor=not-a-cursor! | cursor",
                "cursor=aGVsbG8 | cursor",
                "workflowId=w1 | workflowId",
                "stauts=error | stauts",
                "status=ok&status=error | status",
                "from=2025-01-02T00:00:00Z&to=2025-01-01T00:00:00Z | to",
                "from=2025-01-01T00:00:00Z&to=2025-01-01T00:00:00Z | to"
            })
    void a_malformed_or_unknown_parameter_is_refused_naming_it(String query, String field) {
        ApiResponse answer = api.get("/v1/projects/" + projectId + "/executions?" + query, token);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("INVALID_INPUT");
        assertThat(answer.map().get("message").toString()).contains(field);
        assertThat(fields(answer)).containsExactly(field);
    }

    @Test
    void every_bad_parameter_is_named_at_once() {
        ApiResponse answer = api.get(
                        "/v1/projects/" + projectId + "/executions?status=fine&kind=prod&limit=0&colour=red", token)
                .expect(400);

        assertThat(fields(answer)).containsExactlyInAnyOrder("colour", "status", "kind", "limit");
    }

    private static List<String> fields(ApiResponse answer) {
        return ((List<?>) answer.map().get("details"))
                .stream().map(d -> (String) ((Map<?, ?>) d).get("field")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(ApiResponse answer) {
        return answer.list().stream()
                .map(item -> (String) ((Map<String, Object>) item).get("id"))
                .toList();
    }
}
