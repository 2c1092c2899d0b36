package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.wiring.MasterKeyConfig;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two server processes on one standalone store: this JVM runs one platform, a child JVM runs
 * {@code dotportion serve} with DOTPORTION_MONGO_URL and the same DOTPORTION_MASTER_KEY. A secret replaced
 * through either is used by the other within one second.
 */
@PlatformTest
class TwoServersTest {
    private static final String KEY_1 = "two-servers-key-one-0123456789abcdef0123456789";
    private static final String KEY_2 = "two-servers-key-two-0123456789abcdef0123456789";
    private static final String KEY_3 = "two-servers-key-three-0123456789abcdef01234567";
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));
    private static final String SIGN_PATH = "/api/twin/twins/sign";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
                    config -> config.withMasterKey(MasterKeyConfig.none().withEnvironmentValue(MASTER_KEY)))
            .servedStore();

    private final ChildServer child;
    private final Http here;
    private final Http there;
    private final String token;
    private final String projectId;

    TwoServersTest(RunningPlatform local) throws IOException {
        here = new Http(local.port());
        token = here.newUser("twin");
        projectId = here.newProject(token, "twins");
        here.call("PUT", "/v1/projects/" + projectId + "/secrets/jwt", Map.of("type", "jwt", "value", KEY_1), token)
                .expect(201);
        here.deploySigner(token, projectId, "/sign", "jwt");
        child = ChildServer.start(local.dataDir(), local.store().connectionString(), MASTER_KEY);
        there = new Http(child.port());
    }

    @AfterAll
    void stop() throws InterruptedException {
        child.close();
    }

    @Test
    void a_replace_through_one_server_is_used_by_the_other_within_one_second() {
        assertThat(signedWith(there, KEY_1)).isTrue();

        here.call("PUT", "/v1/projects/" + projectId + "/secrets/jwt", Map.of("type", "jwt", "value", KEY_2), token)
                .expect(200);
        Poll.until(
                Duration.ofSeconds(1),
                () -> signedWith(there, KEY_2),
                used -> used,
                "the other instance to sign with the new key");

        there.call("PUT", "/v1/projects/" + projectId + "/secrets/jwt", Map.of("type", "jwt", "value", KEY_3), token)
                .expect(200);
        Poll.until(
                Duration.ofSeconds(1),
                () -> signedWith(here, KEY_3),
                used -> used,
                "the other instance to sign with the new key");
        assertThat(Tokens.header(sign(here))).contains("\"kid\":\"3\"");
    }

    private boolean signedWith(Http server, String key) {
        return Tokens.signedWith(sign(server), key);
    }

    private String sign(Http server) {
        return server.call("POST", SIGN_PATH, null, null)
                .expect(200)
                .map()
                .get("token")
                .toString();
    }
}
