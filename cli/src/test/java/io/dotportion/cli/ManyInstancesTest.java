package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.wiring.MasterKeyConfig;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two server processes on one standalone store behave as one: this JVM runs one platform, a child JVM runs
 * {@code dotportion serve} on the same store. What one is told is in force on the other within one second
 * (polled up to that bound plus a margin for the test's own round trips); a rate limit counts across both.
 * Secret replacement across the two is proven by {@link TwoServersTest}.
 */
@PlatformTest
class ManyInstancesTest {
    private static final Duration BOUND = Duration.ofMillis(1_500);
    private static final String APP = "https://app.example.com";
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));
    private static final String OWNER = "many";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
                    config -> config.withMasterKey(MasterKeyConfig.none().withEnvironmentValue(MASTER_KEY)))
            .servedStore();

    private final RunningPlatform local;
    private final ChildServer child;
    private final Http here;
    private final Http there;
    private final String token;

    ManyInstancesTest(RunningPlatform local) throws IOException {
        this.local = local;
        here = new Http(local.port());
        token = here.newUser(OWNER);
        child = ChildServer.start(local.dataDir(), local.store().connectionString(), MASTER_KEY);
        there = new Http(child.port());
    }

    @AfterAll
    void stop() throws InterruptedException {
        child.close();
    }

    @Test
    void a_deploy_through_one_answers_on_the_other_within_one_second() {
        String projectId = here.newProject(token, "deploys");
        deploy(here, projectId, "/fresh", 1);

        Poll.until(
                BOUND, () -> version(there, "/api/many/deploys/fresh"), v -> v == 1, "version 1 on the other instance");
    }

    @Test
    void a_rollback_and_an_undeploy_through_one_are_in_force_on_the_other_within_one_second() {
        String projectId = here.newProject(token, "rollbacks");
        String workflowId = deploy(here, projectId, "/versioned", 1);
        here.call("PUT", "/v1/workflows/" + workflowId, document("/versioned", 2), token)
                .expect(200);
        here.call("POST", "/v1/workflows/" + workflowId + "/deploy", null, token)
                .expect(200);
        String path = "/api/many/rollbacks/versioned";
        Poll.until(BOUND, () -> version(there, path), v -> v == 2, "version 2 on the other instance");

        there.call("POST", "/v1/workflows/" + workflowId + "/rollback", Map.of("version", 1), token)
                .expect(200);
        Poll.until(BOUND, () -> version(here, path), v -> v == 1, "version 1 on the other instance");

        here.call("POST", "/v1/workflows/" + workflowId + "/undeploy", null, token)
                .expect(200);
        Poll.until(
                BOUND,
                () -> there.call("GET", path, null, null).status(),
                status -> status == 404,
                "the endpoint to answer 404");
    }

    @Test
    void a_cors_change_through_one_is_in_force_on_the_other_within_one_second() {
        String projectId = here.newProject(token, "cors");
        deploy(here, projectId, "/page", 1);
        String path = "/api/many/cors/page";
        Poll.until(BOUND, () -> version(there, path), v -> v == 1, "version 1 on the other instance");
        assertThat(allowedOrigin(child.port(), path)).isEmpty();

        here.call(
                        "PATCH",
                        "/v1/projects/" + projectId,
                        Map.of("cors", Map.of("enabled", true, "allowedOrigins", List.of(APP))),
                        token)
                .expect(200);
        Poll.until(
                BOUND,
                () -> allowedOrigin(child.port(), path),
                origin -> origin.equals(APP),
                "the allowed origin on the other instance");

        there.call("PATCH", "/v1/projects/" + projectId, Map.of("cors", Map.of("enabled", false)), token)
                .expect(200);
        Poll.until(
                BOUND,
                () -> allowedOrigin(local.port(), path),
                String::isEmpty,
                "no CORS origin on the other instance");
    }

    @Test
    void a_rename_through_one_moves_the_endpoints_on_the_other_and_redirects_the_old_slug_within_one_second() {
        String projectId = here.newProject(token, "before");
        deploy(here, projectId, "/thing", 1);
        Poll.until(
                BOUND, () -> version(there, "/api/many/before/thing"), v -> v == 1, "version 1 on the other instance");

        here.call("PATCH", "/v1/projects/" + projectId, Map.of("slug", "after"), token)
                .expect(200);

        Poll.until(
                BOUND, () -> version(there, "/api/many/after/thing"), v -> v == 1, "version 1 on the other instance");
        assertThat(there.call("GET", "/api/many/before/thing", null, null).status())
                .isEqualTo(308);
    }

    @Test
    void a_rate_limit_of_n_allows_n_requests_in_total_across_both_servers() {
        int max = 6;
        String projectId = here.newProject(token, "limited");
        deploy(here, projectId, "/counted", 1);
        String path = "/api/many/limited/counted";
        Poll.until(BOUND, () -> version(there, path), v -> v == 1, "version 1 on the other instance");
        Map<String, Object> limit = new LinkedHashMap<>();
        limit.put("enabled", true);
        limit.put("windowMs", 3_600_000);
        limit.put("max", max);
        limit.put("message", "enough");
        here.call("PATCH", "/v1/projects/" + projectId, Map.of("rateLimit", limit), token)
                .expect(200);
        List<Exchange> counted = new ArrayList<>();
        counted.add(Poll.until(
                BOUND,
                () -> Exchange.send(child.port(), "GET", path, Map.of()),
                e -> e.header("RateLimit-Limit").isPresent(),
                "the rate limit on the other instance"));

        for (int i = 0; i < 2 * max; i++) {
            counted.add(Exchange.send(i % 2 == 0 ? local.port() : child.port(), "GET", path, Map.of()));
        }

        assertThat(counted).allMatch(e -> e.header("RateLimit-Limit").orElse("").equals(String.valueOf(max)));
        assertThat(counted.subList(0, max)).extracting(Exchange::status).containsOnly(200);
        assertThat(counted.subList(max, counted.size()))
                .extracting(Exchange::status)
                .containsOnly(429);
        assertThat(counted.getLast().json()).isEqualTo(Map.of("error", "RATE_LIMITED", "message", "enough"));
    }

    private String deploy(Http server, String projectId, String path, int version) {
        String id = server.call("POST", "/v1/projects/" + projectId + "/workflows", document(path, version), token)
                .expect(201)
                .map()
                .get("id")
                .toString();
        server.call("POST", "/v1/workflows/" + id + "/deploy", null, token).expect(200);
        return id;
    }

    private Map<String, Object> document(String path, int version) {
        Map<String, Object> position = Map.of("x", 0, "y", 0);
        return Map.of(
                "name",
                "Versioned",
                "method",
                "GET",
                "path",
                path,
                "nodes",
                List.of(
                        Map.of("id", "start", "type", "apiStart", "data", Map.of(), "position", position),
                        Map.of(
                                "id",
                                "ok",
                                "type",
                                "response",
                                "data",
                                Map.of("status", 200, "body", Map.of("v", version)),
                                "position",
                                position)),
                "edges",
                List.of(Map.of("id", "e1", "source", "start", "target", "ok")));
    }

    /** The version a server answers at {@code path}; 0 when nothing serves it there. */
    private int version(Http server, String path) {
        Http.Answer answer = server.call("GET", path, null, null);
        return answer.status() == 200 ? ((Number) answer.map().get("v")).intValue() : 0;
    }

    private String allowedOrigin(int port, String path) {
        return Exchange.send(port, "GET", path, Map.of("Origin", APP))
                .header("Access-Control-Allow-Origin")
                .orElse("");
    }
}
