package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Driver failures become stable codes with safe messages: never the driver's text, a host, a port or a class. */
class MongoErrorsTest {
    private static final String URL = "mongodb://app:CANARY-PW-123@db.internal:27017/prod";
    private final QueryBudget queryBound = new QueryBudget(5000, false, 1000);
    private final QueryBudget deadlineBound = new QueryBudget(800, true, 1000);

    private NodeError map(RuntimeException e) {
        return MongoErrors.map(e, queryBound);
    }

    @Test
    void unreachable_servers_and_refused_connections_are_upstream_unavailable() {
        assertThat(map(new MongoTimeoutException("Timed out while waiting for a server " + URL)))
                .isEqualTo(NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, "database unreachable"));
        assertThat(map(new MongoSocketOpenException("Exception opening socket", new ServerAddress("127.0.0.1", 1))))
                .isEqualTo(NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, "database unreachable"));
        NodeError refused = map(new MongoSecurityException(
                MongoCredential.createCredential("app", "admin", "CANARY-PW-123".toCharArray()), "auth failed " + URL));
        assertThat(refused)
                .isEqualTo(NodeError.of(
                        ErrorCode.UPSTREAM_UNAVAILABLE, "database unreachable: the credentials were refused"));
    }

    @Test
    void an_unreachable_database_whose_connection_the_egress_policy_refused_says_so_without_the_host() {
        NodeError error = MongoErrors.map(new MongoTimeoutException("Timed out ... 127.0.0.1:27017"), queryBound, true);

        assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(error.message())
                .startsWith("database unreachable: the host is not an allowed destination")
                .doesNotContain("127.0.0.1")
                .doesNotContain("27017");
    }

    @Test
    void a_query_over_its_own_limit_is_a_node_failure_naming_the_limit() {
        NodeError error = map(new MongoExecutionTimeoutException(50, "operation exceeded time limit"));

        assertThat(error)
                .isEqualTo(NodeError.of(ErrorCode.EXECUTION_FAILED, "query exceeded its time limit of 5000 ms"));
    }

    @Test
    void a_query_cut_by_the_execution_deadline_is_a_timeout() {
        NodeError error =
                MongoErrors.map(new MongoExecutionTimeoutException(50, "operation exceeded time limit"), deadlineBound);

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.TIMEOUT, "execution time limit passed"));
    }

    @Test
    void a_duplicate_key_error_code_hides_the_key() {
        NodeError error = map(new MongoException(11000, "E11000 duplicate key error dup key: { email: \"a@b.c\" }"));

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.EXECUTION_FAILED, "duplicate key"));
    }

    @Test
    void a_server_error_names_its_code_and_code_name_but_not_its_text_host_or_port() {
        BsonDocument reply = BsonDocument.parse("{ok: 0, code: 2, codeName: 'BadValue', "
                + "errmsg: 'unknown operator: $foo near the value CANARY-VALUE'}");
        NodeError error = map(new MongoCommandException(reply, new ServerAddress("10.1.2.3", 27999)));

        assertThat(error)
                .isEqualTo(NodeError.of(
                        ErrorCode.EXECUTION_FAILED, "the database refused the operation (BadValue, code 2)"));
    }

    @Test
    void a_code_name_that_is_not_a_plain_word_is_left_out() {
        BsonDocument reply = BsonDocument.parse("{ok: 0, code: 9, codeName: 'x y <script>', errmsg: 'e'}");

        assertThat(map(new MongoCommandException(reply, new ServerAddress("h", 1)))
                        .message())
                .isEqualTo("the database refused the operation (code 9)");
    }

    @Test
    void other_driver_errors_carry_no_driver_text() {
        NodeError error = map(new MongoException(-3, "bad thing near " + URL + " in com.mongodb.internal.Foo"));

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.EXECUTION_FAILED, "database error"));
    }

    @Test
    void errors_outside_the_driver_name_no_java_class() {
        NodeError error = map(new IllegalArgumentException("Can't find a codec for class java.util.Foo"));

        assertThat(error).isEqualTo(NodeError.of(ErrorCode.EXECUTION_FAILED, "database request rejected"));
    }
}
