package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.store.data.MongoDataSchemaStore;
import io.dotportion.store.data.MongoManagedData;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database node in a compiled workflow, on the embedded store, with collection schemas enforced. */
class SchemaEnforcementTest {
    private static final String PROJECT = "6b0000000000000000000001";

    @TempDir
    static Path dataDir;

    static EmbeddedMongo embedded;
    static MongoClient client;
    static WorkflowCompiler compiler;
    static MongoDataSchemaStore schemas;
    static MongoManagedData data;

    @BeforeAll
    static void start() {
        embedded = EmbeddedMongo.start(dataDir, 0);
        client = MongoClients.create(embedded.connectionString());
        schemas = new MongoDataSchemaStore(client.getDatabase("platform"), Clock.systemUTC());
        data = new MongoManagedData(client);
        SchemaRules rules = new SchemaRules(schemas, data, Clock.systemUTC(), Duration.ZERO, 100);
        compiler = new WorkflowCompiler(
                new NodeRegistry(List.of(
                        new ApiStartNode(),
                        new ResponseNode(),
                        new DatabaseNode(id -> client.getDatabase(MongoManagedData.PREFIX + id), rules))),
                Limits.defaults());
        schemas.save(
                PROJECT,
                "users",
                Map.of(
                        "required", List.of("name", "email"),
                        "x-unique", List.of("email"),
                        "properties",
                                Map.of(
                                        "name", Map.of("type", "string", "minLength", 1),
                                        "email", Map.of("type", "string"),
                                        "age", Map.of("type", "integer", "minimum", 0),
                                        "visits", Map.of("type", "integer"),
                                        "tags", Map.of("type", "array", "items", Map.of("type", "string")))));
        data.forProject(PROJECT).uniqueFields("users", List.of("email"));
    }

    @AfterAll
    static void stop() {
        client.close();
        embedded.close();
    }

    /** start → database (the given data) → 200 with its result; its error edge, when asked, → 422 with the error. */
    private static ExecutionResult run(String databaseData, boolean errorEdge, Object body) {
        return run("users", databaseData, errorEdge, body);
    }

    private static ExecutionResult run(String collection, String databaseData, boolean errorEdge, Object body) {
        String json = """
                {"name": "w", "method": "POST", "path": "/w", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "db", "type": "database", "data": {"collection": "%s", %s}},
                  {"id": "ok", "type": "response", "data": {"status": 200}}%s
                ], "edges": [
                  {"id": "e1", "source": "start", "target": "db"},
                  {"id": "e2", "source": "db", "target": "ok"}%s
                ]}""".formatted(
                        collection,
                        databaseData,
                        errorEdge
                                ? ", {\"id\": \"caught\", \"type\": \"response\", "
                                        + "\"data\": {\"status\": 422, \"body\": {\"caught\": \"{{input}}\"}}}"
                                : "",
                        errorEdge
                                ? ", {\"id\": \"e3\", \"source\": \"db\", \"target\": \"caught\", "
                                        + "\"sourceHandle\": \"error\"}"
                                : "");
        var document = WorkflowDocuments.read(Json.parse(json)).document();
        var plan = compiler.compile(document, SecretCatalog.EMPTY);
        RequestData request = new RequestData("POST", "/w", Map.of(), Map.of(), Map.of(), Map.of(), body, "127.0.0.1");
        return plan.execute(new ExecutionRequest(PROJECT, request, SecretResolver.NONE));
    }

    private static List<Object> fields(ExecutionResult result) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> details = (List<Map<String, Object>>) ((Map<?, ?>) result.body()).get("details");
        assertThat(details).as("details of %s", result.body()).isNotNull();
        return details.stream().map(d -> d.get("field")).toList();
    }

    @Test
    void an_insert_breaking_the_schema_is_a_400_listing_every_violation() {
        ExecutionResult result = run(
                "\"operation\": \"insertOne\", \"data\": \"{{request.body}}\"",
                false,
                Map.of("age", -1, "tags", List.of("a", 2)));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.error().code().name()).isEqualTo("INVALID_REQUEST");
        assertThat(fields(result)).containsExactlyInAnyOrder("name", "email", "age", "tags[1]");
    }

    @Test
    void the_error_edge_of_the_node_catches_a_schema_violation() {
        ExecutionResult result =
                run("\"operation\": \"insertOne\", \"data\": \"{{request.body}}\"", true, Map.of("name", "no email"));

        assertThat(result.status()).isEqualTo(422);
        assertThat(Json.write(result.body())).contains("INVALID_REQUEST").contains("email");
    }

    @Test
    void a_unique_field_rejects_a_duplicate_in_the_store_and_within_one_insert_many() {
        assertThat(run(
                                "\"operation\": \"insertOne\", \"data\": \"{{request.body}}\"",
                                false,
                                Map.of("name", "Ada", "email", "ada@x.io"))
                        .status())
                .isEqualTo(200);

        ExecutionResult again = run(
                "\"operation\": \"insertOne\", \"data\": \"{{request.body}}\"",
                false,
                Map.of("name", "Eve", "email", "ada@x.io"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(fields(again)).containsExactly("email");
        ExecutionResult batch = run(
                "\"operation\": \"insertMany\", \"data\": \"{{request.body}}\"",
                false,
                List.of(Map.of("name", "A", "email", "same@x.io"), Map.of("name", "B", "email", "same@x.io")));
        assertThat(batch.status()).isEqualTo(400);
        assertThat(fields(batch)).containsExactly("data[1].email");
    }

    @Test
    void updates_are_checked_operator_by_operator() {
        run(
                "\"operation\": \"insertOne\", \"data\": \"{{request.body}}\"",
                false,
                Map.of("name", "Upd", "email", "upd@x.io", "age", 5, "visits", 0));
        run(
                "\"operation\": \"insertOne\", \"data\": \"{{request.body}}\"",
                false,
                Map.of("name", "Taken", "email", "taken@x.io"));

        assertThat(run(
                                "\"operation\": \"updateOne\", \"filter\": {\"email\": \"upd@x.io\"}, \"data\": {\"age\": 6}",
                                false,
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(fields(run(
                        "\"operation\": \"updateOne\", \"filter\": {\"email\": \"upd@x.io\"}, "
                                + "\"update\": {\"$set\": {\"age\": \"old\"}, \"$unset\": {\"name\": \"\"}, \"$inc\": {\"age\": 1}}",
                        false,
                        null)))
                .containsExactlyInAnyOrder("age", "name", "age");
        assertThat(run(
                                "\"operation\": \"updateOne\", \"filter\": {\"email\": \"upd@x.io\"}, "
                                        + "\"update\": {\"$inc\": {\"visits\": 1}, \"$push\": {\"tags\": \"x\"}}",
                                false,
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(fields(run(
                        "\"operation\": \"updateMany\", \"filter\": {}, \"data\": {\"email\": \"all@x.io\"}",
                        false,
                        null)))
                .containsExactly("email");
        assertThat(fields(run(
                        "\"operation\": \"updateOne\", \"filter\": {\"email\": \"upd@x.io\"}, "
                                + "\"data\": {\"email\": \"taken@x.io\"}",
                        false,
                        null)))
                .containsExactly("email");
        assertThat(run(
                                "\"operation\": \"updateOne\", \"filter\": {\"email\": \"upd@x.io\"}, "
                                        + "\"data\": {\"email\": \"upd@x.io\"}",
                                false,
                                null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void collections_without_a_schema_take_any_document() {
        assertThat(run("free", "\"operation\": \"insertOne\", \"data\": {\"anything\": true}", false, null)
                        .status())
                .isEqualTo(200);
        assertThat(run("\"operation\": \"insertOne\", \"data\": {\"anything\": true}", false, null)
                        .status())
                .isEqualTo(400);
    }
}
