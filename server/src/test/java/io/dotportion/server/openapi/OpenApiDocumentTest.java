package io.dotportion.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.value.Json;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.BuiltInNodeTypes;
import io.dotportion.server.support.OpenApiSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static DeployedWorkflow deployed(String fixture, int version) {
        WorkflowDocument doc =
                WorkflowDocuments.read(ApiClient.fixture(fixture)).document();
        return new DeployedWorkflow(
                "wf-" + fixture,
                version,
                HttpMethod.parse(doc.method()).orElseThrow(),
                RoutePath.parse(doc.path()),
                doc);
    }

    private static Map<String, Object> document(boolean rateLimited, String... fixtures) {
        List<DeployedWorkflow> workflows =
                java.util.Arrays.stream(fixtures).map(f -> deployed(f, 1)).toList();
        return OpenApiDocument.build("Shop", "/api/ada/shop", rateLimited, workflows, BuiltInNodeTypes.registry());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> doc, String... keys) {
        Object current = doc;
        for (String key : keys) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    @Test
    void a_project_with_several_workflows_gives_a_valid_openapi_31_document() {
        Map<String, Object> doc = document(
                true,
                "get-user.json",
                "typed-user.json",
                "adult-check.json",
                "search.json",
                "jwt-protected.json",
                "items-get.json",
                "items-post.json");

        assertThat(OpenApiSchema.violations(Json.write(doc))).isEmpty();
        assertThat(doc)
                .containsEntry("openapi", "3.1.0")
                .containsEntry("servers", List.of(Map.of("url", "/api/ada/shop")));
        assertThat(at(doc, "paths")).containsOnlyKeys("/items", "/me", "/people", "/search", "/users/{id}");
        assertThat(at(doc, "paths", "/users/{id}")).containsOnlyKeys("get", "put");
        assertThat(at(doc, "paths", "/items")).containsOnlyKeys("get", "post");
    }

    @Test
    void path_parameters_come_from_the_template_typed_by_a_params_declaration() {
        Map<String, Object> doc = document(false, "get-user.json", "typed-user.json");

        assertThat(at(doc, "paths", "/users/{id}", "get").get("parameters"))
                .isEqualTo(List.of(
                        Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "string"))));
        assertThat(at(doc, "paths", "/users/{id}", "put").get("parameters"))
                .isEqualTo(List.of(Map.of(
                        "name",
                        "id",
                        "in",
                        "path",
                        "required",
                        true,
                        "schema",
                        Map.of("type", "integer", "minimum", 1))));
    }

    @Test
    void query_and_header_parameters_carry_types_bounds_patterns_enums_and_defaults() {
        Map<String, Object> search = at(document(false, "search.json"), "paths", "/search", "get");

        assertThat(search.get("parameters"))
                .isEqualTo(List.of(
                        Map.of(
                                "name",
                                "q",
                                "in",
                                "query",
                                "required",
                                true,
                                "schema",
                                Map.of("type", "string", "minLength", 1, "maxLength", 50, "pattern", "^[a-z ]+$")),
                        Map.of(
                                "name",
                                "limit",
                                "in",
                                "query",
                                "required",
                                false,
                                "schema",
                                Map.of("type", "integer", "minimum", 1, "maximum", 100, "default", 10)),
                        Map.of(
                                "name",
                                "sort",
                                "in",
                                "query",
                                "required",
                                false,
                                "schema",
                                Map.of("type", "string", "enum", List.of("new", "old"))),
                        Map.of(
                                "name",
                                "x-client",
                                "in",
                                "header",
                                "required",
                                true,
                                "schema",
                                Map.of("type", "string"))));
        assertThat(search).doesNotContainKeys("requestBody", "security");
    }

    @Test
    void body_parameters_become_a_json_request_body_with_required_properties() {
        Map<String, Object> people = at(document(false, "adult-check.json"), "paths", "/people", "post");

        assertThat(at(people, "requestBody")).containsEntry("required", true);
        assertThat(at(people, "requestBody", "content", "application/json", "schema"))
                .isEqualTo(Map.of(
                        "type", "object",
                        "properties",
                                Map.of(
                                        "name",
                                        Map.of("type", "string", "minLength", 1),
                                        "age",
                                        Map.of("type", "integer", "minimum", 0, "maximum", 150)),
                        "required", List.of("name", "age")));
        Map<String, Object> put = at(document(false, "typed-user.json"), "paths", "/users/{id}", "put");
        assertThat(at(put, "requestBody", "content", "application/json", "schema", "properties"))
                .isEqualTo(Map.of(
                        "email", Map.of("type", "string", "format", "email"),
                        "tags", Map.of("type", "array", "items", Map.of(), "maxItems", 5)));
    }

    @Test
    void a_jwt_verify_node_requires_a_bearer_token_and_documents_401() {
        Map<String, Object> doc = document(false, "jwt-protected.json", "get-user.json");

        assertThat(at(doc, "paths", "/me", "get").get("security")).isEqualTo(List.of(Map.of("bearerAuth", List.of())));
        assertThat(at(doc, "paths", "/me", "get", "responses")).containsKey("401");
        assertThat(at(doc, "paths", "/users/{id}", "get")).doesNotContainKey("security");
        assertThat(at(doc, "paths", "/users/{id}", "get", "responses")).doesNotContainKey("401");
        assertThat(at(doc, "components", "securitySchemes", "bearerAuth"))
                .isEqualTo(Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"));
    }

    @Test
    void a_response_description_names_a_labelled_node_by_its_label_with_the_id_second() {
        Map<String, Object> doc = document(false, "adult-check-labelled.json");

        Map<String, Object> responses = at(doc, "paths", "/labelled", "post", "responses");
        assertThat(at(responses, "400").get("description"))
                .isEqualTo("The answer of response 'Too young' (node reject)");
        assertThat(at(responses, "200").get("description")).isEqualTo("The answer of response node 'welcome'");
    }

    @Test
    void responses_list_each_response_node_status_and_the_errors_that_apply() {
        Map<String, Object> doc = document(false, "adult-check.json", "get-user.json", "typed-user.json");

        Map<String, Object> people = at(doc, "paths", "/people", "post", "responses");
        assertThat(people).containsOnlyKeys("200", "400", "413", "500", "504");
        assertThat(at(people, "400").get("description")).isEqualTo("The answer of response node 'reject'");
        assertThat(at(doc, "paths", "/users/{id}", "get", "responses")).containsOnlyKeys("200", "500", "504");
        assertThat(at(doc, "paths", "/users/{id}", "put", "responses"))
                .containsOnlyKeys("200", "404", "400", "413", "500", "504");
        assertThat(at(doc, "paths", "/users/{id}", "get", "responses", "500", "content", "application/json", "schema"))
                .isEqualTo(Map.of("$ref", "#/components/schemas/Error"));
        assertThat(at(doc, "components", "schemas", "Error", "properties")).containsKeys("error", "message");
    }

    @Test
    void a_rate_limited_project_documents_429() {
        assertThat(at(document(true, "get-user.json"), "paths", "/users/{id}", "get", "responses"))
                .containsKey("429");
        assertThat(at(document(false, "get-user.json"), "paths", "/users/{id}", "get", "responses"))
                .doesNotContainKey("429");
    }

    @Test
    void operation_ids_are_unique_and_the_version_follows_the_deployments() {
        DeployedWorkflow first = deployed("items-get.json", 1);
        DeployedWorkflow twin = new DeployedWorkflow("wf-twin", 1, HttpMethod.DELETE, first.path(), first.document());
        Map<String, Object> doc = OpenApiDocument.build(
                "Shop", "/api/ada/shop", false, List.of(first, twin), BuiltInNodeTypes.registry());
        Map<String, Object> redeployed = OpenApiDocument.build(
                "Shop",
                "/api/ada/shop",
                false,
                List.of(deployed("items-get.json", 2), twin),
                BuiltInNodeTypes.registry());

        assertThat(at(doc, "paths", "/items", "get").get("operationId"))
                .isNotEqualTo(at(doc, "paths", "/items", "delete").get("operationId"));
        assertThat(at(doc, "info").get("version"))
                .isNotEqualTo(at(redeployed, "info").get("version"));
        assertThat(OpenApiSchema.violations(Json.write(doc))).isEmpty();
    }

    @Test
    void the_schema_check_itself_rejects_a_broken_document() {
        Map<String, Object> doc = new java.util.LinkedHashMap<>(document(false, "get-user.json"));
        doc.put("openapi", "2.0");
        doc.remove("info");

        assertThat(OpenApiSchema.violations(Json.write(doc))).isNotEmpty();
    }
}
