package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unreachable databases, bad secrets and limits fail with stable codes and messages that hold no secret. */
class MongoFailuresTest {
    private static final String CANARY = "CANARY-PW-123";
    private static final String CANARY_URL = "mongodb://app:" + CANARY + "@127.0.0.1:1/db";
    private final MongoClientPool pool = new MongoClientPool(
            MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofMillis(500)),
            MongoTestServer.LOOPBACK_ALLOWED);
    private final MongoDbNode node = new MongoDbNode(pool);
    private final List<String> logLines = new ArrayList<>();
    private final Logger logger = Logger.getLogger("io.dotportion.nodes.mongo");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(new java.util.logging.SimpleFormatter().format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLogs() {
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void release() {
        logger.removeHandler(capture);
        pool.close();
    }

    private NodeOutcome run(String data, FakeNodeContext context) {
        return MongoNodes.compile(node, "{\"secret\": \"users_db\", \"collection\": \"users\", " + data + "}")
                .execute(context);
    }

    private static FakeNodeContext withUrl(String url) {
        return FakeNodeContext.create().withSecret(new Secret(MongoNodes.SECRET, 1, url.toCharArray()));
    }

    @Test
    void an_unreachable_database_fails_as_upstream_unavailable_within_the_selection_timeout() {
        long started = System.nanoTime();

        var fail = failure(run("\"operation\": \"findOne\"", withUrl("mongodb://127.0.0.1:1/db")));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(fail.error().code().status()).isEqualTo(502);
        assertThat(fail.error().message()).isEqualTo("database unreachable");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_password_in_the_url_appears_in_no_failure_and_no_log_line() {
        List<String> operations = List.of(
                "\"operation\": \"findMany\"",
                "\"operation\": \"insertOne\", \"data\": {\"a\": 1}",
                "\"operation\": \"updateMany\", \"data\": {\"a\": 1}",
                "\"operation\": \"deleteOne\"",
                "\"operation\": \"count\"",
                "\"operation\": \"aggregate\", \"pipeline\": [{\"$match\": {}}]");

        for (String operation : operations) {
            var fail = failure(run(operation, withUrl(CANARY_URL)));
            assertThat(fail.error().code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
            assertThat(fail.error().toString()).doesNotContain(CANARY).doesNotContain("app:");
        }
        assertThat(logLines).isNotEmpty();
        assertThat(String.join("\n", logLines)).doesNotContain(CANARY);
    }

    @Test
    void a_secret_that_is_not_a_url_fails_without_echoing_it() {
        var fail = failure(run("\"operation\": \"count\"", withUrl("postgres://app:" + CANARY + "@h/db")));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(fail.error().message())
                .isEqualTo("secret 'users_db' does not hold a valid MongoDB URL")
                .doesNotContain(CANARY);
    }

    @Test
    void a_missing_secret_fails_the_node() {
        var fail = failure(run("\"operation\": \"count\"", FakeNodeContext.create()));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(fail.error().message()).contains("users_db");
    }

    @Test
    void no_time_left_fails_as_a_timeout_without_touching_the_database() {
        var fail = failure(run("\"operation\": \"count\"", withUrl(CANARY_URL).withRemaining(Duration.ZERO)));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(pool.openClients()).isZero();
    }

    @Test
    void refused_operators_are_checked_again_when_the_node_runs() {
        var config = NodeFixtures.bind(
                node,
                "{\"secret\": \"users_db\", \"collection\": \"users\", \"operation\": \"findOne\", "
                        + "\"filter\": {\"$where\": \"true\"}}");
        var handler = node.compile(config, NodeFixtures.compileContext(Limits.defaults()));

        var fail = failure(handler.execute(withUrl(CANARY_URL)));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(fail.error().message()).isEqualTo("operator $where is not allowed");
        assertThat(pool.openClients()).isZero();
    }

    @Test
    void an_invalid_limit_from_the_request_is_a_bad_request() {
        var fail = failure(run(
                "\"operation\": \"findMany\", \"options\": {\"limit\": \"{{request.query.limit}}\"}",
                withUrl(CANARY_URL).withQuery(Map.of("limit", "lots"))));

        assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(fail.error().details()).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo("request.query.limit");
            assertThat(d.reason()).isEqualTo("must be a non-negative integer");
        });
    }
}
