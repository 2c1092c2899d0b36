package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoCredential;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.secret.Secret;
import io.dotportion.nodes.mongo.MongoProbe.Outcome;
import java.time.Duration;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** How a ping's failure becomes a reason: by the driver's exception types, never by its text. */
class MongoProbeTest {
    private static final ServerAddress HOST = new ServerAddress("db.example.com", 27017);

    private static MongoCommandException command(int code, String name) {
        BsonDocument response = new BsonDocument("ok", new BsonInt32(0))
                .append("code", new BsonInt32(code))
                .append("codeName", new BsonString(name))
                .append("errmsg", new BsonString("Authentication failed."));
        return new MongoCommandException(response, HOST);
    }

    @Test
    void refused_credentials_are_authentication_failed() {
        MongoCredential credential = MongoCredential.createCredential("u", "admin", "pw".toCharArray());

        assertThat(MongoProbe.outcome(new MongoSecurityException(credential, "Exception authenticating"), false))
                .isEqualTo(Outcome.AUTHENTICATION_FAILED);
        assertThat(MongoProbe.outcome(command(18, "AuthenticationFailed"), false))
                .isEqualTo(Outcome.AUTHENTICATION_FAILED);
        assertThat(MongoProbe.outcome(command(13, "Unauthorized"), false)).isEqualTo(Outcome.AUTHENTICATION_FAILED);
        assertThat(MongoProbe.outcome(
                        new MongoTimeoutException("Timed out", new MongoSecurityException(credential, "auth")), false))
                .isEqualTo(Outcome.AUTHENTICATION_FAILED);
    }

    @Test
    void no_server_is_unreachable_and_a_slow_read_timed_out() {
        assertThat(MongoProbe.outcome(new MongoTimeoutException("Timed out while waiting for a server"), false))
                .isEqualTo(Outcome.UNREACHABLE);
        assertThat(MongoProbe.outcome(new MongoSocketOpenException("Exception opening socket", HOST), false))
                .isEqualTo(Outcome.UNREACHABLE);
        assertThat(MongoProbe.outcome(new MongoSocketReadTimeoutException("read timed out", HOST, null), false))
                .isEqualTo(Outcome.TIMED_OUT);
        assertThat(MongoProbe.outcome(command(2, "BadValue"), false)).isEqualTo(Outcome.UNREACHABLE);
    }

    @Test
    void a_refusal_by_the_egress_policy_wins_over_what_the_driver_saw() {
        assertThat(MongoProbe.outcome(new MongoTimeoutException("Timed out"), true))
                .isEqualTo(Outcome.REFUSED_BY_EGRESS);
    }

    @Test
    void a_value_that_is_not_a_mongodb_url_is_an_invalid_url() {
        MongoProbe probe = new MongoProbe((host, ports) -> new EgressDecision.Unresolved(), Duration.ofSeconds(1));

        assertThat(probe.ping(new Secret("db", 1, "not a url".toCharArray()))).isEqualTo(Outcome.INVALID_URL);
        assertThat(probe.ping(new Secret("db", 1, "mongodb://h/db?proxyHost=p.example.com".toCharArray())))
                .isEqualTo(Outcome.INVALID_URL);
    }

    @Test
    void every_reason_is_fixed_text() {
        assertThat(Outcome.OK.reason()).isEmpty();
        assertThat(Outcome.AUTHENTICATION_FAILED.reason()).contains("authentication failed");
        assertThat(Outcome.UNREACHABLE.reason()).contains("unreachable");
        assertThat(Outcome.REFUSED_BY_EGRESS.reason()).contains("refused by egress policy");
        assertThat(Outcome.TIMED_OUT.reason()).contains("timed out");
        assertThat(Outcome.INVALID_URL.reason()).contains("invalid URL");
    }
}
