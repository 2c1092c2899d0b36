package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A collection schema written as standard JSON Schema (draft 2020-12) is enforced over HTTP on the real server, on
 * the writes of deployed {@code database} nodes and of the data explorer alike, with every failing field listed.
 */
@PlatformTest
class CollectionJsonSchemaTest {
    private static final Map<String, Object> SCHEMA = Map.of(
            "$schema", "https://json-schema.org/draft/2020-12/schema",
            "type", "object",
            "required", List.of("name", "email", "address"),
            "additionalProperties", false,
            "x-unique", List.of("email"),
            "properties",
                    Map.of(
                            "name", Map.of("type", "string", "minLength", 2, "maxLength", 40),
                            "email", Map.of("type", "string", "format", "email"),
                            "role", Map.of("enum", List.of("admin", "user")),
                            "code", Map.of("type", "string", "pattern", "^[A-Z]{3}-[0-9]{3}$"),
                            "visits", Map.of("type", "integer", "minimum", 0),
                            "tags", Map.of("type", "array", "maxItems", 3, "items", Map.of("type", "string")),
                            "address", Map.of("$ref", "#/$defs/address")),
            "$defs",
                    Map.of(
                            "address",
                            Map.of(
                                    "type", "object",
                                    "required", List.of("city"),
                                    "properties",
                                            Map.of(
                                                    "city", Map.of("type", "string", "minLength", 1),
                                                    "zip", Map.of("type", "string", "pattern", "^[0-9]{4}$")))));

    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;
    private final String data;

    CollectionJsonSchemaTest(SignedUpUser user) {
        String slug = "jsonschema";
        api = user.api();
        token = user.token();
        projectId = user.newProject(slug);
        base = user.base(slug);
        data = "/v1/projects/" + projectId + "/data/collections";
        api.call("PUT", data + "/people/schema", SCHEMA, token).expect(200);
        deploy("Add", "POST", "/people", Map.of("operation", "insertOne", "data", "{{request.body}}"), 201);
        deploy(
                "Change",
                "PATCH",
                "/people/{email}",
                Map.of(
                        "operation",
                        "updateOne",
                        "filter",
                        Map.of("email", "{{request.params.email}}"),
                        "update",
                        Map.of(
                                "$set", Map.of("address.city", "", "tags", List.of("a")),
                                "$unset", Map.of("name", ""),
                                "$inc", Map.of("email", 1, "visits", 1),
                                "$push", Map.of("tags", "x"))),
                200);
        deploy(
                "Move",
                "PUT",
                "/people/{email}/zip",
                Map.of(
                        "operation",
                        "updateOne",
                        "filter",
                        Map.of("email", "{{request.params.email}}"),
                        "update",
                        Map.of("$set", Map.of("address.zip", "{{request.body.zip}}"))),
                200);
    }

    private void deploy(String name, String method, String path, Map<String, Object> node, int status) {
        Map<String, Object> config = new java.util.LinkedHashMap<>(node);
        config.put("collection", "people");
        api.deploy(
                token,
                api.newWorkflow(
                        token, projectId, Workflows.single(name, method, path, DatabaseNode.ID, config, status)));
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> details(ApiResponse r) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
        Map<Object, Object> out = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) r.map().get("details")).forEach(d -> out.put(d.get("field"), d.get("reason")));
        return out;
    }

    private static final Map<String, Object> BAD = Map.of(
            "name",
            "A",
            "email",
            "not-an-address",
            "role",
            "god",
            "code",
            "abc",
            "visits",
            -1,
            "tags",
            List.of("a", 2, "c", "d"),
            "address",
            Map.of("zip", "12"),
            "extra",
            true);

    private static final Map<Object, Object> BAD_REASONS = Map.of(
            "name", "must be at least 2 characters long",
            "email", "must be an email address",
            "role", "must be one of: admin, user",
            "code", "must match the pattern ^[A-Z]{3}-[0-9]{3}$",
            "visits", "must be at least 0",
            "tags", "must have at most 3 items",
            "tags[1]", "must be of type string",
            "address.city", "is required",
            "address.zip", "must match the pattern ^[0-9]{4}$",
            "extra", "is not allowed: the schema allows no other fields");

    @Test
    void a_node_insert_breaking_the_schema_lists_every_failing_field_and_writes_nothing() {
        assertThat(details(api.post(base + "/people", BAD, null))).isEqualTo(BAD_REASONS);
        assertThat(details(api.post(base + "/people", Map.of(), null)))
                .containsOnlyKeys("name", "email", "address")
                .containsValue("is required");
        assertThat(api.get(data + "/people/documents", token).expect(200).text())
                .doesNotContain("not-an-address");
    }

    @Test
    void an_explorer_insert_or_replace_breaking_the_schema_lists_every_failing_field() {
        assertThat(details(api.post(data + "/people/documents", BAD, token))).isEqualTo(BAD_REASONS);

        String id = (String) api.post(
                        data + "/people/documents",
                        Map.of("name", "Ada", "email", "ada@x.io", "address", Map.of("city", "Oslo")),
                        token)
                .expect(201)
                .map()
                .get("_id");
        assertThat(details(api.put(data + "/people/documents/" + id, Map.of("name", 7, "email", "ada@x.io"), token)))
                .isEqualTo(Map.of("name", "must be of type string", "address", "is required"));
        assertThat(details(api.post(
                        data + "/people/documents",
                        Map.of("name", "Eve", "email", "ada@x.io", "address", Map.of("city", "Rome")),
                        token)))
                .isEqualTo(Map.of("email", "must be unique: another document has this value"));
    }

    @Test
    void node_updates_are_checked_operator_by_operator_against_the_fields_they_touch() {
        api.post(base + "/people", Map.of("name", "Bob", "email", "bob@x.io", "address", Map.of("city", "Oslo")), null)
                .expect(201);
        String bob = base + "/people/bob@x.io";

        assertThat(details(api.call("PATCH", bob, Map.of(), null)))
                .isEqualTo(Map.of(
                        "address.city", "must be at least 1 characters long",
                        "name", "is required and cannot be removed",
                        "email", "is not a number",
                        "visits", "has bounds: change it with $set",
                        "tags", "has maxItems: change it with $set"));
        assertThat(details(api.put(bob + "/zip", Map.of("zip", "1"), null)))
                .isEqualTo(Map.of("address.zip", "must match the pattern ^[0-9]{4}$"));
        assertThat(details(api.put(bob + "/zip", Map.of("zip", 1234), null)))
                .isEqualTo(Map.of("address.zip", "must be of type string"));
        api.put(bob + "/zip", Map.of("zip", "0150"), null).expect(200);
        assertThat(api.get(data + "/people/documents", token).expect(200).text())
                .contains("0150");
    }

    @Test
    void a_schema_outside_the_subset_is_refused_with_each_problem_and_a_remote_reference_is_never_fetched()
            throws IOException {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "{\"type\": \"string\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
        try {
            String url = "http://127.0.0.1:" + remote.getAddress().getPort() + "/schema.json";
            ApiResponse r = api.call(
                    "PUT",
                    data + "/things/schema",
                    Map.of(
                            "$id",
                            url,
                            "properties",
                            Map.of(
                                    "a", Map.of("$ref", url),
                                    "b", Map.of("$ref", url + "#/$defs/x"),
                                    "c", Map.of("oneOf", List.of(Map.of("type", "string"))),
                                    "d", Map.of("pattern", "^(a+)+$"),
                                    "e", Map.of("type", "text"))),
                    token);

            assertThat(r.status()).isEqualTo(400);
            assertThat(r.error()).isEqualTo("INVALID_INPUT");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations =
                    (List<Map<String, Object>>) r.map().get("violations");
            assertThat(violations)
                    .extracting(v -> v.get("path"))
                    .containsExactlyInAnyOrder(
                            "$id",
                            "properties.a.$ref",
                            "properties.b.$ref",
                            "properties.c.oneOf",
                            "properties.d.pattern",
                            "properties.e.type");
            assertThat(fetched).hasValue(0);
            assertThat(api.get(data + "/things/schema", token).status()).isEqualTo(404);
        } finally {
            remote.stop(0);
        }
    }

    @Test
    void the_saved_schema_is_answered_as_given() {
        assertThat(api.get(data + "/people/schema", token).expect(200).map()).containsEntry("schema", SCHEMA);
    }
}
