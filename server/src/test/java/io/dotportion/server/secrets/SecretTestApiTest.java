package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.UserDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/projects/{id}/secrets/{name}/test} over HTTP: a good MongoDB URL is ok, a wrong password is
 * "authentication failed", a closed port "unreachable", a jwt key round-trips; the answer never carries the
 * value, a host or a port; viewers may not test; tests are rate limited per project.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class SecretTestApiTest {
    private static final String PASSWORD = "shop-password-7Hq2";

    private final ApiClient api;
    private final TestClock clock;
    private final UserDatabase userDb = new UserDatabase();

    SecretTestApiTest(ApiClient api, TestClock clock) {
        this.api = api;
        this.clock = clock;
    }

    @AfterAll
    void stop() {
        userDb.close();
    }

    private ApiResponse test(String token, String project, String name) {
        return api.post("/v1/projects/" + project + "/secrets/" + name + "/test", null, token);
    }

    private String projectWith(String token, String slug, String name, Map<String, Object> secret) {
        String project = api.newProject(token, slug);
        api.putSecret(token, project, name, secret).expect(201);
        return project;
    }

    private void assertSafe(ApiResponse answer) {
        assertThat(answer.text())
                .doesNotContain(PASSWORD)
                .doesNotContain("127.0.0.1")
                .doesNotContain(String.valueOf(userDb.port()))
                .doesNotContain("://")
                .doesNotContainPattern("(com|java|io|de|org)\\.[a-z]+\\.[A-Za-z.]*[A-Z][A-Za-z]+");
    }

    @Test
    void a_good_mongodb_url_answers_ok() {
        String token = api.newUser("good");
        String url = userDb.account("shop", PASSWORD, "shop");
        String project = projectWith(token, "good", "db", Map.of("type", SecretType.MONGODB.id(), "value", url));

        ApiResponse answer = test(token, project, "db").expect(200);

        assertThat(answer.map()).isEqualTo(Map.of("ok", true));
        assertSafe(answer);
    }

    @Test
    void a_wrong_password_answers_authentication_failed() {
        String token = api.newUser("wrong");
        userDb.account("shop2", PASSWORD, "shop");
        String url = userDb.url("shop2", PASSWORD + "-wrong", "shop");
        String project = projectWith(token, "wrong", "db", Map.of("type", SecretType.MONGODB.id(), "value", url));

        ApiResponse answer = test(token, project, "db").expect(200);

        assertThat(answer.map()).isEqualTo(Map.of("ok", false, "reason", "authentication failed"));
        assertSafe(answer);
    }

    @Test
    void a_closed_port_answers_unreachable() {
        String token = api.newUser("closed");
        String url = "mongodb://shop:" + PASSWORD + "@127.0.0.1:" + closedPort() + "/shop";
        String project = projectWith(token, "closed", "db", Map.of("type", SecretType.MONGODB.id(), "value", url));

        ApiResponse answer = test(token, project, "db").expect(200);

        assertThat(answer.map()).isEqualTo(Map.of("ok", false, "reason", "unreachable"));
        assertSafe(answer);
    }

    @Test
    void the_value_of_another_environment_or_a_staged_version_can_be_tested_before_anything_uses_it() {
        String token = api.newUser("envs");
        String good = userDb.account("shop3", PASSWORD, "shop");
        String closed = "mongodb://shop:" + PASSWORD + "@127.0.0.1:" + closedPort() + "/shop";
        String project = projectWith(token, "envs", "db", Map.of("type", SecretType.MONGODB.id(), "value", good));
        api.putSecret(
                        token,
                        project,
                        "db",
                        Map.of("type", SecretType.MONGODB.id(), "value", closed, "environment", "test"))
                .expect(200);
        api.putSecret(token, project, "db", Map.of("type", SecretType.MONGODB.id(), "value", closed, "stage", true))
                .expect(200);
        api.call("PUT", "/v1/projects/" + project + "/environments/staging", null, token)
                .expect(201);
        String path = "/v1/projects/" + project + "/secrets/db/test";

        assertThat(test(token, project, "db").expect(200).map()).isEqualTo(Map.of("ok", true));
        ApiResponse testValue =
                api.post(path, Map.of("environment", "test"), token).expect(200);
        ApiResponse staged =
                api.post(path, Map.of("secretVersion", "staged"), token).expect(200);
        ApiResponse none =
                api.post(path, Map.of("environment", "staging"), token).expect(200);

        assertThat(testValue.map()).isEqualTo(Map.of("ok", false, "reason", "unreachable"));
        assertThat(staged.map()).isEqualTo(Map.of("ok", false, "reason", "unreachable"));
        assertThat(none.map()).isEqualTo(Map.of("ok", false, "reason", "no value in this environment"));
        assertThat(api.post(path, Map.of("environment", "nowhere"), token).status())
                .isEqualTo(400);
        assertThat(api.post(path, Map.of("secretVersion", "newest"), token).status())
                .isEqualTo(400);
        for (ApiResponse answer : java.util.List.of(testValue, staged, none)) {
            assertSafe(answer);
        }
    }

    @Test
    void a_jwt_key_signs_and_verifies() {
        String token = api.newUser("jwt");
        String project = projectWith(token, "jwt", "signing", Map.of("type", "jwt", "generate", true));
        api.putSecret(token, project, "typed", Map.of("type", "jwt", "value", "k".repeat(32)))
                .expect(201);

        assertThat(test(token, project, "signing").expect(200).map()).isEqualTo(Map.of("ok", true));
        assertThat(test(token, project, "typed").expect(200).map()).isEqualTo(Map.of("ok", true));
    }

    @Test
    void editors_may_test_viewers_and_outsiders_may_not() {
        String owner = api.newUser("owner");
        String editor = api.newUser("editor");
        String viewer = api.newUser("viewer");
        String outsider = api.newUser("outsider");
        String project = projectWith(owner, "team", "signing", Map.of("type", "jwt", "generate", true));
        for (String[] member : new String[][] {{editor, "editor"}, {viewer, "viewer"}}) {
            api.post(
                            "/v1/projects/" + project + "/members",
                            Map.of("username", api.username(member[0]), "role", member[1]),
                            owner)
                    .expect(201);
        }

        assertThat(test(editor, project, "signing").expect(200).map()).containsEntry("ok", true);
        assertThat(test(viewer, project, "signing").status()).isEqualTo(403);
        assertThat(test(outsider, project, "signing").status()).isEqualTo(404);
        assertThat(test(owner, project, "missing").status()).isEqualTo(404);
        assertThat(test(null, project, "signing").status()).isEqualTo(401);
    }

    @Test
    void tests_are_limited_per_project_in_each_window() {
        String token = api.newUser("scanner");
        String project = projectWith(token, "scan", "signing", Map.of("type", "jwt", "generate", true));
        int limit = SecretTestLimits.defaults().perProject();
        for (int i = 0; i < limit; i++) {
            test(token, project, "signing").expect(200);
        }

        ApiResponse refused = test(token, project, "signing");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.error()).isEqualTo("RATE_LIMITED");
        String other = projectWith(token, "scan2", "signing", Map.of("type", "jwt", "generate", true));
        test(token, other, "signing").expect(200);
        clock.advance(SecretTestLimits.defaults().window().plus(Duration.ofSeconds(1)));
        test(token, project, "signing").expect(200);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
