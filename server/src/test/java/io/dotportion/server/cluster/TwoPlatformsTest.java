package io.dotportion.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.testing.TestClock;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.PlatformConfig;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two platforms on one store follow each other's deletions, rate-limit settings and slug renames (see the CLI test
 * for processes).
 */
@PlatformTest
class TwoPlatformsTest {
    private static final Duration BOUND = Duration.ofMillis(1_500);
    private static final String KEY = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));

    @RegisterExtension
    static final PlatformExtension PLATFORM =
            PlatformExtension.configured(TwoPlatformsTest::sharedKey).servedStore();

    private final RunningPlatform second;
    private final ApiClient a;
    private final ApiClient b;
    private final String token;

    TwoPlatformsTest(RunningPlatform first, SignedUpUser user) {
        second = RunningPlatform.start(
                config -> sharedKey(config).withMongoUrl(first.store().connectionString()), TestClock.ticking());
        a = first.api();
        b = second.api();
        token = user.token();
    }

    @AfterAll
    void stop() {
        second.close();
    }

    @Test
    void a_workflow_deleted_through_one_stops_answering_on_the_other() {
        String projectId = a.newProject(token, "wdelete");
        String workflowId = deployHello(projectId);
        String path = "/api/" + a.username(token) + "/wdelete/hello";
        Poll.until(BOUND, () -> b.get(path, null).status(), status -> status == 200, "the endpoint to answer 200");

        a.delete("/v1/workflows/" + workflowId, token);

        Poll.until(BOUND, () -> b.get(path, null).status(), status -> status == 404, "the endpoint to answer 404");
    }

    @Test
    void a_project_deleted_through_one_stops_answering_on_the_other() {
        String projectId = a.newProject(token, "pdelete");
        deployHello(projectId);
        String path = "/api/" + a.username(token) + "/pdelete/hello";
        Poll.until(BOUND, () -> a.get(path, null).status(), status -> status == 200, "the endpoint to answer 200");
        Poll.until(BOUND, () -> b.get(path, null).status(), status -> status == 200, "the endpoint to answer 200");

        b.delete("/v1/projects/" + projectId, token);

        Poll.until(BOUND, () -> a.get(path, null).status(), status -> status == 404, "the endpoint to answer 404");
    }

    @Test
    void a_rate_limit_set_through_one_applies_on_the_other() {
        String projectId = a.newProject(token, "limit");
        deployHello(projectId);
        String path = "/api/" + a.username(token) + "/limit/hello";
        Poll.until(BOUND, () -> b.get(path, null).status(), status -> status == 200, "the endpoint to answer 200");
        assertThat(ApiClient.header(b.get(path, null), "RateLimit-Limit")).isNull();

        a.call("PATCH", "/v1/projects/" + projectId, Map.of("rateLimit", Map.of("enabled", true, "max", 50)), token)
                .expect(200);

        Poll.until(
                BOUND,
                () -> ApiClient.header(b.get(path, null), "RateLimit-Limit"),
                "50"::equals,
                "the new rate limit on the second platform");
    }

    @Test
    void a_rename_through_one_redirects_the_old_slug_on_the_other_until_it_is_ended_there() {
        String projectId = a.newProject(token, "oldname");
        deployHello(projectId);
        String old = "/api/" + a.username(token) + "/oldname/hello?x=1";
        Poll.until(BOUND, () -> b.get(old, null).status(), status -> status == 200, "the endpoint to answer 200");

        a.call("PATCH", "/v1/projects/" + projectId, Map.of("slug", "newname"), token)
                .expect(200);

        Poll.until(
                BOUND,
                () -> ApiClient.header(b.get(old, null), "Location"),
                ("/api/" + a.username(token) + "/newname/hello?x=1")::equals,
                "the old slug to redirect on the second platform");
        assertThat(b.post("/v1/projects", Map.of("name", "Taken", "slug", "oldname"), token)
                        .status())
                .isEqualTo(409);

        b.delete("/v1/projects/" + projectId + "/slug-redirects/oldname", token).expect(204);

        Poll.until(BOUND, () -> a.get(old, null).status(), status -> status == 404, "the old slug to answer 404");
    }

    private String deployHello(String projectId) {
        String id = a.newWorkflow(
                token,
                projectId,
                Workflows.chain(
                        "Hello",
                        "GET",
                        "/hello",
                        List.of(Workflows.node("answer", ResponseNode.ID, Map.of("status", 200)))));
        a.deploy(token, id);
        return id;
    }

    private static PlatformConfig sharedKey(PlatformConfig config) {
        return config.withMasterKey(MasterKeyConfig.none().withEnvironmentValue(KEY));
    }
}
