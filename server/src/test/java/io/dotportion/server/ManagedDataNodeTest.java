package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deployed workflows with database nodes write to a collection whose schema the platform enforces. */
@PlatformTest
class ManagedDataNodeTest {
    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;

    ManagedDataNodeTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("crm");
        base = user.base("crm");
        api.call(
                        "PUT",
                        "/v1/projects/" + projectId + "/data/collections/people/schema",
                        Map.of(
                                "required", List.of("name", "email"),
                                "properties",
                                        Map.of(
                                                "name", Map.of("type", "string", "minLength", 1),
                                                "email", Map.of("type", "string", "unique", true),
                                                "age", Map.of("type", "integer", "minimum", 0))),
                        token)
                .expect(200);
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.single(
                                "Add person",
                                "POST",
                                "/people",
                                "database",
                                Map.of("collection", "people", "operation", "insertOne", "data", "{{request.body}}"),
                                201)));
        api.deploy(token, api.newWorkflow(token, projectId, caught()));
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.single(
                                "Rename",
                                "PATCH",
                                "/people/{email}",
                                "database",
                                Map.of(
                                        "collection",
                                        "people",
                                        "operation",
                                        "updateOne",
                                        "filter",
                                        Map.of("email", "{{request.params.email}}"),
                                        "data",
                                        "{{request.body}}"),
                                200)));
    }

    /** POST /guarded: the insert's error edge answers 422 with the error it caught. */
    private Map<String, Object> caught() {
        Map<String, Object> doc = Workflows.single(
                "Guarded",
                "POST",
                "/guarded",
                "database",
                Map.of("collection", "people", "operation", "insertOne", "data", "{{request.body}}"),
                201);
        @SuppressWarnings("unchecked")
        List<Object> nodes = new ArrayList<>((List<Object>) doc.get("nodes"));
        nodes.add(Workflows.node("refused", "response", Map.of("status", 422, "body", Map.of("refused", "{{input}}"))));
        @SuppressWarnings("unchecked")
        List<Object> edges = new ArrayList<>((List<Object>) doc.get("edges"));
        edges.add(Map.of("id", "err", "source", "act", "target", "refused", "sourceHandle", "error"));
        Map<String, Object> out = new LinkedHashMap<>(doc);
        out.put("nodes", nodes);
        out.put("edges", edges);
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object> fields(ApiResponse r) {
        return ((List<Map<String, Object>>) r.map().get("details"))
                .stream().map(d -> d.get("field")).toList();
    }

    @Test
    void a_bad_document_is_rejected_with_every_violation_and_nothing_is_written() {
        ApiResponse r = api.post(base + "/people", Map.of("age", -3, "nick", "x"), null);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
        assertThat(r.map()).containsKey("executionId");
        assertThat(fields(r)).containsExactlyInAnyOrder("name", "email", "age");
        assertThat(api.get("/v1/projects/" + projectId + "/data/collections/people/documents", token)
                        .expect(200)
                        .text())
                .doesNotContain("nick");
    }

    @Test
    void a_unique_field_rejects_a_duplicate_written_by_a_workflow() {
        api.post(base + "/people", Map.of("name", "Ada", "email", "ada@x.io"), null)
                .expect(201);

        ApiResponse again = api.post(base + "/people", Map.of("name", "Ada2", "email", "ada@x.io"), null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(fields(again)).containsExactly("email");
    }

    @Test
    void the_workflows_error_edge_handles_a_violation_itself() {
        ApiResponse r = api.post(base + "/guarded", Map.of("name", ""), null);

        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text()).contains("INVALID_REQUEST").contains("name").contains("email");
    }

    @Test
    void updates_through_a_workflow_are_checked_too() {
        api.post(base + "/people", Map.of("name", "Bob", "email", "bob@x.io"), null)
                .expect(201);

        assertThat(fields(api.call("PATCH", base + "/people/bob@x.io", Map.of("age", "ten"), null)))
                .containsExactly("age");
        api.call("PATCH", base + "/people/bob@x.io", Map.of("age", 10), null).expect(200);
    }
}
