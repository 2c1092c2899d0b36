package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class DataExplorerTest {
    private final ApiClient api;
    private final String token;

    DataExplorerTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    private String collections(String projectId) {
        return "/v1/projects/" + projectId + "/data/collections";
    }

    @Test
    void documents_are_created_paged_read_replaced_and_deleted() {
        String base = collections(api.newProject(token, "crud"));
        assertThat(api.get(base, token).expect(200).list()).isEmpty();

        String id = (String) api.post(base + "/notes/documents", Map.of("title", "milk", "n", 1), token)
                .expect(201)
                .map()
                .get("_id");
        assertThat(id).matches("[0-9a-f]{24}");
        api.post(
                        base + "/notes/documents",
                        Map.of("title", "eggs", "at", Map.of("$date", "2025-01-02T03:04:05Z")),
                        token)
                .expect(201);

        assertThat(api.get(base, token).expect(200).list())
                .containsExactly(Map.of("name", "notes", "count", 2, "schema", false));
        ApiResponse page =
                api.get(base + "/notes/documents?skip=1&limit=1", token).expect(200);
        assertThat(page.map())
                .containsEntry("total", 2)
                .containsEntry("skip", 1)
                .containsEntry("limit", 1);
        assertThat((List<?>) page.map().get("documents"))
                .singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d).get("at")).isEqualTo("2025-01-02T03:04:05Z"));
        assertThat(api.get(base + "/notes/documents/" + id, token).expect(200).map())
                .isEqualTo(Map.of("_id", id, "title", "milk", "n", 1));

        assertThat(api.call("PUT", base + "/notes/documents/" + id, Map.of("title", "oat milk"), token)
                        .expect(200)
                        .map())
                .isEqualTo(Map.of("_id", id, "title", "oat milk"));
        api.call("DELETE", base + "/notes/documents/" + id, null, token).expect(204);
        assertThat(api.get(base + "/notes/documents/" + id, token).status()).isEqualTo(404);
        assertThat(api.call("DELETE", base + "/notes/documents/" + id, null, token)
                        .status())
                .isEqualTo(404);
        assertThat(api.call("PUT", base + "/notes/documents/" + id, Map.of("a", 1), token)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void a_schema_rejects_bad_documents_with_every_violation_and_unique_fields_reject_duplicates() {
        String base = collections(api.newProject(token, "schema"));
        Map<String, Object> schema = Map.of(
                "required", List.of("name", "email"),
                "additionalProperties", false,
                "x-unique", List.of("email"),
                "properties",
                        Map.of(
                                "name", Map.of("type", "string", "minLength", 1),
                                "email", Map.of("type", "string", "pattern", "^[^@]+@[^@]+$"),
                                "age", Map.of("type", "integer", "minimum", 0, "maximum", 150),
                                "role", Map.of("enum", List.of("admin", "user"))));
        api.call("PUT", base + "/people/schema", schema, token).expect(200);
        assertThat(api.get(base + "/people/schema", token).expect(200).map())
                .containsEntry("collection", "people")
                .containsEntry("schema", schema);

        ApiResponse bad =
                api.post(base + "/people/documents", Map.of("age", 200.5, "role", "god", "extra", true), token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).isEqualTo("INVALID_REQUEST");
        // 200.5 is no integer and above the maximum: both are said
        assertThat(fields(bad)).containsExactlyInAnyOrder("name", "email", "age", "age", "role", "extra");

        String id = (String) api.post(
                        base + "/people/documents",
                        Map.of("name", "Ada", "email", "ada@x.io", "age", 36, "role", "admin"),
                        token)
                .expect(201)
                .map()
                .get("_id");
        ApiResponse duplicate = api.post(base + "/people/documents", Map.of("name", "Eve", "email", "ada@x.io"), token);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(fields(duplicate)).containsExactly("email");
        api.call("PUT", base + "/people/documents/" + id, Map.of("name", "Ada L.", "email", "ada@x.io"), token)
                .expect(200);
        assertThat(fields(api.call("PUT", base + "/people/documents/" + id, Map.of("name", ""), token)))
                .containsExactlyInAnyOrder("name", "email");
        assertThat(api.get(base, token).expect(200).list())
                .containsExactly(Map.of("name", "people", "count", 1, "schema", true));
    }

    @Test
    void an_invalid_schema_is_refused_with_every_problem() {
        String base = collections(api.newProject(token, "badschema"));
        ApiResponse r = api.call(
                "PUT",
                base + "/things/schema",
                Map.of(
                        "properties",
                        Map.of(
                                "a", Map.of("type", "text"),
                                "b", Map.of("type", "integer", "minimum", 5, "maximum", 1),
                                "c", Map.of("type", "object", "properties", Map.of("d", Map.of("x-unique", true))),
                                "e", Map.of("pattern", "(unclosed"),
                                "f", Map.of("typo", 1))),
                token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_INPUT");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) r.map().get("violations");
        assertThat(violations)
                .extracting(v -> v.get("path"))
                .containsExactlyInAnyOrder(
                        "properties.a.type",
                        "properties.b.minimum",
                        "properties.c.properties.d.x-unique",
                        "properties.e.pattern",
                        "properties.f.typo");
        assertThat(api.get(base + "/things/schema", token).status()).isEqualTo(404);
    }

    @Test
    void a_field_cannot_become_unique_while_stored_values_repeat_and_a_deleted_schema_stops_checking() {
        String base = collections(api.newProject(token, "repeats"));
        api.post(base + "/tags/documents", Map.of("name", "x"), token).expect(201);
        api.post(base + "/tags/documents", Map.of("name", "x"), token).expect(201);

        ApiResponse r = api.call(
                "PUT",
                base + "/tags/schema",
                Map.of("properties", Map.of("name", Map.of()), "x-unique", List.of("name")),
                token);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.map()).containsEntry("field", "name");

        api.call("PUT", base + "/tags/schema", Map.of("required", List.of("name")), token)
                .expect(200);
        assertThat(api.post(base + "/tags/documents", Map.of("other", 1), token).status())
                .isEqualTo(400);
        api.call("DELETE", base + "/tags/schema", null, token).expect(204);
        api.post(base + "/tags/documents", Map.of("other", 1), token).expect(201);
    }

    @Test
    void another_users_data_answers_404_and_bad_paging_or_names_400() {
        String projectId = api.newProject(token, "mine");
        String base = collections(projectId);
        String id = (String) api.post(base + "/secret/documents", Map.of("a", 1), token)
                .expect(201)
                .map()
                .get("_id");
        String other = api.newUser("other");

        assertThat(api.get(base, other).status()).isEqualTo(404);
        assertThat(api.get(base + "/secret/documents", other).status()).isEqualTo(404);
        assertThat(api.get(base + "/secret/documents/" + id, other).status()).isEqualTo(404);
        assertThat(api.call("DELETE", base + "/secret/documents/" + id, null, other)
                        .status())
                .isEqualTo(404);
        assertThat(api.call("PUT", base + "/secret/schema", Map.of(), other).status())
                .isEqualTo(404);
        assertThat(api.get(base + "/secret/documents?limit=1000", token).status())
                .isEqualTo(400);
        assertThat(api.get(base + "/secret/documents?skip=-1", token).status()).isEqualTo(400);
        assertThat(api.get(base + "/system.users/documents", token).status()).isEqualTo(400);
        assertThat(api.get(base + "/secret/documents/" + id, token).status()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private List<Object> fields(ApiResponse r) {
        return ((List<Map<String, Object>>) r.map().get("details"))
                .stream().map(d -> d.get("field")).toList();
    }
}
