package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation of the mongodb node against a real server reached through a mongodb secret. */
class MongoDbOperationsTest {
    private static MongoTestServer server;
    private static MongoClientPool pool;
    private static MongoDbNode node;
    private String collection;

    @BeforeAll
    static void start() {
        server = new MongoTestServer();
        pool = new MongoClientPool(MongoPoolSettings.defaults(), MongoTestServer.LOOPBACK_ALLOWED);
        node = new MongoDbNode(pool);
    }

    @AfterAll
    static void stop() {
        pool.close();
        server.close();
    }

    @BeforeEach
    void freshCollection() {
        collection = "items_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private FakeNodeContext context() {
        return FakeNodeContext.create()
                .withSecret(new Secret(MongoNodes.SECRET, 1, server.url("appdb").toCharArray()));
    }

    private NodeOutcome run(String data, FakeNodeContext context) {
        String json = "{\"secret\": \"users_db\", \"collection\": \"" + collection + "\", " + data + "}";
        return MongoNodes.compile(node, json).execute(context);
    }

    private Object result(String data) {
        return output(run(data, context()));
    }

    private void seed(Document... documents) {
        server.collection("appdb", collection).insertMany(List.of(documents));
    }

    @Test
    void mongodb_node_may_fail_along_an_error_edge() {
        assertThat(node.id()).isEqualTo("mongodb");
        assertThat(node.ports()).isEqualTo(Ports.SINGLE_OR_ERROR);
    }

    @Test
    void insert_one_outputs_the_new_id_as_hex_and_find_one_reads_it_back() {
        Object inserted = output(run(
                "\"operation\": \"insertOne\", \"data\": {\"title\": \"{{request.body.title}}\", \"done\": false}",
                context().withBody(Map.of("title", "milk"))));

        assertThat(inserted)
                .isInstanceOfSatisfying(
                        Map.class, m -> assertThat((String) m.get("insertedId")).matches("[0-9a-f]{24}"));
        String id = (String) ((Map<?, ?>) inserted).get("insertedId");
        assertThat(server.collection("appdb", collection)
                        .find(new Document("_id", new ObjectId(id)))
                        .first())
                .containsEntry("title", "milk");
        Object found = output(run(
                "\"operation\": \"findOne\", \"filter\": {\"_id\": \"{{request.params.id}}\"}",
                context().withParams(Map.of("id", id))));
        assertThat(found).isEqualTo(Map.of("_id", id, "title", "milk", "done", false));
    }

    @Test
    void find_one_outputs_null_when_nothing_matches() {
        seed(new Document("n", 1));

        assertThat(result("\"operation\": \"findOne\", \"filter\": {\"n\": 2}")).isNull();
    }

    @Test
    void find_many_sorts_skips_limits_and_projects() {
        for (int i = 1; i <= 6; i++) {
            seed(new Document("n", i).append("secret", "s" + i).append("kind", i % 2 == 0 ? "even" : "odd"));
        }

        Object found = result("\"operation\": \"findMany\", \"filter\": {\"kind\": \"even\"}, \"options\": "
                + "{\"sort\": {\"n\": -1}, \"skip\": 1, \"limit\": 5, \"projection\": {\"_id\": 0, \"n\": 1}}");

        assertThat(found).isEqualTo(List.of(Map.of("n", 4), Map.of("n", 2)));
    }

    @Test
    void find_many_takes_limit_and_sort_direction_from_templates() {
        for (int i = 1; i <= 4; i++) {
            seed(new Document("n", i));
        }
        FakeNodeContext context = context().withQuery(Map.of("limit", "2", "dir", "desc"));

        Object found = output(run(
                "\"operation\": \"findMany\", \"options\": {\"sort\": {\"n\": \"{{request.query.dir}}\"}, "
                        + "\"limit\": \"{{request.query.limit}}\", \"projection\": {\"_id\": false}}",
                context));

        assertThat(found).isEqualTo(List.of(Map.of("n", 4), Map.of("n", 3)));
    }

    @Test
    void query_is_accepted_as_the_name_of_the_filter() {
        seed(new Document("n", 1), new Document("n", 2));

        assertThat(result("\"operation\": \"count\", \"query\": {\"n\": {\"$gte\": 2}}"))
                .isEqualTo(Map.of("count", 1L));
    }

    @Test
    void insert_many_outputs_every_id_in_order_and_the_count() {
        Object inserted =
                result("\"operation\": \"insertMany\", \"data\": [{\"_id\": \"a\"}, {\"_id\": \"b\"}, {\"x\": 1}]");

        Map<?, ?> result = (Map<?, ?>) inserted;
        assertThat(result.get("insertedCount")).isEqualTo(3);
        assertThat((List<?>) result.get("insertedIds")).hasSize(3).element(0).isEqualTo("a");
        assertThat((List<?>) result.get("insertedIds")).element(1).isEqualTo("b");
        assertThat((String) ((List<?>) result.get("insertedIds")).get(2)).matches("[0-9a-f]{24}");
        assertThat(server.collection("appdb", collection).countDocuments()).isEqualTo(3);
    }

    @Test
    void update_one_sets_the_fields_of_data() {
        seed(new Document("name", "a").append("age", 1), new Document("name", "a").append("age", 2));

        Object updated = output(run(
                "\"operation\": \"updateOne\", \"filter\": {\"name\": \"a\", \"age\": 1}, "
                        + "\"data\": {\"age\": \"{{request.body.age}}\"}",
                context().withBody(Map.of("age", 40))));

        assertThat(updated).isEqualTo(Map.of("matched", 1L, "modified", 1L));
        assertThat(server.collection("appdb", collection).countDocuments(new Document("age", 40)))
                .isEqualTo(1);
    }

    @Test
    void update_many_applies_an_update_document_with_operators() {
        seed(
                new Document("k", "x").append("n", 1),
                new Document("k", "x").append("n", 5),
                new Document("k", "y").append("n", 0));

        Object updated = result("\"operation\": \"updateMany\", \"filter\": {\"k\": \"x\"}, "
                + "\"update\": {\"$inc\": {\"n\": 10}, \"$set\": {\"seen\": true}}");

        assertThat(updated).isEqualTo(Map.of("matched", 2L, "modified", 2L));
        assertThat(server.collection("appdb", collection)
                        .countDocuments(new Document("n", new Document("$gte", 11)).append("seen", true)))
                .isEqualTo(2);
    }

    @Test
    void delete_one_and_delete_many_output_how_many_went() {
        seed(new Document("k", "x"), new Document("k", "x"), new Document("k", "x"), new Document("k", "y"));

        assertThat(result("\"operation\": \"deleteOne\", \"filter\": {\"k\": \"x\"}"))
                .isEqualTo(Map.of("deleted", 1L));
        assertThat(result("\"operation\": \"deleteMany\", \"filter\": {\"k\": \"x\"}"))
                .isEqualTo(Map.of("deleted", 2L));
        assertThat(server.collection("appdb", collection).countDocuments()).isEqualTo(1);
    }

    @Test
    void count_counts_matching_documents() {
        seed(new Document("k", "x"), new Document("k", "x"), new Document("k", "y"));

        assertThat(output(run(
                        "\"operation\": \"count\", \"filter\": {\"k\": \"{{request.query.k}}\"}",
                        context().withQuery(Map.of("k", "x")))))
                .isEqualTo(Map.of("count", 2L));
    }

    @Test
    void aggregate_runs_the_pipeline_with_templates() {
        seed(
                new Document("k", "x").append("n", 2),
                new Document("k", "x").append("n", 3),
                new Document("k", "y").append("n", 7));

        Object groups = output(run(
                "\"operation\": \"aggregate\", \"pipeline\": [{\"$match\": {\"k\": \"{{request.body.k}}\"}}, "
                        + "{\"$group\": {\"_id\": \"$k\", \"total\": {\"$sum\": \"$n\"}}}]",
                context().withBody(Map.of("k", "x"))));

        assertThat(groups).isEqualTo(List.of(Map.of("_id", "x", "total", 5)));
    }

    @Test
    void hex_strings_in_id_filters_match_object_ids_also_inside_in_and_eq() {
        ObjectId a = new ObjectId();
        ObjectId b = new ObjectId();
        seed(new Document("_id", a).append("n", 1), new Document("_id", b).append("n", 2), new Document("n", 3));

        String in = "\"operation\": \"count\", \"filter\": {\"_id\": {\"$in\": [\"" + a.toHexString()
                + "\", \"{{request.body.id}}\"]}}";
        assertThat(output(run(in, context().withBody(Map.of("id", b.toHexString())))))
                .isEqualTo(Map.of("count", 2L));
        String or = "\"operation\": \"count\", \"filter\": {\"$or\": [{\"_id\": {\"$eq\": \"" + a.toHexString()
                + "\"}}, {\"n\": 3}]}";
        assertThat(result(or)).isEqualTo(Map.of("count", 2L));
    }

    @Test
    void outputs_show_object_ids_as_hex_and_dates_as_iso_text() {
        ObjectId id = new ObjectId();
        ObjectId ref = new ObjectId();
        Instant at = Instant.parse("2025-03-04T05:06:07.089Z");
        seed(new Document("_id", id)
                .append("at", Date.from(at))
                .append("nested", new Document("ref", ref).append("list", List.of(ref))));

        Object found = result("\"operation\": \"findOne\"");

        assertThat(found)
                .isEqualTo(Map.of(
                        "_id",
                        id.toHexString(),
                        "at",
                        "2025-03-04T05:06:07.089Z",
                        "nested",
                        Map.of("ref", ref.toHexString(), "list", List.of(ref.toHexString()))));
    }

    @Test
    void database_overrides_the_database_named_in_the_url() {
        server.collection("otherdb", collection).insertOne(new Document("where", "other"));

        Object found = result(
                "\"database\": \"otherdb\", \"operation\": \"findOne\", \"options\": {\"projection\": {\"_id\": 0}}");

        assertThat(found).isEqualTo(Map.of("where", "other"));
    }

    @Test
    void a_url_without_a_database_needs_the_database_field() {
        FakeNodeContext context = FakeNodeContext.create()
                .withSecret(new Secret(MongoNodes.SECRET, 1, ("mongodb://127.0.0.1:" + server.port()).toCharArray()));

        var fail = MongoNodes.failure(run("\"operation\": \"count\"", context));

        assertThat(fail.error().message()).contains("names no database");
    }

    @Test
    void duplicate_keys_fail_without_showing_the_key() {
        seed(new Document("_id", "taken@example.com"));

        var fail = MongoNodes.failure(run(
                "\"operation\": \"insertOne\", \"data\": {\"_id\": \"{{request.body.email}}\"}",
                context().withBody(Map.of("email", "taken@example.com"))));

        assertThat(fail.error().code()).isEqualTo(io.dotportion.core.node.ErrorCode.EXECUTION_FAILED);
        assertThat(fail.error().message()).isEqualTo("duplicate key");
    }
}
