package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.failure;
import static io.dotportion.nodes.mongo.MongoNodes.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A database node asks the collection's rules before every insert and update, and writes nothing when refused. */
class DatabaseRulesTest {
    private static MongoTestServer platform;
    private static final List<String> ASKED = new CopyOnWriteArrayList<>();
    private static DatabaseNode node;

    /** Refuses documents and $set updates without a "title", naming the project and collection it was asked for. */
    private static List<FieldError> titleRequired(String projectId, String collection, DocumentValidator.Write write) {
        ASKED.add(projectId + "/" + collection + "/" + write.getClass().getSimpleName());
        return switch (write) {
            case DocumentValidator.Insert insert ->
                insert.documents().stream()
                        .filter(d -> !d.containsKey("title"))
                        .map(d -> new FieldError("title", "is required"))
                        .toList();
            case DocumentValidator.Update update ->
                update.update().get("$set", Document.class).containsKey("title")
                        ? List.of()
                        : List.of(new FieldError("title", "must be set (many: " + update.many() + ")"));
        };
    }

    @BeforeAll
    static void start() {
        platform = new MongoTestServer();
        node = new DatabaseNode(
                projectId -> platform.client().getDatabase("project_" + projectId), DatabaseRulesTest::titleRequired);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private NodeOutcome run(String data) {
        return MongoNodes.compile(node, "{\"collection\": \"notes\", " + data + "}")
                .execute(FakeNodeContext.create().withProjectId("rules"));
    }

    @Test
    void an_insert_breaking_the_rules_fails_with_every_problem_and_writes_nothing() {
        var fail =
                failure(run("\"operation\": \"insertMany\", \"data\": [{\"title\": \"a\"}, {\"x\": 1}, {\"y\": 2}]"));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(fail.error().message()).contains("schema of collection 'notes'");
        assertThat(fail.error().details()).hasSize(2);
        assertThat(platform.collection("project_rules", "notes").countDocuments(new Document("title", "a")))
                .isZero();
    }

    @Test
    void a_write_within_the_rules_goes_ahead() {
        output(run("\"operation\": \"insertOne\", \"data\": {\"title\": \"ok\"}"));

        assertThat(platform.collection("project_rules", "notes").countDocuments(new Document("title", "ok")))
                .isEqualTo(1);
        assertThat(ASKED).contains("rules/notes/Insert");
    }

    @Test
    void updates_are_checked_with_their_filter_and_kind() {
        var fail = failure(run("\"operation\": \"updateMany\", \"filter\": {}, \"data\": {\"other\": 1}"));

        assertThat(fail.error().details()).containsExactly(new FieldError("title", "must be set (many: true)"));
        assertThat(ASKED).contains("rules/notes/Update");
    }

    @Test
    void reads_and_deletes_are_not_checked() {
        ASKED.clear();
        output(run("\"operation\": \"count\""));
        output(run("\"operation\": \"deleteMany\", \"filter\": {\"nothing\": true}"));

        assertThat(ASKED).isEmpty();
    }
}
