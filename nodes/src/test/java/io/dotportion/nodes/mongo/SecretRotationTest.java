package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replacing a mongodb secret's value is used by the very next execution, with no recompile. */
class SecretRotationTest {
    private static MongoTestServer before;
    private static MongoTestServer after;

    @BeforeAll
    static void start() {
        before = new MongoTestServer();
        after = new MongoTestServer();
        before.collection("appdb", "where").insertOne(new Document("_id", 1).append("server", "before"));
        after.collection("appdb", "where").insertOne(new Document("_id", 1).append("server", "after"));
    }

    @AfterAll
    static void stop() {
        before.close();
        after.close();
    }

    @Test
    void the_next_execution_after_a_replace_uses_the_new_url_and_the_old_client_is_closed() {
        try (MongoClientPool pool =
                new MongoClientPool(MongoPoolSettings.defaults(), MongoTestServer.LOOPBACK_ALLOWED)) {
            NodeHandler handler = MongoNodes.compile(
                    new MongoDbNode(pool),
                    "{\"secret\": \"users_db\", \"collection\": \"where\", "
                            + "\"operation\": \"findOne\", \"options\": {\"projection\": {\"_id\": 0}}}");
            FakeNodeContext v1 = FakeNodeContext.create()
                    .withSecret(new Secret("users_db", 1, before.url("appdb").toCharArray()));
            FakeNodeContext v2 = FakeNodeContext.create()
                    .withSecret(new Secret("users_db", 2, after.url("appdb").toCharArray()));

            assertThat(output(handler.execute(v1))).isEqualTo(Map.of("server", "before"));
            assertThat(output(handler.execute(v1))).isEqualTo(Map.of("server", "before"));
            assertThat(pool.openClients()).isEqualTo(1);

            assertThat(output(handler.execute(v2))).isEqualTo(Map.of("server", "after"));
            assertThat(pool.openClients()).isEqualTo(1);
        }
    }
}
