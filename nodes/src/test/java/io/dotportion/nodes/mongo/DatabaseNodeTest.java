package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.failure;
import static io.dotportion.nodes.mongo.MongoNodes.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database node runs on the project's own managed database, project_<id>, in the platform's MongoDB. */
class DatabaseNodeTest {
    private static MongoTestServer platform;
    private static DatabaseNode node;

    @BeforeAll
    static void start() {
        platform = new MongoTestServer();
        node = new DatabaseNode(projectId -> platform.client().getDatabase("project_" + projectId));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private NodeOutcome run(String data, FakeNodeContext context) {
        return MongoNodes.compile(node, "{\"collection\": \"todos\", " + data + "}")
                .execute(context);
    }

    @Test
    void database_node_may_fail_along_an_error_edge() {
        assertThat(node.ports()).isEqualTo(Ports.SINGLE_OR_ERROR);
    }

    @Test
    void writes_land_in_the_projects_own_database_and_reads_see_only_it() {
        output(run(
                "\"operation\": \"insertOne\", \"data\": {\"title\": \"{{request.body.title}}\"}",
                FakeNodeContext.create().withProjectId("p42").withBody(Map.of("title", "milk"))));

        assertThat(platform.collection("project_p42", "todos").countDocuments(new Document("title", "milk")))
                .isEqualTo(1);
        assertThat(output(
                        run("\"operation\": \"count\"", FakeNodeContext.create().withProjectId("p42"))))
                .isEqualTo(Map.of("count", 1L));
        assertThat(output(
                        run("\"operation\": \"count\"", FakeNodeContext.create().withProjectId("other"))))
                .isEqualTo(Map.of("count", 0L));
    }

    @Test
    void every_operation_family_works_on_the_managed_database() {
        FakeNodeContext context = FakeNodeContext.create().withProjectId("ops");
        output(run("\"operation\": \"insertMany\", \"data\": [{\"k\": 1}, {\"k\": 2}, {\"k\": 3}]", context));

        assertThat(output(run(
                        "\"operation\": \"updateMany\", \"filter\": {\"k\": {\"$gte\": 2}}, \"data\": {\"big\": true}",
                        context)))
                .isEqualTo(Map.of("matched", 2L, "modified", 2L));
        assertThat(output(run(
                        "\"operation\": \"findMany\", \"filter\": {\"big\": true}, "
                                + "\"options\": {\"sort\": {\"k\": 1}, \"projection\": {\"_id\": 0, \"k\": 1}}",
                        context)))
                .isEqualTo(List.of(Map.of("k", 2), Map.of("k", 3)));
        assertThat(output(run(
                        "\"operation\": \"aggregate\", \"pipeline\": [{\"$group\": {\"_id\": null, \"s\": {\"$sum\": \"$k\"}}}, "
                                + "{\"$project\": {\"_id\": 0, \"s\": 1}}]",
                        context)))
                .isEqualTo(List.of(Map.of("s", 6)));
        assertThat(output(run("\"operation\": \"deleteMany\", \"filter\": {\"big\": true}", context)))
                .isEqualTo(Map.of("deleted", 2L));
    }

    @Test
    void injected_operators_are_refused_on_the_managed_database_too() {
        var fail = failure(run(
                "\"operation\": \"findOne\", \"filter\": {\"owner\": \"{{request.body.owner}}\"}",
                FakeNodeContext.create().withProjectId("p42").withBody(Map.of("owner", Map.of("$ne", "")))));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
    }
}
