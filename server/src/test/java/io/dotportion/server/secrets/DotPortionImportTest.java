package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DotPortion's exports (docs/WORKFLOWS.md): the create-todo export imports, deploys and behaves, and nodes that name
 * a secret only by its type get the project's one secret of that type.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class DotPortionImportTest {
    private static final String KEY = "import-test-key-0123456789abcdef0123456789abcdef";
    private static final String URL = "mongodb://app:import-pass@127.0.0.1:27017/app";

    private final ApiClient api;
    private final String token;

    DotPortionImportTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_create_todo_export_imports_deploys_and_behaves() {
        String projectId = api.newProject(token, "todos");
        Map<String, Object> created = api.post(
                        "/v1/projects/" + projectId + "/workflows/import",
                        ApiClient.fixture("dotportion-create-todo.json"),
                        token)
                .expect(201)
                .map();
        assertThat(created).containsEntry("path", "/create-todo").containsEntry("method", "POST");
        assertThat((List<Object>) created.get("warnings")).isEmpty();
        api.deploy(token, created.get("id").toString());
        String url = "/api/" + api.username(token) + "/todos/create-todo";

        ApiResponse inserted = api.post(url, Map.of("title", "Buy milk", "done", false), null);
        assertThat(inserted.status()).isEqualTo(201);
        assertThat(inserted.map().get("insertedId").toString()).matches("[0-9a-f]{24}");
        assertThat(api.post(url, Map.of("title", ""), null).status()).isEqualTo(400);
        assertThat(api.post(url, Map.of("done", true), null).status()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_node_without_a_secret_name_gets_the_projects_one_secret_of_its_type() {
        String projectId = api.newProject(token, "bytype");
        api.putSecret(token, projectId, "signing", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        api.putSecret(token, projectId, "main_db", Map.of("type", "mongodb", "value", URL))
                .expect(201);
        Map<String, Object> created = api.post("/v1/projects/" + projectId + "/workflows/import", unnamed(), token)
                .expect(201)
                .map();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Object node : (List<Object>) created.get("nodes")) {
            Map<String, Object> n = (Map<String, Object>) node;
            Object secret = ((Map<String, Object>) n.get("data")).get("secret");
            if (secret != null) {
                secrets.put(n.get("id").toString(), secret.toString());
            }
        }
        assertThat(secrets).isEqualTo(Map.of("verify", "signing", "find", "main_db"));
        assertThat((List<Object>) created.get("warnings")).isEmpty();
        api.deploy(token, created.get("id").toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void without_exactly_one_secret_of_the_type_the_node_gets_a_violation() {
        String projectId = api.newProject(token, "ambiguous");
        api.putSecret(token, projectId, "one", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        api.putSecret(token, projectId, "two", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        ApiResponse refused = api.post("/v1/projects/" + projectId + "/workflows", unnamed(), token);
        assertThat(refused.status()).isEqualTo(400);
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) refused.map().get("violations");
        assertThat(violations)
                .filteredOn(v -> v.get("path").equals("nodes[1].data.secret"))
                .singleElement()
                .satisfies(v -> assertThat(v.get("message").toString()).contains("2 jwt secrets (one, two)"));
        assertThat(violations)
                .filteredOn(v -> v.get("path").equals("nodes[2].data.secret"))
                .singleElement()
                .satisfies(v -> assertThat(v.get("message").toString()).contains("no mongodb secret"));
    }

    /** The me example with its nodes naming no secret. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> unnamed() {
        Map<String, Object> document = new LinkedHashMap<>(ApiClient.fixture("me.json"));
        document.put(
                "nodes",
                ((List<Map<String, Object>>) document.get("nodes"))
                        .stream()
                                .map(node -> {
                                    Map<String, Object> copy = new LinkedHashMap<>(node);
                                    Map<String, Object> data =
                                            new LinkedHashMap<>((Map<String, Object>) node.get("data"));
                                    data.remove("secret");
                                    copy.put("data", data);
                                    return copy;
                                })
                                .toList());
        return document;
    }
}
