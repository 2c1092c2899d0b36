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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyset pages of the executions API over HTTP: stable while runs keep being logged between pages. */
class ExecutionPagingTest {
    private static final Instant BASE = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final String WORKFLOW = "65a000000000000000000001";
    private static final Comparator<ExecutionRecord> NEWEST_FIRST = Comparator.comparing(ExecutionRecord::startedAt)
            .thenComparing(ExecutionRecord::id)
            .reversed();

    @TempDir
    static Path dataDir;

    static EmbeddedMongo store;
    static MongoClient storeClient;
    static Platform platform;
    static ApiClient api;
    static String token;
    static LoggedRuns log;

    @BeforeAll
    static void start() {
        store = EmbeddedMongo.start(dataDir.resolve("store"), 0);
        storeClient = MongoClients.create(store.connectionString());
        platform = Platform.start(PlatformConfig.forTests(dataDir).withMongoUrl(store.connectionString()));
        api = new ApiClient(platform.port());
        token = api.newUser("pager");
        log = new LoggedRuns(storeClient.getDatabase(PlatformConfig.DEFAULT_DATABASE));
    }

    @AfterAll
    static void stop() {
        platform.close();
        storeClient.close();
        store.close();
    }

    private static ExecutionRecord run(String projectId, String status, Instant at) {
        return LoggedRuns.run(projectId, WORKFLOW, 1, "deployed", status, "error".equals(status) ? 500 : 200, at);
    }

    @Test
    void two_thousand_runs_are_paged_by_status_and_time_with_none_skipped_or_repeated_while_runs_arrive() {
        String projectId = api.newProject(token, "busy");
        String neighbour = api.newProject(token, "neighbour");
        List<ExecutionRecord> ours = new ArrayList<>();
        List<ExecutionRecord> packed = new ArrayList<>();
        List<ExecutionRecord> single = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Instant at = BASE.plusMillis(i * 47L); // about 21 runs a second over 94 seconds
            ExecutionRecord r = run(projectId, i % 3 == 0 ? "error" : "ok", at);
            ours.add(r);
            (i % 5 == 0 ? single : packed).add(r);
            packed.add(run(neighbour, "error", at));
        }
        log.packed(packed);
        log.single(single);
        Instant from = BASE.plusSeconds(10);
        Instant to = Instant.now().plus(1, ChronoUnit.HOURS); // runs logged while paging are in the range too
        String first =
                "/v1/projects/" + projectId + "/executions?status=error&from=" + from + "&to=" + to + "&limit=50";

        List<String> seen = new ArrayList<>();
        List<ExecutionRecord> late = new ArrayList<>();
        List<ExecutionRecord> newer = new ArrayList<>();
        ApiResponse page = api.get(first, token).expect(200);
        for (int n = 0; ; n++) {
            List<Map<String, Object>> items = items(page);
            items.forEach(item -> seen.add((String) item.get("id")));
            String next = ApiClient.header(page, "X-Next-Cursor");
            if (next == null) {
                break;
            }
            // between pages: runs newer than the first page (they must not shift the pages after it), a run
            // older than where this page ended (logged late: it must come exactly once, on a later page), and
            // the neighbour's runs
            Instant lastStart = Instant.parse((String) items.getLast().get("startedAt"));
            ExecutionRecord laterRun =
                    run(projectId, "error", BASE.plusSeconds(200).plusMillis(n));
            ExecutionRecord lateRun = run(projectId, "error", lastStart.minusMillis(5));
            newer.add(laterRun);
            if (!lateRun.startedAt().isBefore(from)) {
                late.add(lateRun);
            }
            log.packed(List.of(laterRun, lateRun, run(neighbour, "error", lastStart.minusMillis(3))));
            page = api.get(
                            "/v1/projects/" + projectId + "/executions?status=error&from=" + from + "&to=" + to
                                    + "&limit=50&cursor=" + next,
                            token)
                    .expect(200);
        }

        List<ExecutionRecord> expected = new ArrayList<>(ours.stream()
                .filter(r -> r.status().equals("error") && !r.startedAt().isBefore(from))
                .toList());
        expected.addAll(late);
        expected.sort(NEWEST_FIRST);
        assertThat(expected).hasSizeGreaterThan(600);
        assertThat(seen)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(
                        expected.stream().map(ExecutionRecord::id).toList())
                .doesNotContainAnyElementsOf(
                        newer.stream().map(ExecutionRecord::id).toList());
    }

    @Test
    void the_link_header_repeats_the_filters_and_the_last_page_names_no_next_one() {
        String projectId = api.newProject(token, "linked");
        List<ExecutionRecord> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(run(projectId, "ok", BASE.plusSeconds(i)));
        }
        log.packed(runs);
        String url = "/v1/projects/" + projectId + "/executions?workflowId=" + WORKFLOW + "&limit=2";

        ApiResponse first = api.get(url, token).expect(200);
        String cursor = ApiClient.header(first, "X-Next-Cursor");
        String link = ApiClient.header(first, "Link");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(link)
                .isEqualTo("</v1/projects/" + projectId + "/executions?workflowId=" + WORKFLOW + "&limit=2&cursor="
                        + cursor + ">; rel=\"next\"");
        ApiResponse second =
                api.get(link.substring(1, link.indexOf('>')), token).expect(200);
        assertThat(second.text())
                .isEqualTo(api.get(url + "&cursor=" + cursor, token).expect(200).text());
        ApiResponse third = api.get(url + "&cursor=" + ApiClient.header(second, "X-Next-Cursor"), token)
                .expect(200);

        assertThat(ids(first)).containsExactly(runs.get(4).id(), runs.get(3).id());
        assertThat(ids(second)).containsExactly(runs.get(2).id(), runs.get(1).id());
        assertThat(ids(third)).containsExactly(runs.get(0).id());
        assertThat(ApiClient.header(third, "X-Next-Cursor")).isNull();
        assertThat(ApiClient.header(third, "Link")).isNull();
        ApiResponse exact = api.get("/v1/projects/" + projectId + "/executions?limit=5", token)
                .expect(200);
        assertThat(ids(exact)).hasSize(5);
        assertThat(ApiClient.header(exact, "X-Next-Cursor")).isNull();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(ApiResponse page) {
        return page.list().stream().map(item -> (Map<String, Object>) item).toList();
    }

    private static List<String> ids(ApiResponse page) {
        return items(page).stream().map(item -> (String) item.get("id")).toList();
    }
}
