package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.failure;
import static io.dotportion.nodes.mongo.MongoNodes.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * limits.queryMaxDocuments caps what one node reads and inserts: more than the cap is a failure that names it,
 * never a silent cut; an options.limit within the cap takes at most that many on purpose.
 */
class ResultCapTest {
    private static final Limits THREE_DOCUMENTS = new Limits(
            1024,
            Duration.ofSeconds(10),
            Duration.ofSeconds(1),
            1000,
            10,
            Duration.ofSeconds(5),
            3,
            1024,
            Duration.ofDays(1));
    private static MongoTestServer server;
    private static MongoClientPool pool;
    private static MongoDbNode node;

    @BeforeAll
    static void start() {
        server = new MongoTestServer();
        pool = new MongoClientPool(MongoPoolSettings.defaults(), MongoTestServer.LOOPBACK_ALLOWED);
        node = new MongoDbNode(pool);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            documents.add(new Document("n", i));
        }
        server.collection("appdb", "many").insertMany(documents);
    }

    @AfterAll
    static void stop() {
        pool.close();
        server.close();
    }

    private NodeOutcome run(String data) {
        FakeNodeContext context = FakeNodeContext.create()
                .withLimits(THREE_DOCUMENTS)
                .withSecret(new Secret(MongoNodes.SECRET, 1, server.url("appdb").toCharArray()));
        return MongoNodes.compile(node, "{\"secret\": \"users_db\", " + data + "}")
                .execute(context);
    }

    @Test
    void find_many_matching_more_than_the_cap_fails_with_the_cap_in_the_message() {
        var fail = failure(run("\"collection\": \"many\", \"operation\": \"findMany\""));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(fail.error().message()).contains("more than 3 documents").contains("options.limit");
    }

    @Test
    void find_many_with_a_limit_over_the_cap_fails_when_more_than_the_cap_match() {
        var fail = failure(run("\"collection\": \"many\", \"operation\": \"findMany\", \"options\": {\"limit\": 50}"));

        assertThat(fail.error().message()).contains("more than 3 documents");
    }

    @Test
    void find_many_with_a_limit_within_the_cap_takes_that_many() {
        assertThat((List<?>) output(
                        run("\"collection\": \"many\", \"operation\": \"findMany\", \"options\": {\"limit\": 2}")))
                .hasSize(2);
        assertThat((List<?>) output(
                        run("\"collection\": \"many\", \"operation\": \"findMany\", \"options\": {\"limit\": 3}")))
                .hasSize(3);
    }

    @Test
    void find_many_matching_exactly_the_cap_answers_them_all() {
        assertThat((List<?>) output(run(
                        "\"collection\": \"many\", \"operation\": \"findMany\", \"filter\": {\"n\": {\"$lt\": 3}}")))
                .hasSize(3);
        assertThat(
                        (List<?>)
                                output(
                                        run(
                                                "\"collection\": \"many\", \"operation\": \"findMany\", \"options\": {\"limit\": 50, \"skip\": 7}")))
                .hasSize(3);
    }

    @Test
    void aggregate_returning_more_than_the_cap_fails_with_the_cap_in_the_message() {
        var fail = failure(run("\"collection\": \"many\", \"operation\": \"aggregate\", \"pipeline\": "
                + "[{\"$sort\": {\"n\": -1}}, {\"$project\": {\"_id\": 0, \"n\": 1}}]"));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(fail.error().message()).contains("more than 3 documents").contains("$limit");
    }

    @Test
    void aggregate_with_its_own_limit_within_the_cap_answers() {
        Object top = output(run("\"collection\": \"many\", \"operation\": \"aggregate\", \"pipeline\": "
                + "[{\"$sort\": {\"n\": -1}}, {\"$limit\": 3}, {\"$project\": {\"_id\": 0, \"n\": 1}}]"));

        assertThat(top).isEqualTo(List.of(Map.of("n", 9), Map.of("n", 8), Map.of("n", 7)));
    }

    @Test
    void count_is_not_capped() {
        assertThat(output(run("\"collection\": \"many\", \"operation\": \"count\"")))
                .isEqualTo(Map.of("count", 10L));
    }

    @Test
    void insert_many_over_the_cap_is_refused_before_writing_anything() {
        var fail =
                failure(run("\"collection\": \"capped\", \"operation\": \"insertMany\", \"data\": [{}, {}, {}, {}]"));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(fail.error().details())
                .singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("at most 3"));
        assertThat(server.collection("appdb", "capped").countDocuments()).isZero();
    }
}
