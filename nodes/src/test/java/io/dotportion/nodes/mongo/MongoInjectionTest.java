package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.failure;
import static io.dotportion.nodes.mongo.MongoNodes.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values from requests stay values: they never act as operators or field references. */
class MongoInjectionTest {
    private static final String FIND_BY_BODY =
            "\"operation\": \"findOne\", \"filter\": {\"email\": \"{{request.body.email}}\", "
                    + "\"password\": \"{{request.body.password}}\"}";
    private static MongoTestServer server;
    private static MongoClientPool pool;
    private static MongoDbNode node;

    @BeforeAll
    static void start() {
        server = new MongoTestServer();
        pool = new MongoClientPool(MongoPoolSettings.defaults(), MongoTestServer.LOOPBACK_ALLOWED);
        node = new MongoDbNode(pool);
        server.collection("appdb", "users")
                .insertMany(List.of(
                        new Document("email", "ada@example.com")
                                .append("password", "pw-ada")
                                .append("role", "admin")
                                .append("age", 36),
                        new Document("email", "bob@example.com")
                                .append("password", "pw-bob")
                                .append("role", "user")
                                .append("age", 17)));
    }

    @AfterAll
    static void stop() {
        pool.close();
        server.close();
    }

    private FakeNodeContext context() {
        return FakeNodeContext.create()
                .withSecret(new Secret(MongoNodes.SECRET, 1, server.url("appdb").toCharArray()));
    }

    private NodeOutcome run(String data, FakeNodeContext context) {
        return MongoNodes.compile(node, "{\"secret\": \"users_db\", \"collection\": \"users\", " + data + "}")
                .execute(context);
    }

    private static void assertRefusedAsOperator(NodeOutcome outcome, String field) {
        var fail = failure(outcome);
        assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(fail.error().message()).isEqualTo("operators are not allowed in values");
        assertThat(fail.error().details()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void ne_operator_in_a_body_field_is_refused_and_logs_no_one_in() {
        NodeOutcome outcome = run(
                FIND_BY_BODY, context().withBody(Map.of("email", "ada@example.com", "password", Map.of("$ne", ""))));

        assertRefusedAsOperator(outcome, "request.body.password");
    }

    @Test
    void gt_operator_in_a_body_field_is_refused() {
        NodeOutcome outcome = run(
                FIND_BY_BODY, context().withBody(Map.of("email", Map.of("$gt", ""), "password", Map.of("$gt", ""))));

        assertRefusedAsOperator(outcome, "request.body.email");
    }

    @Test
    void where_in_a_body_used_as_the_whole_filter_is_refused() {
        NodeOutcome outcome = run(
                "\"operation\": \"findMany\", \"filter\": \"{{request.body}}\"",
                context().withBody(Map.of("$where", "this.role == 'admin'")));

        assertRefusedAsOperator(outcome, "request.body");
    }

    @Test
    void operators_nested_deep_inside_a_body_value_are_refused() {
        NodeOutcome outcome = run(
                "\"operation\": \"findMany\", \"filter\": {\"$or\": \"{{request.body.any}}\"}",
                context().withBody(Map.of("any", List.of(Map.of("role", Map.of("$in", List.of("admin")))))));

        assertRefusedAsOperator(outcome, "request.body.any");
    }

    @Test
    void operator_text_in_a_query_string_is_only_a_string() {
        NodeOutcome outcome = run(
                "\"operation\": \"findOne\", \"filter\": {\"password\": \"{{request.query.password}}\"}",
                context().withQuery(Map.of("password", "{\"$ne\": \"\"}")));

        assertThat(output(outcome)).isNull();
    }

    @Test
    void operator_text_in_a_header_is_only_a_string() {
        NodeOutcome outcome = run(
                "\"operation\": \"count\", \"filter\": {\"role\": \"{{request.headers.x-role}}\"}",
                context().withHeaders(Map.of("x-role", "{\"$gt\": \"\"}")));

        assertThat(output(outcome)).isEqualTo(Map.of("count", 0L));
    }

    @Test
    void a_value_from_a_request_is_matched_literally() {
        NodeOutcome outcome = run(
                FIND_BY_BODY + ", \"options\": {\"projection\": {\"_id\": 0, \"role\": 1}}",
                context().withBody(Map.of("email", "ada@example.com", "password", "pw-ada")));

        assertThat(output(outcome)).isEqualTo(Map.of("role", "admin"));
    }

    @Test
    void operators_written_by_the_author_still_work_with_values_from_the_request() {
        NodeOutcome outcome = run(
                "\"operation\": \"count\", \"filter\": {\"age\": {\"$gte\": \"{{request.body.min}}\"}}",
                context().withBody(Map.of("min", 18)));

        assertThat(output(outcome)).isEqualTo(Map.of("count", 1L));
    }

    @Test
    void operators_in_values_written_by_an_update_are_refused() {
        NodeOutcome viaData = run(
                "\"operation\": \"updateOne\", \"filter\": {\"email\": \"bob@example.com\"}, \"data\": \"{{request.body}}\"",
                context().withBody(Map.of("$set", Map.of("role", "admin"))));
        NodeOutcome viaUpdate = run(
                "\"operation\": \"updateOne\", \"filter\": {\"email\": \"bob@example.com\"}, "
                        + "\"update\": {\"$set\": {\"name\": \"{{request.body.name}}\"}}",
                context().withBody(Map.of("name", Map.of("$rename", "role"))));

        assertRefusedAsOperator(viaData, "request.body");
        assertRefusedAsOperator(viaUpdate, "request.body.name");
        assertThat(server.collection("appdb", "users").countDocuments(new Document("role", "admin")))
                .isEqualTo(1);
    }

    @Test
    void operators_in_documents_to_insert_are_refused() {
        NodeOutcome outcome = run(
                "\"operation\": \"insertOne\", \"data\": {\"profile\": \"{{request.body.profile}}\"}",
                context().withBody(Map.of("profile", Map.of("$where", "1"))));

        assertRefusedAsOperator(outcome, "request.body.profile");
    }

    @Test
    void field_references_from_a_request_are_refused_inside_expressions_and_pipelines() {
        NodeOutcome inExpr = run(
                "\"operation\": \"findOne\", \"filter\": {\"$expr\": {\"$eq\": [\"$email\", \"{{request.body.email}}\"]}}",
                context().withBody(Map.of("email", "$email")));
        NodeOutcome inPipeline = run(
                "\"operation\": \"aggregate\", \"pipeline\": [{\"$project\": {\"shown\": \"{{request.query.field}}\"}}]",
                context().withQuery(Map.of("field", "$password")));

        for (NodeOutcome outcome : List.of(inExpr, inPipeline)) {
            var fail = failure(outcome);
            assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(fail.error().message()).isEqualTo("field references are not allowed in values");
        }
    }

    @Test
    void an_error_never_echoes_the_injected_value() {
        var fail = failure(run(
                FIND_BY_BODY, context().withBody(Map.of("email", "x", "password", Map.of("$regex", "INJECTED-.*")))));

        assertThat(fail.error().toString()).doesNotContain("INJECTED");
    }
}
