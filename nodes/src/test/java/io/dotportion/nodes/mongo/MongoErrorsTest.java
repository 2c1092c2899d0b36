package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoCredential;
import com.mongodb.ServerAddress;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;
import org.junit.jupiter.api.Test;

/** Driver failures become stable codes with scrubbed, bounded messages. */
class MongoErrorsTest {
    private static final String URL = "mongodb://app:CANARY-PW-123@db.internal:27017/prod";
    private final Scrubber scrubber = Scrubber.forSecret("users_db", URL, "CANARY-PW-123");
    private final QueryBudget queryBound = new QueryBudget(5000, false, 1000);
    private final QueryBudget deadlineBound = new QueryBudget(800, true, 1000);

    private NodeError map(RuntimeException e) {
        return MongoErrors.map(e, scrubber, queryBound);
    }

    @Test
    void unreachable_servers_and_refused_connections_are_upstream_unavailable() {
        assertThat(map(new MongoTimeoutException("Timed out while waiting for a server " + URL)))
                .isEqualTo(NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, "database unreachable"));
        assertThat(map(new MongoSocketOpenException("Exception opening socket", new ServerAddress("127.0.0.1", 1))).code())
                .isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        NodeError refused = map(new MongoSecurityException(
                MongoCredential.createCredential("app", "admin", "CANARY-PW-123".toCharArray()), "auth failed " + URL));
        assertThat(refused.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(refused.message()).doesNotContain("CANARY");
    }

    @Test
    void a_query_over_its_own_limit_is_a_node_failure_naming_the_limit() {
        NodeError error = map(new MongoExecutionTimeoutException(50, "operation exceeded time limit"));

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.EXECUTION_FAILED, "query exceeded its time limit of 5000 ms"));
    }

    @Test
    void a_query_cut_by_the_execution_deadline_is_a_timeout() {
        NodeError error = MongoErrors.map(new MongoExecutionTimeoutException(50, "operation exceeded time limit"),
                scrubber, deadlineBound);

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.TIMEOUT, "execution time limit passed"));
    }

    @Test
    void a_duplicate_key_error_code_hides_the_key() {
        NodeError error = map(new MongoException(11000, "E11000 duplicate key error dup key: { email: \"a@b.c\" }"));

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.EXECUTION_FAILED, "duplicate key"));
    }

    @Test
    void other_driver_messages_are_scrubbed_of_urls_passwords_and_credentials() {
        NodeError error = map(new MongoException(2, "bad thing near " + URL + " and mongodb+srv://x:y@h.example/ and CANARY-PW-123"));

        assertThat(error.code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(error.message()).startsWith("database error: bad thing near [secret:users_db]")
                .contains("mongodb+srv://[secret:users_db]@h.example/")
                .doesNotContain("CANARY").doesNotContain("x:y");
    }

    @Test
    void an_encoded_password_is_scrubbed_too() {
        Scrubber encoded = Scrubber.forSecret("s", "mongodb://u:p%40ss%2Fword@h/db", "p@ss/word");

        assertThat(encoded.scrub("seen p%40ss%2Fword and p@ss/word")).isEqualTo("seen [secret:s] and [secret:s]");
    }

    @Test
    void long_messages_are_cut() {
        NodeError error = map(new IllegalArgumentException("x".repeat(1000)));

        assertThat(error.message()).startsWith("database request rejected: ").hasSizeLessThan(400);
    }
}
