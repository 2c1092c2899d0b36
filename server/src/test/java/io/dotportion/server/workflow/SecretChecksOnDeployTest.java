package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.http.HttpNode;
import io.dotportion.nodes.jwt.JwtGenerateNode;
import io.dotportion.nodes.jwt.JwtVerifyNode;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secret and algorithm combinations that cannot work are found before a request does: a jwt secret too short
 * for HS384/HS512 and a secret of the wrong type are warnings on save and errors on deploy (in the same list as
 * every other problem), and never show the secret's value.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class SecretChecksOnDeployTest {
    private static final String KEY_40 = "k40-" + "a".repeat(36);
    private static final String KEY_48 = "k48-" + "b".repeat(44);
    private static final String KEY_64 = "k64-" + "c".repeat(60);
    private static final String URL = "mongodb://app:deploy-pass-5e1f@127.0.0.1:27017/app";

    private final ApiClient api;
    private final String token;
    private final String projectId;

    SecretChecksOnDeployTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("secretchecks");
    }

    private static String signing(String path, String type, String secret, String algorithm) {
        return """
                {"name": "%s", "method": "POST", "path": "/%s", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "sign", "type": "%s", "data": {"secret": "%s", "algorithm": "%s"%s}},
                  {"id": "out", "type": "response", "data": {"status": 200}}],
                 "edges": [{"id": "e1", "source": "start", "target": "sign"},
                           {"id": "e2", "source": "sign", "target": "out"}]}
                """.formatted(
                path, path, type, secret, algorithm, type.equals(JwtGenerateNode.ID) ? ", \"payload\": {}" : "");
    }

    private void secret(String name, String type, String value) {
        int status = api.putSecret(token, projectId, name, Map.of("type", type, "value", value))
                .status();
        assertThat(status).isIn(200, 201);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listed(ApiResponse r, String field) {
        return (List<Map<String, Object>>) r.map().get(field);
    }

    private ApiResponse deploy(String workflowId) {
        return api.post("/v1/workflows/" + workflowId + "/deploy", null, token);
    }

    @Test
    void a_jwt_secret_too_short_for_hs384_or_hs512_is_a_warning_on_save_and_an_error_on_deploy() {
        secret("short", "jwt", KEY_40);
        for (String type : List.of(JwtGenerateNode.ID, JwtVerifyNode.ID)) {
            for (String algorithm : List.of("HS384", "HS512")) {
                String path = (type + algorithm).toLowerCase();
                ApiResponse saved = api.post(
                                "/v1/projects/" + projectId + "/workflows",
                                signing(path, type, "short", algorithm),
                                token)
                        .expect(201);
                assertThat(listed(saved, "warnings"))
                        .anySatisfy(w -> assertThat(w)
                                .containsEntry("code", "SECRET_TOO_SHORT")
                                .containsEntry("path", "nodes[1].data.secret"));

                ApiResponse refused = deploy(saved.map().get("id").toString());

                assertThat(refused.status()).as(type + " " + algorithm).isEqualTo(400);
                assertThat(listed(refused, "violations"))
                        .anySatisfy(v -> assertThat(v)
                                .containsEntry("code", "SECRET_TOO_SHORT")
                                .containsEntry("path", "nodes[1].data.secret")
                                .containsEntry("severity", "error"));
                assertThat(refused.text()).doesNotContain(KEY_40).doesNotContain("40 bytes");
            }
        }
    }

    @Test
    void a_long_enough_secret_deploys_and_replacing_a_short_one_fixes_the_deploy() {
        secret("wide", "jwt", KEY_48);
        String hs384 = api.newWorkflow(token, projectId, signing("wide384", JwtGenerateNode.ID, "wide", "HS384"));
        String hs512 = api.newWorkflow(token, projectId, signing("wide512", JwtVerifyNode.ID, "wide", "HS512"));

        assertThat(api.deploy(token, hs384)).isEqualTo(1);
        assertThat(deploy(hs512).status()).isEqualTo(400);
        secret("wide", "jwt", KEY_64);
        assertThat(api.deploy(token, hs512)).isEqualTo(1);
    }

    @Test
    void a_node_naming_a_secret_of_another_type_cannot_deploy() {
        secret("users_db", SecretType.MONGODB.id(), URL);
        secret("signing", "jwt", KEY_64);
        String verify = api.newWorkflow(token, projectId, signing("verifydb", JwtVerifyNode.ID, "users_db", "HS256"));
        String find = api.newWorkflow(token, projectId, """
                {"name": "Find", "method": "GET", "path": "/find", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "find", "type": "mongodb", "data": {"secret": "signing", "collection": "users",
                     "operation": "findOne", "filter": {}}},
                  {"id": "out", "type": "response", "data": {"status": 200}}],
                 "edges": [{"id": "e1", "source": "start", "target": "find"},
                           {"id": "e2", "source": "find", "target": "out"}]}
                """);

        ApiResponse jwtOnDb = deploy(verify);
        ApiResponse dbOnJwt = deploy(find);

        assertThat(jwtOnDb.status()).isEqualTo(400);
        assertThat(listed(jwtOnDb, "violations"))
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .containsEntry("code", "SECRET_TYPE_MISMATCH")
                        .containsEntry("path", "nodes[1].data.secret")
                        .containsEntry(
                                "message",
                                "secret 'users_db' is a mongodb secret; a jwtVerify node needs a jwt secret here"));
        assertThat(dbOnJwt.status()).isEqualTo(400);
        assertThat(listed(dbOnJwt, "violations"))
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .containsEntry("code", "SECRET_TYPE_MISMATCH")
                        .containsEntry("path", "nodes[1].data.secret"));
        assertThat(jwtOnDb.text() + dbOnJwt.text())
                .doesNotContain("deploy-pass")
                .doesNotContain(KEY_64);
    }

    private static String calling(String path, String secret) {
        return """
                {"name": "%s", "method": "GET", "path": "/%s", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "call", "type": "%s", "data": {"method": "GET", "url": "https://api.example.com/v1/items",
                     "secret": "%s"}},
                  {"id": "out", "type": "response", "data": {"status": 200}}],
                 "edges": [{"id": "e1", "source": "start", "target": "call"},
                           {"id": "e2", "source": "call", "target": "out"}]}
                """.formatted(path, path, HttpNode.ID, secret);
    }

    @Test
    void a_field_that_takes_several_secret_types_accepts_each_and_names_them_all_when_refusing_another() {
        secret("signing", "jwt", KEY_64);
        secret("bearer_token", "bearer", "tok-" + "d".repeat(40));
        secret("basic_login", "basic", "ada:" + "e".repeat(20));
        int status = api.putSecret(
                        token,
                        projectId,
                        "header_key",
                        Map.of(
                                "type",
                                "apiKey",
                                "value",
                                "key-" + "f".repeat(30),
                                "metadata",
                                Map.of("in", "header", "name", "X-Api-Key")))
                .status();
        assertThat(status).isEqualTo(201);

        for (String accepted : List.of("bearer_token", "basic_login", "header_key")) {
            String id = api.newWorkflow(token, projectId, calling("call-" + accepted.replace('_', '-'), accepted));
            assertThat(api.deploy(token, id)).as(accepted).isEqualTo(1);
        }
        ApiResponse refused = deploy(api.newWorkflow(token, projectId, calling("call-jwt", "signing")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(listed(refused, "violations"))
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .containsEntry("code", "SECRET_TYPE_MISMATCH")
                        .containsEntry("path", "nodes[1].data.secret")
                        .containsEntry(
                                "message",
                                "secret 'signing' is a jwt secret; a http node needs a secret of type apiKey, bearer"
                                        + " or basic here"));
        assertThat(refused.text()).doesNotContain(KEY_64);
    }

    @Test
    void validating_a_draft_for_deploy_lists_secret_problems_with_the_others() {
        secret("tiny", "jwt", KEY_40);
        ApiResponse r = api.post(
                        "/v1/projects/" + projectId + "/workflows/validate",
                        signing("together", JwtGenerateNode.ID, "tiny", "HS512")
                                .replace("\"status\": 200", "\"stauts\": 200"),
                        token)
                .expect(200);

        assertThat(listed(r, "violations"))
                .extracting(v -> v.get("code") + "@" + v.get("path") + ":" + v.get("severity"))
                .containsExactlyInAnyOrder(
                        "SECRET_TOO_SHORT@nodes[1].data.secret:warning", "UNKNOWN_FIELD@nodes[2].data.stauts:error");
    }
}
