package io.dotportion.server.workflow;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.dotportion.core.value.Json;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version deployed before unknown fields and loops without items were errors (simulated by writing such a
 * document into the store with the server stopped) keeps serving after a restart; its draft, deployed again,
 * reports them.
 */
class VersionsBeforeStricterRulesTest {
    private static final String LOOPING = """
            {"name": "Doubles", "method": "POST", "path": "/doubles", "nodes": [
              {"id": "start", "type": "apiStart", "data": {}},
              {"id": "rows", "type": "logic", "data": {"code": "return request.body.rows;"}},
              {"id": "each", "type": "loop", "data": {"items": "{{input}}"}},
              {"id": "double", "type": "logic", "data": {"code": "return input * 2;"}},
              {"id": "out", "type": "response", "data": {"status": 200}}],
             "edges": [{"id": "e1", "source": "start", "target": "rows"},
                       {"id": "e2", "source": "rows", "target": "each"},
                       {"id": "e3", "source": "each", "target": "double", "sourceHandle": "true"},
                       {"id": "e4", "source": "double", "target": "each"},
                       {"id": "e5", "source": "each", "target": "out", "sourceHandle": "false"}]}
            """;

    @TempDir
    Path dataDir;

    @Test
    @SuppressWarnings("unchecked")
    void an_earlier_version_keeps_serving_after_a_restart_and_its_draft_reports_the_problems_on_deploy() {
        PlatformConfig config = PlatformConfig.forTests(dataDir);
        String workflowId;
        String base;
        String token;
        try (Platform first = Platform.start(config)) {
            ApiClient api = new ApiClient(first.port());
            token = api.newUser("earlier");
            String projectId = api.newProject(token, "earlier");
            workflowId = api.newWorkflow(token, projectId, LOOPING);
            api.deploy(token, workflowId);
            base = "/api/" + api.username(token) + "/earlier";
        }
        Consumer<Map<String, Object>> loosen = document -> {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) document.get("nodes");
            ((Map<String, Object>) nodes.get(2).get("data")).remove("items");
            ((Map<String, Object>) nodes.get(4).get("data")).put("stauts", 201);
        };
        rewrite("workflowVersions", "workflowId", workflowId, "document", loosen);
        rewrite("workflows", "_id", new org.bson.types.ObjectId(workflowId), "draft", loosen);

        try (Platform again = Platform.start(config)) {
            ApiClient api = new ApiClient(again.port());
            assertThat(api.post(base + "/doubles", Map.of("rows", List.of(1, 2, 3)), null)
                            .expect(200)
                            .json())
                    .isEqualTo(List.of(2, 4, 6));

            ApiResponse deploy = api.post("/v1/workflows/" + workflowId + "/deploy", null, token);
            assertThat(deploy.status()).isEqualTo(400);
            assertThat((List<Map<String, Object>>) deploy.map().get("violations"))
                    .extracting(v -> v.get("code") + "@" + v.get("path"))
                    .containsExactlyInAnyOrder(
                            "INVALID_CONFIG@nodes[2].data.items", "UNKNOWN_FIELD@nodes[4].data.stauts");
            assertThat(api.get("/v1/workflows/" + workflowId + "/export", token)
                            .expect(200)
                            .text())
                    .doesNotContain("stauts");
            ApiResponse rollback = api.post("/v1/workflows/" + workflowId + "/rollback", Map.of("version", 1), token);
            assertThat(rollback.status()).as(rollback.text()).isEqualTo(200);
        }
    }

    @SuppressWarnings("unchecked")
    private void rewrite(
            String collection, String key, Object value, String field, Consumer<Map<String, Object>> change) {
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> documents =
                    client.getDatabase(PlatformConfig.DEFAULT_DATABASE).getCollection(collection);
            Document stored = documents.find(eq(key, value)).first();
            assertThat(stored).as(collection).isNotNull();
            Map<String, Object> document = (Map<String, Object>) Json.parse(stored.getString(field));
            change.accept(document);
            documents.updateOne(eq("_id", stored.get("_id")), Updates.set(field, Json.write(document)));
        }
    }
}
