package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /v1/projects/{id}/secrets and /audit over HTTP: values go in, metadata and references come out. */
@PlatformTest(egressAllow = "127.0.0.1")
class SecretApiTest {
    private static final String KEY = "a-jwt-signing-key-of-at-least-32-bytes-000";
    private static final String URL = "mongodb://app:s3cr3t-pass@127.0.0.1:27017/app";

    private final ApiClient api;
    private final String token;

    SecretApiTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    @Test
    void a_put_creates_then_replaces_and_answers_metadata_without_the_value() {
        String projectId = api.newProject(token, "put");
        ApiResponse created = api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        assertThat(created.map())
                .containsEntry("name", "jwt")
                .containsEntry("type", "jwt")
                .containsEntry("version", 1)
                .containsEntry("graceSeconds", 0)
                .containsKeys("createdAt", "updatedAt", "updatedBy", "usedBy");
        ApiResponse replaced = api.putSecret(
                        token, projectId, "jwt", Map.of("type", "jwt", "value", KEY + "-two", "graceSeconds", 60))
                .expect(200);
        assertThat(replaced.map())
                .containsEntry("version", 2)
                .containsEntry("graceSeconds", 60)
                .containsEntry("updatedBy", api.username(token));
        ApiResponse generated = api.putSecret(token, projectId, "made", Map.of("type", "jwt", "generate", true))
                .expect(201);
        List<Object> listed = api.get("/v1/projects/" + projectId + "/secrets", token)
                .expect(200)
                .list();
        assertThat(listed).extracting(s -> (Object) ((Map<?, ?>) s).get("name")).containsExactly("jwt", "made");
        for (ApiResponse r : List.of(created, replaced, generated)) {
            assertThat(r.text()).doesNotContain(KEY).doesNotContain("\"value\"");
        }
        assertThat(api.get("/v1/projects/" + projectId + "/secrets", token).text())
                .doesNotContain(KEY);
    }

    @Test
    void bad_writes_get_their_own_codes_and_never_quote_the_value() {
        String projectId = api.newProject(token, "bad");
        String secrets = "/v1/projects/" + projectId + "/secrets/";
        assertThat(api.putSecret(token, projectId, "Bad_Name", Map.of("type", "jwt", "value", KEY))
                        .error())
                .isEqualTo("INVALID_SECRET_NAME");
        assertThat(api.putSecret(token, projectId, "x", Map.of("type", "password", "value", KEY))
                        .error())
                .isEqualTo("INVALID_SECRET_TYPE");
        ApiResponse shortKey = api.putSecret(token, projectId, "x", Map.of("type", "jwt", "value", "short-canary"));
        assertThat(shortKey.status()).isEqualTo(400);
        assertThat(shortKey.error()).isEqualTo("INVALID_SECRET_VALUE");
        assertThat(shortKey.text()).doesNotContain("short-canary");
        ApiResponse badUrl =
                api.putSecret(token, projectId, "db", Map.of("type", "mongodb", "value", "http://u:canary-pw@x"));
        assertThat(badUrl.error()).isEqualTo("INVALID_SECRET_VALUE");
        assertThat(badUrl.text()).doesNotContain("canary-pw");
        ApiResponse malformed = api.raw(
                "PUT",
                secrets + "x",
                "application/json",
                "{\"type\": \"jwt\", \"value\": unquoted-canary-value}".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + token));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text()).doesNotContain("unquoted-canary-value");
        assertThat(api.putSecret(token, projectId, "x", Map.of("type", "jwt", "value", KEY, "graceSeconds", -1))
                        .error())
                .isEqualTo("INVALID_GRACE_SECONDS");
        assertThat(api.putSecret(token, projectId, "db", Map.of("type", "mongodb", "generate", true))
                        .status())
                .isEqualTo(400);
        api.putSecret(token, projectId, "db", Map.of("type", "mongodb", "value", URL))
                .expect(201);
        ApiResponse changed = api.putSecret(token, projectId, "db", Map.of("type", "jwt", "value", KEY));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.error()).isEqualTo("SECRET_TYPE_CHANGED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_list_shows_which_drafts_and_versions_use_each_secret() {
        String projectId = api.newProject(token, "used");
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        api.putSecret(token, projectId, "users_db", Map.of("type", "mongodb", "value", URL))
                .expect(201);
        api.putSecret(token, projectId, "idle", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        String me = api.newWorkflow(token, projectId, ApiClient.fixture("me.json"));
        api.deploy(token, me);
        api.put("/v1/workflows/" + me, withJwtSecret(ApiClient.fixture("me.json"), "idle"), token)
                .expect(200);

        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        api.get("/v1/projects/" + projectId + "/secrets", token)
                .expect(200)
                .list()
                .forEach(s -> byName.put(((Map<String, Object>) s).get("name").toString(), (Map<String, Object>) s));
        List<Map<String, Object>> jwtUses =
                (List<Map<String, Object>>) byName.get("jwt").get("usedBy");
        assertThat(jwtUses)
                .singleElement()
                .satisfies(use -> assertThat(use)
                        .containsEntry("workflowId", me)
                        .containsEntry("name", "Current user")
                        .containsEntry("versions", List.of(1))
                        .containsEntry("draft", false)
                        .containsEntry("deployed", true));
        List<Map<String, Object>> idleUses =
                (List<Map<String, Object>>) byName.get("idle").get("usedBy");
        assertThat(idleUses)
                .singleElement()
                .satisfies(use -> assertThat(use)
                        .containsEntry("versions", List.of())
                        .containsEntry("draft", true)
                        .containsEntry("deployed", false));
        assertThat((List<Object>) byName.get("users_db").get("usedBy")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void deleting_a_secret_a_deployed_version_uses_needs_force() {
        String projectId = api.newProject(token, "del");
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        api.putSecret(token, projectId, "users_db", Map.of("type", "mongodb", "value", URL))
                .expect(201);
        api.putSecret(token, projectId, "spare", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        String me = api.newWorkflow(token, projectId, ApiClient.fixture("me.json"));
        api.deploy(token, me);
        String secrets = "/v1/projects/" + projectId + "/secrets/";

        ApiResponse refused = api.delete(secrets + "jwt", token);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("SECRET_IN_USE");
        assertThat((List<Map<String, Object>>) refused.map().get("deployed"))
                .singleElement()
                .satisfies(d -> assertThat(d).containsEntry("workflowId", me).containsEntry("version", 1));
        api.delete(secrets + "spare", token).expect(204);
        api.delete(secrets + "jwt?force=true", token).expect(204);
        assertThat(api.delete(secrets + "jwt", token).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/secrets", token).list())
                .extracting(s -> (Object) ((Map<?, ?>) s).get("name"))
                .containsExactly("users_db");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_audit_lists_who_changed_which_secret_newest_first_without_values() {
        String projectId = api.newProject(token, "audited");
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY + "-2"))
                .expect(200);
        api.delete("/v1/projects/" + projectId + "/secrets/jwt", token).expect(204);
        ApiResponse audit =
                api.get("/v1/projects/" + projectId + "/audit", token).expect(200);
        List<Map<String, Object>> entries = (List<Map<String, Object>>) (List<?>) audit.list();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("delete", "replace", "create");
        assertThat(entries).extracting(e -> e.get("version")).containsExactly(2, 2, 1);
        assertThat(entries)
                .allSatisfy(e -> assertThat(e)
                        .containsEntry("secret", "jwt")
                        .containsEntry("actor", api.username(token))
                        .containsKey("at"));
        assertThat(audit.text()).doesNotContain(KEY);
    }

    @Test
    void another_users_project_secrets_answer_404() {
        String projectId = api.newProject(token, "mine");
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        String stranger = api.newUser("stranger");
        assertThat(api.get("/v1/projects/" + projectId + "/secrets", stranger).status())
                .isEqualTo(404);
        assertThat(api.putSecret(stranger, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/v1/projects/" + projectId + "/secrets/jwt", stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/audit", stranger).status())
                .isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> withJwtSecret(Map<String, Object> document, String secret) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put(
                "nodes",
                ((List<Map<String, Object>>) document.get("nodes"))
                        .stream()
                                .map(node -> {
                                    if (!"jwtVerify".equals(node.get("type"))) {
                                        return node;
                                    }
                                    Map<String, Object> changed = new LinkedHashMap<>(node);
                                    Map<String, Object> data =
                                            new LinkedHashMap<>((Map<String, Object>) node.get("data"));
                                    data.put("secret", secret);
                                    changed.put("data", data);
                                    return changed;
                                })
                                .toList());
        return copy;
    }
}
