package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.ServedStore;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.support.Workflows;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The database nodes over HTTP: every operation through deployed workflows, on the managed database
 * ({@code project_<id>} in the platform store) and on a user's own MongoDB through a {@code mongodb} secret;
 * an unreachable database; injection attempts; refused operators.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class DatabaseEndpointsTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config -> config.withUserDatabases(
                    MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofSeconds(1))))
            .servedStore();

    private final UserDatabase userDb = new UserDatabase();
    private final ServedStore store;
    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;

    DatabaseEndpointsTest(SignedUpUser user, ServedStore store) {
        api = user.api();
        this.store = store;
        token = user.token();
        projectId = user.newProject("shop");
        base = user.base("shop");
        api.putSecret(
                        token,
                        projectId,
                        "users_db",
                        Map.of("type", "mongodb", "value", userDb.account("shop", "shop-password", "shop")))
                .expect(201);
        api.putSecret(
                        token,
                        projectId,
                        "down_db",
                        Map.of("type", "mongodb", "value", "mongodb://shop:pw@127.0.0.1:" + closedPort() + "/shop"))
                .expect(201);
        for (String kind : List.of("database", "mongodb")) {
            for (Map<String, Object> workflow : crud(kind)) {
                api.deploy(token, api.newWorkflow(token, projectId, workflow));
            }
        }
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.single(
                                "Down",
                                "GET",
                                "/down",
                                "mongodb",
                                Map.of("secret", "down_db", "collection", "items", "operation", "count"),
                                200)));
    }

    @AfterAll
    void stop() {
        userDb.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"database", "mongodb"})
    @SuppressWarnings("unchecked")
    void every_operation_works_through_deployed_workflows(String kind) {
        String at = base + "/" + kind;
        String id = post(at + "/items", Map.of("name", "apple", "qty", 3))
                .expect(201)
                .map()
                .get("insertedId")
                .toString();
        assertThat(id).matches("[0-9a-f]{24}");
        Map<String, Object> many = post(
                        at + "/batch",
                        Map.of("items", List.of(Map.of("name", "pear", "qty", 1), Map.of("name", "plum", "qty", 2))))
                .expect(201)
                .map();
        assertThat(many).containsEntry("insertedCount", 2);
        assertThat(api.get(at + "/items/" + id, null).expect(200).map())
                .containsEntry("_id", id)
                .containsEntry("name", "apple")
                .containsEntry("qty", 3);
        assertThat(api.get(at + "/items", null).expect(200).list())
                .containsExactly(
                        Map.of("name", "apple", "qty", 3),
                        Map.of("name", "pear", "qty", 1),
                        Map.of("name", "plum", "qty", 2));
        assertThat(api.get(at + "/count?name=pear", null).expect(200).map()).containsEntry("count", 1);
        assertThat(api.call("PATCH", at + "/items/" + id, Map.of("qty", 10), null)
                        .expect(200)
                        .map())
                .containsEntry("matched", 1)
                .containsEntry("modified", 1);
        assertThat(post(at + "/restock", null).expect(200).map()).containsEntry("matched", 3);
        assertThat(api.get(at + "/total", null).expect(200).list()).containsExactly(Map.of("total", 16));
        assertThat(api.delete(at + "/items/" + id, null).expect(200).map()).containsEntry("deleted", 1);
        assertThat(api.delete(at + "/items?name=pear", null).expect(200).map()).containsEntry("deleted", 1);
        assertThat(api.get(at + "/items", null).expect(200).list()).containsExactly(Map.of("name", "plum", "qty", 3));

        List<Document> stored = kind.equals("database")
                ? store.projectDatabase(projectId).getCollection("items").find().into(new ArrayList<>())
                : userDb.collection("shop", "items").find().into(new ArrayList<>());
        assertThat(stored)
                .singleElement()
                .satisfies(d -> assertThat(d.getString("name")).isEqualTo("plum"));
    }

    @Test
    void an_unreachable_database_answers_502_within_its_limit_while_other_endpoints_answer() {
        List<CompletableFuture<ApiResponse>> down = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            down.add(CompletableFuture.supplyAsync(() -> api.get(base + "/down", null)));
        }
        for (int i = 0; i < 10; i++) {
            api.get(base + "/mongodb/count", null).expect(200);
            api.get(base + "/database/count", null).expect(200);
        }
        for (CompletableFuture<ApiResponse> call : down) {
            ApiResponse answer = call.join();
            assertThat(answer.status()).isEqualTo(502);
            assertThat(answer.error()).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertThat(answer.text()).doesNotContain("mongodb://").doesNotContain(":pw@");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"database", "mongodb"})
    void request_values_never_act_as_operators(String kind) {
        String at = base + "/" + kind;
        post(at + "/items", Map.of("name", "secret-item", "qty", 1)).expect(201);
        ApiResponse body = post(at + "/find", Map.of("name", Map.of("$ne", "")));
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.error()).isEqualTo("INVALID_REQUEST");
        ApiResponse nested = post(at + "/items", Map.of("name", Map.of("$gt", ""), "qty", 1));
        assertThat(nested.status()).isEqualTo(400);
        assertThat(api.get(at + "/count?name=%7B%22%24ne%22%3A%22%22%7D", null)
                        .expect(200)
                        .map())
                .containsEntry("count", 0);
        assertThat(api.get(at + "/count?name%5B%24ne%5D=x", null).expect(200).map())
                .containsEntry("count", 0);
        ApiResponse header = api.raw("GET", at + "/by-tenant", null, null, Map.of("tenant", "{\"$ne\": \"\"}"));
        assertThat(header.expect(200).map()).containsEntry("count", 0);
        assertThat(post(at + "/find", Map.of("name", "secret-item")).expect(200).list())
                .hasSize(1);
        api.delete(at + "/items?name=secret-item", null).expect(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void refused_operators_are_violations_at_save_time() {
        Map<String, Object> where = Workflows.single(
                "Where",
                "GET",
                "/where",
                "mongodb",
                Map.of(
                        "secret",
                        "users_db",
                        "collection",
                        "items",
                        "operation",
                        "findMany",
                        "filter",
                        Map.of("$where", "sleep(100) || true")),
                200);
        ApiResponse refused = api.post("/v1/projects/" + projectId + "/workflows", where, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.map().get("violations"))
                .anySatisfy(v -> assertThat(v.get("path")).isEqualTo("nodes[1].data.filter.$where"));
        Map<String, Object> out = Workflows.single(
                "Out",
                "GET",
                "/out",
                "database",
                Map.of(
                        "collection",
                        "items",
                        "operation",
                        "aggregate",
                        "pipeline",
                        List.of(Map.of("$match", Map.of()), Map.of("$out", "copy")),
                        "filter",
                        Map.of("$expr", Map.of("$function", Map.of("body", "x", "args", List.of(), "lang", "js")))),
                200);
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) api.post("/v1/projects/" + projectId + "/workflows/validate", out, token)
                        .expect(200)
                        .map()
                        .get("violations");
        assertThat(violations)
                .extracting(v -> (Object) v.get("path"))
                .contains("nodes[1].data.pipeline[1].$out", "nodes[1].data.filter.$expr.$function");
    }

    @Test
    void a_replaced_url_is_used_by_the_next_request_without_a_redeploy() {
        userDb.collection("other", "items").insertMany(List.of(new Document("name", "x"), new Document("name", "y")));
        String project = api.newProject(token, "switch");
        api.putSecret(
                        token,
                        project,
                        "users_db",
                        Map.of("type", "mongodb", "value", userDb.account("shop", "shop-password", "shop")))
                .expect(201);
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        project,
                        Workflows.single(
                                "Count",
                                "GET",
                                "/count",
                                "mongodb",
                                Map.of("secret", "users_db", "collection", "items", "operation", "count"),
                                200)));
        String url = "/api/" + api.username(token) + "/switch/count";
        long before = ((Number) api.get(url, null).expect(200).map().get("count")).longValue();
        api.putSecret(
                        token,
                        project,
                        "users_db",
                        Map.of("type", "mongodb", "value", userDb.account("other", "other-password", "other")))
                .expect(200);
        assertThat(api.get(url, null).expect(200).map()).containsEntry("count", 2);
        assertThat(before).isNotEqualTo(2);
    }

    private ApiResponse post(String path, Object body) {
        return api.post(path, body, null);
    }

    /** The CRUD endpoints of one kind of database node, under /{kind}/... */
    private List<Map<String, Object>> crud(String kind) {
        String at = "/" + kind;
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(db(
                kind,
                "POST",
                at + "/items",
                201,
                "insertOne",
                Map.of("data", Map.of("name", "{{request.body.name}}", "qty", "{{request.body.qty}}"))));
        all.add(db(kind, "POST", at + "/batch", 201, "insertMany", Map.of("data", "{{request.body.items}}")));
        all.add(db(
                kind,
                "GET",
                at + "/items/{id}",
                200,
                "findOne",
                Map.of("filter", Map.of("_id", "{{request.params.id}}"))));
        all.add(db(
                kind,
                "GET",
                at + "/items",
                200,
                "findMany",
                Map.of(
                        "filter",
                        Map.of(),
                        "options",
                        Map.of("sort", Map.of("name", 1), "limit", 10, "projection", Map.of("_id", 0)))));
        all.add(db(
                kind, "GET", at + "/count", 200, "count", Map.of("filter", Map.of("name", "{{request.query.name}}"))));
        all.add(db(
                kind,
                "GET",
                at + "/by-tenant",
                200,
                "count",
                Map.of("filter", Map.of("name", "{{request.headers.tenant}}"))));
        all.add(db(
                kind,
                "POST",
                at + "/find",
                200,
                "findMany",
                Map.of("filter", Map.of("name", "{{request.body.name}}"))));
        all.add(db(
                kind,
                "PATCH",
                at + "/items/{id}",
                200,
                "updateOne",
                Map.of(
                        "filter",
                        Map.of("_id", "{{request.params.id}}"),
                        "data",
                        Map.of("qty", "{{request.body.qty}}"))));
        all.add(db(
                kind,
                "POST",
                at + "/restock",
                200,
                "updateMany",
                Map.of("filter", Map.of(), "update", Map.of("$inc", Map.of("qty", 1)))));
        all.add(db(
                kind,
                "DELETE",
                at + "/items/{id}",
                200,
                "deleteOne",
                Map.of("filter", Map.of("_id", "{{request.params.id}}"))));
        all.add(db(
                kind,
                "DELETE",
                at + "/items",
                200,
                "deleteMany",
                Map.of("filter", Map.of("name", "{{request.query.name}}"))));
        all.add(db(
                kind,
                "GET",
                at + "/total",
                200,
                "aggregate",
                Map.of(
                        "pipeline",
                        List.of(
                                Map.of("$group", Map.of("_id", "total", "total", Map.of("$sum", "$qty"))),
                                Map.of("$project", Map.of("_id", 0, "total", 1))))));
        return all;
    }

    private Map<String, Object> db(
            String kind, String method, String path, int status, String operation, Map<String, Object> query) {
        Map<String, Object> data = new LinkedHashMap<>(query);
        data.put("collection", "items");
        data.put("operation", operation);
        if (kind.equals("mongodb")) {
            data.put("secret", "users_db");
        }
        return Workflows.single(kind + " " + operation + " " + method + " " + path, method, path, kind, data, status);
    }

    private int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
