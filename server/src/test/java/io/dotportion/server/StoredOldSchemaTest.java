package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.ServedStore;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import io.dotportion.store.data.MongoDataSchemaStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project whose collection schema was stored in the first format (field-level {@code unique}, {@code date} and
 * {@code objectId} types) keeps working: its schema is read as standard JSON Schema and enforced on node and explorer
 * writes, and answered in the standard form.
 */
@PlatformTest
class StoredOldSchemaTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.defaults().servedStore();

    private static final String OLD = """
            {"required": ["email", "since"], "additionalProperties": false, "properties": {
              "email": {"type": "string", "unique": true, "format": "ignored by the first format"},
              "since": {"type": "date"},
              "owner": {"type": ["objectId", "null"]}}}
            """;

    private final ApiClient api;
    private final String token;
    private final String data;
    private final String base;

    StoredOldSchemaTest(SignedUpUser user, ServedStore store) {
        api = user.api();
        token = user.token();
        String projectId = user.newProject("legacy");
        base = user.base("legacy");
        data = "/v1/projects/" + projectId + "/data/collections/members";
        new MongoDataSchemaStore(store.platformDatabase(), Clock.systemUTC())
                .save(projectId, "members", cast(Json.parse(OLD)));
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.single(
                                "Join",
                                "POST",
                                "/members",
                                DatabaseNode.ID,
                                Map.of("collection", "members", "operation", "insertOne", "data", "{{request.body}}"),
                                201)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(ApiResponse r) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        return ((List<Map<String, Object>>) r.map().get("details"))
                .stream().map(d -> d.get("field")).toList();
    }

    @Test
    void the_old_schema_is_enforced_on_node_and_explorer_writes_and_answered_in_the_standard_form() {
        Map<String, Object> good =
                Map.of("email", "ada@x.io", "since", "2025-01-31T12:00:00Z", "owner", "6b0000000000000000000001");
        api.post(base + "/members", good, null).expect(201);

        assertThat(fields(api.post(base + "/members", Map.of("email", "ada@x.io", "since", "tomorrow"), null)))
                .containsExactlyInAnyOrder("email", "since");
        assertThat(fields(api.post(data + "/documents", Map.of("owner", "nope", "extra", 1), token)))
                .containsExactlyInAnyOrder("email", "since", "owner", "extra");
        api.post(
                        data + "/documents",
                        Map.of("email", "eve@x.io", "since", Map.of("$date", "2024-05-01T00:00:00Z")),
                        token)
                .expect(201);

        assertThat(api.get(data + "/schema", token).expect(200).map().get("schema"))
                .isEqualTo(Json.parse("""
                        {"required": ["email", "since"], "additionalProperties": false, "x-unique": ["email"],
                         "properties": {"email": {"type": "string"},
                           "since": {"type": "string", "format": "date-time"},
                           "owner": {"type": ["null", "string"], "pattern": "^[0-9a-fA-F]{24}$"}}}
                        """));
    }
}
