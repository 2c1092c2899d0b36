package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workflow document's {@code log} field through the management API: validated, stored, exported, imported. */
@PlatformTest
class WorkflowLogSettingApiTest {
    private final ApiClient api;
    private final String token;
    private final String projectId;

    WorkflowLogSettingApiTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("logset");
    }

    Map<String, Object> echo(Object log) {
        Map<String, Object> doc = new LinkedHashMap<>(ApiClient.fixture("echo.json"));
        doc.put("log", log);
        return doc;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("violations");
    }

    @Test
    void invalid_log_settings_are_refused_with_every_violation_at_its_path() {
        Map<String, Object> bad = api.post(
                        "/v1/projects/" + projectId + "/workflows",
                        echo(Map.of("mode", "sample", "rate", 2, "every", 3)),
                        token)
                .expect(400)
                .map();
        assertThat(violations(bad))
                .extracting(v -> v.get("path"), v -> v.get("code"))
                .containsExactlyInAnyOrder(
                        tuple("log.every", "INVALID_LOG_SETTING"), tuple("log.rate", "INVALID_LOG_SETTING"));

        assertThat(violations(api.post("/v1/projects/" + projectId + "/workflows/import", echo("all"), token)
                        .expect(400)
                        .map()))
                .extracting(v -> v.get("path"))
                .containsExactly("log");
        String id = api.newWorkflow(token, projectId, echo(null));
        assertThat(violations(api.put("/v1/workflows/" + id, echo(Map.of("mode", "loud")), token)
                        .expect(400)
                        .map()))
                .extracting(v -> v.get("path"), v -> v.get("code"))
                .containsExactly(tuple("log.mode", "INVALID_LOG_SETTING"));
        assertThat(violations(api.post("/v1/projects/" + projectId + "/workflows/validate", echo(Map.of()), token)
                        .expect(200)
                        .map()))
                .extracting(v -> v.get("path"))
                .containsExactly("log.mode");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_log_setting_is_stored_exported_and_imported_and_absent_when_never_set() {
        String id = api.newWorkflow(token, projectId, echo(Map.of("mode", "sample", "rate", 0.05)));
        assertThat(api.get("/v1/workflows/" + id, token).expect(200).map())
                .containsEntry("log", Map.of("mode", "sample", "rate", 0.05));
        Map<String, Object> exported =
                api.get("/v1/workflows/" + id + "/export", token).expect(200).map();
        assertThat(exported).containsEntry("log", Map.of("mode", "sample", "rate", 0.05));

        String other = api.newProject(token, "logset-import");
        Map<String, Object> imported = api.post("/v1/projects/" + other + "/workflows/import", exported, token)
                .expect(201)
                .map();
        assertThat(imported).containsEntry("log", Map.of("mode", "sample", "rate", 0.05));

        api.put("/v1/workflows/" + id, echo(Map.of("mode", "off")), token).expect(200);
        assertThat(api.get("/v1/workflows/" + id + "/export", token).expect(200).map())
                .containsEntry("log", Map.of("mode", "off"));
        Map<String, Object> leftovers = echo(Map.of("mode", "errors"));
        List<Map<String, Object>> nodes = new java.util.ArrayList<>();
        for (Object node : (List<?>) leftovers.get("nodes")) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) node);
            Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) copy.get("data"));
            data.put("connectionString", "left over");
            copy.put("data", data);
            nodes.add(copy);
        }
        leftovers.put("nodes", nodes);
        ApiResponse refused = api.post("/v1/projects/" + projectId + "/workflows", leftovers, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.map().get("violations"))
                .extracting(v -> v.get("code") + "@" + v.get("path"))
                .containsExactly(
                        "UNKNOWN_FIELD@nodes[0].data.connectionString", "UNKNOWN_FIELD@nodes[1].data.connectionString");
        assertThat(refused.text()).doesNotContain("left over");

        Map<String, Object> plain = new LinkedHashMap<>(ApiClient.fixture("echo.json"));
        String unset = api.newWorkflow(token, projectId, plain);
        assertThat(api.get("/v1/workflows/" + unset + "/export", token)
                        .expect(200)
                        .map())
                .doesNotContainKey("log");
    }
}
